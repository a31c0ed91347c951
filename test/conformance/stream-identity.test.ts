// From WPT mediacapture-streams/MediaStream-id, MediaStream-audio-only and MediaStream-video-only (.https.html):
// what a capture resolves with.
import { expect } from '@open-wc/testing';
import '../support/media.js';
import { check, forEachOpener, skipIn } from './openers.js';

// The characters an id may use: printable ASCII but for space, '"', '(', ')', ',', '/', ':' to '@', '[' to ']'.
const ID_CHARACTERS = /^[!#-'*+\-.0-9A-Z^-~]*$/;

forEachOpener((open, { Stream }) => {
  describe('the stream id (MediaStream-id)', () => {
    check('is 36 characters long, of the allowed set', async function () {
      await skipIn(this, { firefox: "the browser's stream ids are a UUID in braces: 38 characters, with '{' and '}'" });
      const stream = await open({ video: true });
      expect(stream.id).to.have.length(36);
      expect(stream.id).to.match(ID_CHARACTERS);
    });
  });

  describe('one kind of device (MediaStream-audio-only, MediaStream-video-only)', () => {
    check('{ audio: true } gives a MediaStream of exactly one audio track and no video', async () => {
      const stream = await open({ audio: true });
      expect(stream).to.be.instanceOf(MediaStream);
      expect(stream).to.be.instanceOf(Stream);
      expect(stream.getAudioTracks()).to.have.length(1);
      expect(stream.getAudioTracks()[0]!.kind).to.equal('audio');
      expect(stream.getVideoTracks()).to.have.length(0);
    });

    check('{ video: true } gives a MediaStream of exactly one video track and no audio', async () => {
      const stream = await open({ video: true });
      expect(stream).to.be.instanceOf(MediaStream);
      expect(stream).to.be.instanceOf(Stream);
      expect(stream.getVideoTracks()).to.have.length(1);
      expect(stream.getVideoTracks()[0]!.kind).to.equal('video');
      expect(stream.getAudioTracks()).to.have.length(0);
    });
  });
});
