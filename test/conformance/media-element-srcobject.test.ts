// From WPT mediacapture-streams/MediaStream-MediaElement-srcObject.https.html, first part: what a <video> that
// plays a capture reports (seeking, readyState, duration, preload, playback rate, played, currentTime, loop).
// Its check of a canvas capture (captureStream) is left out: it opens no device.
import { expect } from '@open-wc/testing';
import '../support/media.js';
import { check, type Engine, fires, forEachOpener, mediaElement, nextEvent, skipIn, sleep } from './openers.js';

/** Where the control fails (seen in real runs). */
const NO_END = 'the browser does not end a media element whose MediaStream ends or loses its tracks (no ended event in 4 s, ended stays false)';
const SKIPS: Record<string, Partial<Record<Engine, string>>> = {
  durationOnEnd: {
    chromium: `${NO_END}: nor does its duration change`,
    webkit: 'a durationchange fires when the tracks end, but duration stays Infinity (not currentTime)',
  },
  endsWithTracks: { chromium: NO_END },
  currentTimeBeforeLoading: {
    chromium: 'the browser keeps a currentTime written before loading (reads 42)',
    webkit: 'the browser keeps a currentTime written before loading (reads 42)',
  },
  preload: { webkit: 'preload keeps the value written ("metadata"), not "none", while a capture is the srcObject' },
  rate: { webkit: 'defaultPlaybackRate and playbackRate keep the values written (0.3), not 1, while a capture is the srcObject' },
  playedRange: { webkit: 'currentTime moves between two reads in one task: played.end(0) is 0.287361, currentTime just after 0.287368' },
  currentTimeOnceLoaded: { webkit: 'currentTime already advances once loaded, before play() (0.03 at loadeddata, not 0)' },
  timelineAtZero: { webkit: 'the timeline runs from when the capture is loaded, not from play(): 0.53 s at the first timeupdate after 500 ms unplayed' },
  noSkipOnPlay: { webkit: 'currentTime jumps ahead by the time spent paused once play() resumes (0.65 s past a 0.4 s pause)' },
};

forEachOpener(open => {
  describe('a <video> with a capture as srcObject (MediaStream-MediaElement-srcObject)', () => {
    check('takes the stream, and is not seekable', async () => {
      const video = mediaElement('video');
      const stream = await open({ video: true });
      video.srcObject = stream;
      expect(video.srcObject).to.equal(stream);
      expect(video.seeking).to.equal(false);
      expect(video.seekable.length).to.equal(0);
    });

    check('is HAVE_NOTHING at first, HAVE_ENOUGH_DATA once loadeddata fires', async () => {
      const video = mediaElement('video');
      video.srcObject = await open({ video: true });
      expect(video.readyState).to.equal(HTMLMediaElement.HAVE_NOTHING);
      await nextEvent(video, 'loadeddata');
      expect(video.readyState).to.equal(HTMLMediaElement.HAVE_ENOUGH_DATA);
    });

    check('has no duration at first, and an infinite one once loaded', async () => {
      const video = mediaElement('video');
      video.srcObject = await open({ video: true });
      expect(video.duration).to.be.NaN;
      await nextEvent(video, 'durationchange');
      expect(video.duration).to.equal(Infinity);
    });

    check('once its tracks end, its duration changes to its currentTime', async function () {
      await skipIn(this, SKIPS.durationOnEnd!);
      const video = mediaElement('video');
      const stream = await open({ video: true });
      video.srcObject = stream;
      await video.play();
      await nextEvent(video, 'timeupdate');
      const changed = nextEvent(video, 'durationchange', 1000);
      for (const track of stream.getTracks()) track.stop();
      await changed;
      expect(video.duration).to.equal(video.currentTime);
    });

    check('is never preloaded: preload reads "none" and ignores writes, and comes back once srcObject is cleared', async function () {
      await skipIn(this, SKIPS.preload!);
      const video = mediaElement('video');
      const stream = await open({ video: true });
      video.preload = 'metadata';
      video.srcObject = stream;
      expect(video.buffered.length).to.equal(0);
      expect(video.preload).to.equal('none');
      video.preload = 'auto';
      expect(video.preload, 'after a write').to.equal('none');
      await nextEvent(video, 'loadeddata');
      expect(video.buffered.length).to.equal(0);
      video.srcObject = null;
      expect(video.preload).to.equal('metadata');
    });

    for (const [rate, defaultRate] of [[0.3, 0.3], [0.4, 0.3]] as const) {
      const same = rate === defaultRate;
      check(`plays at rate 1 whatever is set${same ? ' (no ratechange)' : ', and fires ratechange when srcObject is cleared'}: playbackRate ${rate}, defaultPlaybackRate ${defaultRate}`, async function () {
        await skipIn(this, SKIPS.rate!);
        const video = mediaElement('video');
        const stream = await open({ video: true });
        video.defaultPlaybackRate = defaultRate;
        video.playbackRate = rate;
        await sleep(0); // the ratechange of these two writes, before the check starts watching
        let ratechanges = 0;
        video.addEventListener('ratechange', () => ratechanges++);
        video.srcObject = stream;
        expect(video.defaultPlaybackRate).to.equal(1);
        video.defaultPlaybackRate = 0.5;
        expect(video.defaultPlaybackRate, 'after a write').to.equal(1);
        expect(video.playbackRate).to.equal(1);
        video.playbackRate = 0.5;
        expect(video.playbackRate, 'after a write').to.equal(1);
        const cleared = fires(video, 'ratechange', 100);
        video.srcObject = null;
        expect(video.defaultPlaybackRate).to.equal(defaultRate);
        expect(video.playbackRate, 'playbackRate once cleared: the default').to.equal(defaultRate);
        expect(await cleared, 'a ratechange once cleared').to.equal(!same);
        expect(ratechanges, 'ratechange events').to.equal(same ? 0 : 1);
      });
    }

    check('reports one played range from 0 to currentTime, and ignores writes to currentTime', async function () {
      await skipIn(this, SKIPS.playedRange!);
      const video = mediaElement('video');
      video.srcObject = await open({ video: true });
      await nextEvent(video, 'canplay');
      void video.play();
      await nextEvent(video, 'timeupdate');
      expect(video.currentTime).to.be.above(0);
      expect(video.played.length).to.equal(1);
      expect(video.played.start(0)).to.equal(0);
      expect(video.played.end(0)).to.equal(video.currentTime);
      const time = video.currentTime;
      video.currentTime = 0;
      expect(video.currentTime).to.equal(time);
    });

    check('ignores writes to currentTime before loading', async function () {
      await skipIn(this, SKIPS.currentTimeBeforeLoading!);
      const video = mediaElement('video');
      video.srcObject = await open({ video: true });
      expect(video.currentTime).to.equal(0);
      video.currentTime = 42;
      expect(video.currentTime).to.equal(0);
    });

    check('ignores writes to currentTime once loaded and while playing', async function () {
      await skipIn(this, SKIPS.currentTimeOnceLoaded!);
      const video = mediaElement('video');
      video.srcObject = await open({ video: true });
      await nextEvent(video, 'loadeddata');
      expect(video.currentTime).to.equal(0);
      video.currentTime = 42;
      expect(video.currentTime, 'once loaded').to.equal(0);
      void video.play();
      await nextEvent(video, 'timeupdate');
      expect(video.currentTime).to.be.above(0);
      const last = video.currentTime;
      video.currentTime = 0;
      expect(video.currentTime, 'while playing').to.equal(last);
    });

    check('ends once its tracks end, at a currentTime past the last one played', async function () {
      await skipIn(this, SKIPS.endsWithTracks!);
      const video = mediaElement('video');
      const stream = await open({ video: true });
      video.srcObject = stream;
      void video.play();
      await nextEvent(video, 'timeupdate');
      const last = video.currentTime;
      const ended = nextEvent(video, 'ended', 1000);
      for (const track of stream.getTracks()) track.stop();
      await ended;
      expect(video.currentTime).to.be.at.least(last);
    });

    check('starts its timeline at 0, however long ago the stream was opened', async function () {
      await skipIn(this, SKIPS.timelineAtZero!);
      const video = mediaElement('video');
      video.srcObject = await open({ video: true });
      await sleep(500);
      void video.play();
      await nextEvent(video, 'timeupdate');
      expect(video.currentTime).to.be.above(0).and.below(0.5);
    });

    check('does not advance currentTime while paused, and does not skip ahead on play', async function () {
      await skipIn(this, SKIPS.noSkipOnPlay!);
      const video = mediaElement('video');
      video.srcObject = await open({ video: true });
      void video.play();
      await nextEvent(video, 'timeupdate');
      video.pause();
      const pausedAt = video.currentTime;
      await nextEvent(video, 'pause');
      const updated = fires(video, 'timeupdate', 400);
      expect(await updated, 'a timeupdate while paused').to.equal(false);
      expect(video.currentTime).to.equal(pausedAt);
      void video.play();
      await nextEvent(video, 'timeupdate');
      expect(video.currentTime - pausedAt).to.be.above(0).and.below(0.5);
    });

    check('can change loop before loading, once loaded and while playing', async () => {
      const video = mediaElement('video');
      expect(video.loop).to.equal(false);
      video.srcObject = await open({ video: true });
      video.loop = true;
      expect(video.loop).to.equal(true);
      await nextEvent(video, 'loadeddata');
      video.loop = false;
      expect(video.loop).to.equal(false);
      void video.play();
      await nextEvent(video, 'timeupdate');
      video.loop = true;
      expect(video.loop).to.equal(true);
    });

    check('loop changes nothing: it still ends when its tracks end', async function () {
      await skipIn(this, SKIPS.endsWithTracks!);
      const video = mediaElement('video');
      const stream = await open({ video: true });
      video.srcObject = stream;
      void video.play();
      await nextEvent(video, 'timeupdate');
      video.loop = true;
      const ended = nextEvent(video, 'ended', 1000);
      for (const track of stream.getTracks()) track.stop();
      await ended;
    });
  });
});
