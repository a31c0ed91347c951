import { expect, fixture, html } from '@open-wc/testing';
import '../../components/index.js';
import type { CameraPreview } from '../../components/index.js';
import { CaptureState, ErrorKind, getSharedMedia, type LocalMediaError } from '../../components/core/index.js';
import { liveTracks, nextTask, spyGetUserMedia, stateOf, until } from '../support/media.js';
import { simulate } from '../support/simulator.js';

describe('shared capture', () => {
  it('10 previews of one camera make 1 getUserMedia call and hold 1 hardware track', async () => {
    const { calls } = spyGetUserMedia();
    const host = await fixture<HTMLDivElement>(html`<div></div>`);
    host.innerHTML = '<camera-preview></camera-preview>'.repeat(10);
    const previews = [...host.children] as CameraPreview[];
    for (const preview of previews) await stateOf(preview, CaptureState.Live);
    expect(calls).to.have.length(1);
    expect(liveTracks()).to.have.length(1);
    const tracks = new Set(previews.map(preview => preview.stream!.getVideoTracks()[0]));
    expect(tracks.size).to.equal(10); // each its own clone
  });

  it("one element's stop() or muted never affects the others; the device goes with the last one", async () => {
    const host = await fixture<HTMLDivElement>(html`<div><camera-preview></camera-preview><camera-preview></camera-preview></div>`);
    const [first, second] = [...host.children] as CameraPreview[];
    await stateOf(first!, CaptureState.Live);
    await stateOf(second!, CaptureState.Live);
    first!.muted = true;
    await first!.updateComplete;
    expect(second!.stream!.getVideoTracks()[0]!.enabled).to.equal(true);
    first!.stop();
    expect(second!.stream!.getVideoTracks()[0]!.readyState).to.equal('live');
    expect(liveTracks()).to.have.length(1);
    second!.remove();
    await nextTask();
    expect(liveTracks()).to.have.length(0);
  });

  it('different constraints get separate captures', async () => {
    const { calls } = spyGetUserMedia();
    const host = await fixture<HTMLDivElement>(html`<div><camera-preview></camera-preview><camera-preview resolution="320x240"></camera-preview></div>`);
    for (const el of host.children) await stateOf(el, CaptureState.Live);
    expect(calls).to.have.length(2);
  });

  it('callers that all abort before the answer leave nothing live', async () => {
    const simulator = simulate();
    const late = simulator.holdAnswers();
    const controllers = [new AbortController(), new AbortController()];
    const pending = controllers.map(c => getSharedMedia({ video: true }, { signal: c.signal }).catch((e: LocalMediaError) => e.kind));
    await until(() => simulator.liveCaptures().length === 1, 'the device to open');
    for (const controller of controllers) controller.abort();
    expect(await Promise.all(pending)).to.deep.equal([ErrorKind.Aborted, ErrorKind.Aborted]);
    expect(simulator.requests).to.equal(1);
    late.answer();
    await until(() => simulator.liveCaptures().length === 0, 'the late capture to stop: no device left on');
  });

  it('a caller that aborts leaves the others their stream', async () => {
    const simulator = simulate();
    const late = simulator.holdAnswers();
    const leaving = new AbortController();
    const aborted = getSharedMedia({ video: true }, { signal: leaving.signal }).catch(() => 'aborted');
    const staying = getSharedMedia({ video: true });
    await until(() => simulator.liveCaptures().length === 1, 'the device to open');
    leaving.abort();
    late.answer();
    expect(await aborted).to.equal('aborted');
    const stream = await staying;
    expect(stream.getVideoTracks()[0]!.readyState).to.equal('live');
    expect(simulator.liveCaptures()).to.have.length(1);
    stream.stop();
    await until(() => simulator.liveCaptures().length === 0, 'the device to be released');
  });

  it("the after-each guard sees the hardware track behind a caller's clones", async () => {
    const stream = await getSharedMedia({ video: true });
    const [clone] = stream.getVideoTracks();
    const [hardware] = liveTracks();
    expect(hardware, 'the guard records the hardware track').to.exist;
    expect(hardware === clone, 'the caller holds a clone, not the hardware track').to.equal(false);
    clone!.stop();
    expect(hardware!.readyState).to.equal('ended');
  });

  it('the page stopping the tracks of its stream by hand releases the hardware at once', async () => {
    const stream = await getSharedMedia({ video: true, audio: true });
    expect(liveTracks().length).to.equal(2);
    let ended = 0;
    stream.onended = () => ended++;
    stream.getTracks().forEach(track => track.stop());
    expect(liveTracks().length, 'hardware tracks live').to.equal(0);
    expect(ended).to.equal(1);
    expect(stream.stopped).to.equal(true);
  });

  it("one caller's tracks stopped by hand leave the other's live; the hardware goes with the last", async () => {
    const [first, second] = await Promise.all([getSharedMedia({ video: true }), getSharedMedia({ video: true })]);
    expect(liveTracks().length).to.equal(1);
    first.getTracks().forEach(track => track.stop());
    expect(second.getVideoTracks()[0]!.readyState).to.equal('live');
    expect(liveTracks().length).to.equal(1);
    second.getVideoTracks()[0]!.stop();
    expect(liveTracks().length).to.equal(0);
  });

  it("a kind nobody holds any more is released alone, and the next caller gets a fresh capture", async () => {
    const { calls } = spyGetUserMedia();
    const stream = await getSharedMedia({ video: true, audio: true });
    stream.getVideoTracks()[0]!.stop();
    expect(liveTracks().map(track => track.kind)).to.deep.equal(['audio']);
    const next = await getSharedMedia({ video: true, audio: true });
    expect(calls).to.have.length(2);
    expect(next.getTracks().map(track => track.readyState)).to.deep.equal(['live', 'live']);
    stream.stop();
    next.stop();
    expect(liveTracks().length).to.equal(0);
  });

  it('asks again once the shared capture has ended', async () => {
    const { calls } = spyGetUserMedia();
    const first = await getSharedMedia({ audio: true });
    first.stop();
    const second = await getSharedMedia({ audio: true });
    expect(calls).to.have.length(2);
    expect(second.getAudioTracks()[0]!.readyState).to.equal('live');
    second.stop();
  });
});
