import { expect, oneEvent } from '@open-wc/testing';
import { getLocalMedia, LocalMediaStream } from '../../components/core/index.js';
import { endBySource, NO_SYNTHETIC_TRACK_EVENTS, skipBecause, syntheticTrackEventsReachListeners } from '../support/browser.js';
import '../support/media.js';

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
    if (!syntheticTrackEventsReachListeners()) return skipBecause(this, NO_SYNTHETIC_TRACK_EVENTS);
    const stream = await getLocalMedia({ video: true, audio: true });
    let ended = 0;
    stream.addEventListener('ended', () => ended++);
    endBySource(stream.getVideoTracks()[0]!);
    expect(ended).to.equal(0);
    const event = oneEvent(stream, 'ended');
    endBySource(stream.getAudioTracks()[0]!);
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
