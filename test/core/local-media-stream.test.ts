import { expect, oneEvent } from '@open-wc/testing';
import { getLocalMedia, LocalMediaStream } from '../../components/core/index.js';
import { NO_SYNTHETIC_TRACK_EVENTS, skipBecause, syntheticTrackEventsReachListeners } from '../support/browser.js';
import '../support/media.js';
import { simulate } from '../support/simulator.js';

describe('LocalMediaStream', () => {
  it('is a real MediaStream that a <video> plays', async () => {
    const stream = await getLocalMedia({ video: true, audio: true });
    expect(stream).to.be.instanceOf(MediaStream).and.instanceOf(LocalMediaStream);
    expect(stream.active).to.equal(true);
    expect(stream.id).to.be.a('string').and.not.empty;
    expect(stream.getVideoTracks()).to.have.length(1);
    expect(stream.getAudioTracks()).to.have.length(1);
    const video = document.createElement('video');
    video.muted = true;
    video.srcObject = stream;
    await video.play();
    expect(video.videoWidth).to.be.greaterThan(0);
    stream.stop();
  });

  it('stop() ends every track, fires ended once and is idempotent', async () => {
    const stream = await getLocalMedia({ video: true, audio: true });
    let ended = 0;
    stream.addEventListener('ended', () => ended++);
    expect(stream.stopped).to.equal(false);
    stream.stop();
    stream.stop();
    expect(stream.stopped).to.equal(true);
    expect(stream.getTracks().map(t => t.readyState)).to.deep.equal(['ended', 'ended']);
    expect(stream.active).to.equal(false);
    expect(ended).to.equal(1);
  });

  it('fires ended when the source ends its last track, without counting as stopped', async function () {
    // Firefox: an unplugged device's track ends, but its ended event reaches no addEventListener listener.
    if (!syntheticTrackEventsReachListeners()) return skipBecause(this, NO_SYNTHETIC_TRACK_EVENTS);
    const simulator = simulate();
    const stream = await getLocalMedia({ video: true, audio: true });
    let ended = 0;
    stream.addEventListener('ended', () => ended++);
    simulator.unplug('simulated-camera-1');
    expect(ended).to.equal(0);
    const event = oneEvent(stream, 'ended');
    simulator.unplug('simulated-microphone-1');
    await event;
    expect(ended).to.equal(1);
    expect(stream.stopped).to.equal(false);
    stream.stop();
    expect(ended).to.equal(1);
  });

  it('clone() gives an independent LocalMediaStream', async () => {
    const stream = await getLocalMedia({ video: true });
    const copy = stream.clone();
    expect(copy).to.be.instanceOf(LocalMediaStream);
    copy.stop();
    expect(stream.getVideoTracks()[0]!.readyState).to.equal('live');
    stream.stop();
  });

  it('is built in the three ways a MediaStream is: (), (stream) with the same tracks, (tracks)', async () => {
    const source = await getLocalMedia({ video: true, audio: true });
    const empty = new LocalMediaStream();
    expect(empty.getTracks()).to.deep.equal([]);
    expect(empty.active).to.equal(false);
    const same = new LocalMediaStream(source);
    expect(same.id).to.not.equal(source.id);
    expect(same.getTracks()).to.have.members(source.getTracks());
    const some = new LocalMediaStream(source.getAudioTracks());
    expect(some.getTracks()).to.deep.equal(source.getAudioTracks());
    expect(() => new LocalMediaStream([{}] as MediaStreamTrack[])).to.throw(TypeError);
    same.stop();
    expect(source.getTracks().every(t => t.readyState === 'ended')).to.equal(true);
    expect(source.stopped, 'the page stopped every track of the first one too').to.equal(true);
  });

  it("the page stopping each track by hand fires ended (and onended) once, and counts as stopped", async () => {
    const stream = await getLocalMedia({ video: true, audio: true });
    const calls: string[] = [];
    stream.addEventListener('ended', () => calls.push('listener'));
    stream.onended = () => calls.push('onended');
    stream.getVideoTracks()[0]!.stop();
    expect(calls).to.deep.equal([]);
    expect(stream.stopped).to.equal(false);
    stream.getTracks().forEach(track => track.stop());
    expect(calls).to.deep.equal(['listener', 'onended']);
    expect(stream.stopped).to.equal(true);
    stream.stop();
    expect(calls).to.have.length(2);
    stream.onended = null;
    expect(stream.onended).to.equal(null);
  });

  it('a track added to a stream the page ended by hand stays live (adding to an inactive stream is allowed)', async () => {
    const stream = await getLocalMedia({ video: true });
    const other = await getLocalMedia({ audio: true });
    stream.getVideoTracks()[0]!.stop();
    expect(stream.active).to.equal(false);
    const track = other.getAudioTracks()[0]!;
    stream.addTrack(track);
    expect(track.readyState).to.equal('live');
    expect(stream.active).to.equal(true);
    other.stop();
  });

  it('removing the last live track of a stream whose other tracks ended fires ended', async () => {
    const stream = await getLocalMedia({ video: true, audio: true });
    let ended = 0;
    stream.onended = () => ended++;
    const audio = stream.getAudioTracks()[0]!;
    stream.getVideoTracks()[0]!.stop();
    stream.removeTrack(audio);
    expect(ended).to.equal(1);
    audio.stop();
  });

  it('stops a track added after stop()', async () => {
    const stream = await getLocalMedia({ video: true });
    const other = await getLocalMedia({ audio: true });
    stream.stop();
    const track = other.getAudioTracks()[0]!;
    stream.addTrack(track);
    expect(track.readyState).to.equal('ended');
    other.stop();
  });
});
