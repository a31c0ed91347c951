// From WPT mediacapture-streams/MediaStream-idl.https.html: the MediaStream constructor's three forms, on the
// class each opener's streams have (MediaStream for the control, LocalMediaStream for the kit).
import { expect } from '@open-wc/testing';
import '../support/media.js';
import { check, fires, forEachOpener, keep } from './openers.js';

forEachOpener((open, { Stream }) => {
  describe('the stream constructor (MediaStream-idl)', () => {
    check('has length 0, as WebIDL gives a constructor whose shortest overload takes no argument', async () => {
      expect(Stream.length).to.equal(0);
      expect(Stream.name).to.be.oneOf(['MediaStream', 'LocalMediaStream']);
    });

    check('with no argument: an empty stream with an id of its own', async () => {
      const captured = await open({ video: true, audio: true });
      const empty = new Stream();
      expect(empty).to.be.instanceOf(Stream);
      expect(empty.id).to.be.a('string').and.not.equal(captured.id);
      expect(empty.getTracks()).to.have.length(0);
    });

    check('from another stream: a new id, the very same track objects', async () => {
      const captured = await open({ video: true, audio: true });
      const copy = keep(new Stream(captured));
      expect(copy).to.be.instanceOf(Stream);
      expect(copy.id).to.not.equal(captured.id);
      expect(copy.getAudioTracks()[0]).to.equal(captured.getAudioTracks()[0]);
      expect(copy.getVideoTracks()[0]).to.equal(captured.getVideoTracks()[0]);
    });

    check('from a list of tracks: live and ended tracks alike are added, in any order', async () => {
      const captured = await open({ video: true, audio: true });
      const [audio] = captured.getAudioTracks();
      const [video] = captured.getVideoTracks();
      const fromLive = keep(new Stream([audio!]));
      expect(fromLive.getTrackById(audio!.id)).to.equal(audio);

      const stoppedClone = keep(audio!.clone());
      stoppedClone.stop();
      const mixed = keep(new Stream([stoppedClone, video!]));
      expect(mixed.getTrackById(stoppedClone.id)).to.equal(stoppedClone);
      expect(mixed.getTrackById(video!.id)).to.equal(video);
      expect(mixed.active).to.equal(true);
    });

    check('a track ends at once on stop(), without an ended event; a stream of ended tracks only is inactive', async () => {
      const captured = await open({ audio: true });
      const clone = keep(captured.getAudioTracks()[0]!.clone());
      const ended = fires(clone, 'ended', 100);
      clone.stop();
      expect(clone.readyState).to.equal('ended');
      const onlyEnded = keep(new Stream([clone]));
      expect(onlyEnded.getTrackById(clone.id)).to.equal(clone);
      expect(onlyEnded.active).to.equal(false);
      expect(await ended, 'an ended event after stop()').to.equal(false);
    });
  });
});
