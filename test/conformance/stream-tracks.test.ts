// From WPT mediacapture-streams/MediaStream-add-audio-track, MediaStream-removetrack (its first check),
// MediaStream-finished-add and MediaStream-gettrackid (.https.html): changing and reading a stream's track set.
import { expect } from '@open-wc/testing';
import '../support/media.js';
import { liveTracks } from '../support/media.js';
import { check, fires, forEachOpener, sleep } from './openers.js';

forEachOpener(open => {
  describe('addTrack (MediaStream-add-audio-track)', () => {
    check('adds a track of another stream once, whatever the number of calls, and fires no addtrack', async () => {
      const audio = await open({ audio: true });
      const video = await open({ video: true });
      const added = Promise.all([fires(audio, 'addtrack', 50), fires(video, 'addtrack', 50)]);

      expect(video.getAudioTracks()).to.have.length(0);
      video.addTrack(audio.getAudioTracks()[0]!);
      expect(video.getAudioTracks()).to.have.length(1);
      video.addTrack(audio.getAudioTracks()[0]!);
      expect(video.getAudioTracks(), 'adding it again changes nothing').to.have.length(1);

      expect(audio.getVideoTracks()).to.have.length(0);
      audio.addTrack(video.getVideoTracks()[0]!);
      expect(audio.getVideoTracks()).to.have.length(1);
      expect(await added, 'addtrack events (audio, video)').to.deep.equal([false, false]);
    });
  });

  describe('removeTrack (MediaStream-removetrack)', () => {
    check('removes each track, ignores a track it does not hold, and fires no removetrack', async () => {
      const stream = await open({ video: true, audio: true });
      const other = await open({ audio: true });
      const removed = Promise.all([fires(stream, 'removetrack', 50), fires(other, 'removetrack', 50)]);

      expect(stream.getTracks()).to.have.length(2);
      stream.removeTrack(stream.getVideoTracks()[0]!);
      expect(stream.getTracks()).to.have.length(1);
      stream.removeTrack(stream.getAudioTracks()[0]!);
      expect(stream.getTracks()).to.have.length(0);
      expect(() => stream.removeTrack(other.getTracks()[0]!)).to.not.throw();
      expect(await removed, 'removetrack events (stream, other)').to.deep.equal([false, false]);
    });

    check('a track removed from its stream, then stopped by the page, releases its device', async () => {
      const stream = await open({ video: true });
      const [track] = stream.getVideoTracks();
      stream.removeTrack(track!);
      track!.stop();
      await sleep(0);
      expect(liveTracks().map(t => t.kind), 'device tracks still live').to.deep.equal([]);
    });
  });

  describe('addTrack to an inactive stream (MediaStream-finished-add)', () => {
    check('is allowed, and so is removing its ended track', async () => {
      const audio = await open({ audio: true });
      const video = await open({ video: true });
      video.getVideoTracks()[0]!.stop();
      expect(video.active, 'inactive once its only track stopped').to.equal(false);
      expect(audio.active).to.equal(true);
      video.addTrack(audio.getAudioTracks()[0]!);
      expect(video.active, 'active again with a live track').to.equal(true);
      video.removeTrack(video.getVideoTracks()[0]!);
      expect(video.getTracks()).to.deep.equal([audio.getAudioTracks()[0]]);
    });
  });

  describe('getTrackById (MediaStream-gettrackid)', () => {
    check('finds a track by its id, and gives null for an id it does not hold', async () => {
      const stream = await open({ video: true });
      const [track] = stream.getVideoTracks();
      expect(stream.getTrackById(track!.id)).to.equal(track);
      expect(stream.getTrackById(`${track!.id}-not-here`)).to.equal(null);
    });
  });
});
