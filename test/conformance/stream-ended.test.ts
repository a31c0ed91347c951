// From WPT mediacapture-streams/stream-api/mediastream/stream-ended.html: a stream starts not ended, the page
// cannot end it by assignment, and stopping its track ends it with an `ended` event. Browsers dropped
// MediaStream's `ended` (attribute and event) from the spec, so the control fails the last two there; the kit's
// LocalMediaStream promises the event (README: "the `ended` event (fired once)"), which the kit-only block
// below checks on its own.
import { expect } from '@open-wc/testing';
import '../support/media.js';
import type { LocalMediaStream } from '../../components/core/index.js';
import { check, fires, forEachOpener, nextEvent, skipIn } from './openers.js';

type MaybeEnded = MediaStream & { ended?: unknown };

forEachOpener((open, opener) => {
  describe('ended (stream-ended)', () => {
    check('a new capture is not ended, and is active', async () => {
      const stream = (await open({ video: true })) as MaybeEnded;
      expect(stream.ended, 'ended').to.not.equal(true);
      expect(stream.active).to.equal(true);
    });

    check('assigning ended = true does not end it', async function () {
      await skipIn(this, {
        chromium: 'MediaStream has no `ended` attribute any more: the assignment makes a plain property',
        firefox: 'MediaStream has no `ended` attribute any more: the assignment makes a plain property',
        webkit: 'MediaStream has no `ended` attribute any more: the assignment makes a plain property',
      });
      const stream = (await open({ video: true })) as MaybeEnded;
      stream.ended = true;
      expect(stream.ended, 'ended after the assignment').to.not.equal(true);
      expect(stream.getVideoTracks()[0]!.readyState).to.equal('live');
    });

    check("stopping its only track with the track's own stop() fires ended on the stream", async function () {
      await skipIn(this, {
        chromium: 'MediaStream fires no `ended` event any more (removed from the spec)',
        firefox: 'MediaStream fires no `ended` event any more (removed from the spec)',
        webkit: 'MediaStream fires no `ended` event any more (removed from the spec)',
      });
      const stream = await open({ video: true });
      const ended = nextEvent(stream, 'ended', 1000);
      stream.getVideoTracks()[0]!.stop();
      await ended;
      expect(stream.active).to.equal(false);
    });
  });

  if (opener.raw) return;

  describe("LocalMediaStream's ended event (the kit's own contract, no control)", () => {
    check("fires once, after the page has stopped the last track with the track's own stop()", async () => {
      const stream = (await open({ video: true, audio: true })) as LocalMediaStream;
      let count = 0;
      stream.addEventListener('ended', () => count++);
      const [video, audio] = [stream.getVideoTracks()[0]!, stream.getAudioTracks()[0]!];
      video.stop();
      expect(await fires(stream, 'ended', 50), 'ended with a live audio track left').to.equal(false);
      const ended = fires(stream, 'ended', 500);
      audio.stop();
      expect(await ended, 'an ended event').to.equal(true);
      expect(count, 'ended events').to.equal(1);
      audio.stop();
      expect(await fires(stream, 'ended', 50), 'a second ended event').to.equal(false);
    });

    check('onended is called too', async () => {
      const stream = (await open({ audio: true })) as LocalMediaStream & { onended: unknown };
      let called = 0;
      stream.onended = () => called++;
      stream.getAudioTracks()[0]!.stop();
      await new Promise(resolve => setTimeout(resolve, 50));
      expect(called).to.equal(1);
    });

    check('stop() fires it once, and again does nothing', async () => {
      const stream = (await open({ video: true })) as LocalMediaStream;
      let count = 0;
      stream.addEventListener('ended', () => count++);
      stream.stop();
      stream.stop();
      await new Promise(resolve => setTimeout(resolve, 50));
      expect(count).to.equal(1);
      expect(stream.stopped).to.equal(true);
      expect(stream.active).to.equal(false);
    });
  });
});
