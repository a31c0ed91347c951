// From WPT mediacapture-streams/MediaStream-clone.https.html: cloning streams and tracks.
import { expect } from '@open-wc/testing';
import '../support/media.js';
import { liveTracks } from '../support/media.js';
import { check, forEachOpener, keep } from './openers.js';

const states = (stream: MediaStream) => ({
  audio: stream.getAudioTracks()[0]!.readyState,
  video: stream.getVideoTracks()[0]!.readyState,
});

forEachOpener((open, { Stream }) => {
  describe('clone() (MediaStream-clone)', () => {
    check('a cloned stream has new tracks of its own, which outlive the original', async () => {
      const stream = await open({ video: true, audio: true });
      expect(stream.getAudioTracks()).to.have.length(1);
      expect(stream.getVideoTracks()).to.have.length(1);

      const clone = keep(stream.clone());
      expect(clone).to.be.instanceOf(Stream);
      expect(clone.getAudioTracks()).to.have.length(1);
      expect(clone.getVideoTracks()).to.have.length(1);
      expect(clone.getAudioTracks()[0]!.id).to.not.equal(stream.getAudioTracks()[0]!.id);
      expect(clone.getVideoTracks()[0]!.id).to.not.equal(stream.getVideoTracks()[0]!.id);

      for (const track of stream.getTracks()) track.stop();
      expect(stream.active).to.equal(false);
      expect(states(stream)).to.deep.equal({ audio: 'ended', video: 'ended' });
      expect(clone.active).to.equal(true);
      expect(states(clone)).to.deep.equal({ audio: 'live', video: 'live' });
    });

    check('a clone of a clone copies ended tracks as ended; every clone has ids of its own', async () => {
      const stream = await open({ video: true, audio: true });
      const first = keep(stream.clone());
      for (const track of stream.getTracks()) track.stop();

      first.getAudioTracks()[0]!.stop();
      expect(first.active, 'still active with its live video track').to.equal(true);
      expect(states(first)).to.deep.equal({ audio: 'ended', video: 'live' });

      const second = keep(first.clone());
      expect(second.active).to.equal(true);
      expect(states(second)).to.deep.equal({ audio: 'ended', video: 'live' });

      first.getVideoTracks()[0]!.stop();
      second.getVideoTracks()[0]!.stop();
      const third = keep(second.clone());
      expect(third.active).to.equal(false);
      expect(states(third)).to.deep.equal({ audio: 'ended', video: 'ended' });

      const ids = [first, second, third].flatMap(s => s.getTracks().map(t => t.id));
      expect(new Set(ids).size, 'six distinct track ids').to.equal(6);
    });

    check('cloned tracks are live, keep running when the originals stop, and make an ended stream active again', async () => {
      const stream = await open({ video: true, audio: true });
      expect(states(stream)).to.deep.equal({ audio: 'live', video: 'live' });
      expect(stream.active).to.equal(true);

      const audio = keep(stream.getAudioTracks()[0]!.clone());
      const video = keep(stream.getVideoTracks()[0]!.clone());
      expect([audio.readyState, video.readyState]).to.deep.equal(['live', 'live']);
      expect(audio.id).to.not.equal(stream.getAudioTracks()[0]!.id);
      expect(video.id).to.not.equal(stream.getVideoTracks()[0]!.id);

      for (const track of stream.getTracks()) track.stop();
      expect(stream.active).to.equal(false);
      expect([audio.readyState, video.readyState]).to.deep.equal(['live', 'live']);

      stream.addTrack(audio);
      stream.addTrack(video);
      expect(stream.active, 'active again with the live clones').to.equal(true);

      for (const track of stream.getTracks()) track.stop();
      expect(stream.active).to.equal(false);
      expect([audio.readyState, video.readyState]).to.deep.equal(['ended', 'ended']);
    });

    check('once the page has stopped every track and every clone, no device is left open', async () => {
      const stream = await open({ video: true, audio: true });
      const clone = keep(stream.clone());
      const extra = keep(stream.getVideoTracks()[0]!.clone());
      for (const track of [...stream.getTracks(), ...clone.getTracks(), extra]) track.stop();
      await new Promise(resolve => setTimeout(resolve, 0));
      expect(liveTracks().map(track => track.kind), 'device tracks still live').to.deep.equal([]);
    });
  });
});
