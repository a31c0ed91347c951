// From WPT mediacapture-streams/MediaStream-MediaElement-srcObject.https.html (its ending checks),
// MediaStream-removetrack.https.html (its media element checks) and MediaStream-MediaElement-firstframe.https.html:
// when a media element that plays a capture ends, and what it fires before the first frame.
import { expect } from '@open-wc/testing';
import '../support/media.js';
import { check, type Engine, fires, forEachOpener, mediaElement, nextEvent, skipIn, sleep } from './openers.js';

const FIRST_FRAME_EVENTS = ['loadstart', 'durationchange', 'resize', 'loadedmetadata', 'loadeddata', 'canplay', 'canplaythrough'];

/** Resolves after a task posted to the window now, i.e. after the tasks the browser queued before it. */
function afterPostedTask(): Promise<void> {
  const token = `conformance-${Math.random()}`;
  return new Promise(resolve => {
    const onMessage = (event: MessageEvent) => {
      if (event.data !== token) return;
      window.removeEventListener('message', onMessage);
      resolve();
    };
    window.addEventListener('message', onMessage);
    window.postMessage(token, '*');
  });
}

/** Ends `element`'s source with `end`: it must end, with an ended event, within a second. */
async function ends(element: HTMLMediaElement, end: () => void): Promise<void> {
  const ended = nextEvent(element, 'ended', 1000);
  end();
  await ended;
  expect(element.ended).to.equal(true);
}

/** Ends `element`'s source with `end`: it must become ended in a task (not at once, nor in a microtask), with an ended event. */
async function endsInATask(element: HTMLMediaElement, end: () => void): Promise<void> {
  let endedEvent = false;
  element.addEventListener('ended', () => (endedEvent = true), { once: true });
  end();
  expect(element.ended, 'ended at once').to.equal(false);
  await Promise.resolve();
  expect(element.ended, 'ended after a microtask').to.equal(false);
  await afterPostedTask();
  expect(element.ended, 'ended after a task').to.equal(true);
  expect(endedEvent, 'an ended event').to.equal(true);
}

/** The ways a media element's source ends, and the element that plays it. */
const ENDINGS: [string, 'video' | 'audio', MediaStreamConstraints, (stream: MediaStream) => void][] = [
  ['a <video>, when every track of its stream ends', 'video', { video: true }, stream => {
    for (const track of stream.getTracks()) track.stop();
    expect(stream.active, 'the stream is inactive').to.equal(false);
  }],
  ['an <audio>, when its audio tracks end, the stream still active', 'audio', { audio: true, video: true }, stream => {
    for (const track of stream.getAudioTracks()) track.stop();
    expect(stream.active, 'active with its live video track').to.equal(true);
  }],
  ['a <video>, when every track is removed from its stream', 'video', { video: true }, stream => {
    for (const track of stream.getTracks()) stream.removeTrack(track);
    expect(stream.active, 'the stream is inactive').to.equal(false);
  }],
  ['an <audio>, when its audio tracks are removed, the stream still active', 'audio', { audio: true, video: true }, stream => {
    for (const track of stream.getAudioTracks()) stream.removeTrack(track);
    expect(stream.active, 'active with its live video track').to.equal(true);
  }],
];

/** Where the control fails (seen in real runs). */
const NO_END = 'the browser does not end a media element whose MediaStream ends or loses its tracks (no ended event in 4 s, ended stays false)';
const AUDIO_GOES_ON = 'an <audio> whose stream keeps a live video track does not end when its audio tracks end or are removed (no ended event, ended stays false)';
const ENDED_AT_ONCE = 'the browser sets ended at once, synchronously in stop() or removeTrack(), not in a task';
const SKIPS: Record<string, Partial<Record<Engine, string>>> = {
  firstFrameOnce: { chromium: 'the browser fires resize a second time, after canplaythrough' },
  videoFirst: {
    chromium: NO_END,
    webkit: 'WebKitGTK 2.50 crashes (the browser disconnects) when the video track is removed from a stream that an <audio> plays',
  },
  audioFirst: { chromium: NO_END, webkit: AUDIO_GOES_ON },
};
/** Where the control fails an ending check (how the element is checked, and which element). */
function endingSkips(how: string, tag: 'video' | 'audio'): Partial<Record<Engine, string>> {
  const webkit = tag === 'audio' ? AUDIO_GOES_ON : how === 'ends' ? undefined : ENDED_AT_ONCE;
  return { chromium: NO_END, ...(webkit ? { webkit } : {}) };
}

forEachOpener(open => {
  describe('a media element ends with its capture (MediaStream-MediaElement-srcObject)', () => {
    for (const [what, tag, constraints, end] of ENDINGS) {
      for (const [how, verify] of [['ends', ends], ['becomes ended in a task', endsInATask]] as const) {
        check(`${how}: ${what}`, async function () {
          await skipIn(this, endingSkips(how, tag));
          const element = mediaElement(tag);
          const stream = await open(constraints);
          element.srcObject = stream;
          await element.play();
          await verify(element, () => end(stream));
        });
      }
    }
  });

  describe('removing tracks ends the elements that play them (MediaStream-removetrack)', () => {
    async function playing(): Promise<{ stream: MediaStream; audio: HTMLAudioElement; video: HTMLVideoElement }> {
      const stream = await open({ video: true, audio: true });
      const audio = mediaElement('audio');
      const video = mediaElement('video');
      audio.srcObject = video.srcObject = stream;
      await Promise.all([nextEvent(audio, 'loadedmetadata'), nextEvent(video, 'loadedmetadata')]);
      expect([audio.ended, video.ended], 'ended at first (audio, video)').to.deep.equal([false, false]);
      return { stream, audio, video };
    }
    const endedEvents = (audio: HTMLMediaElement, video: HTMLMediaElement) =>
      Promise.all([fires(audio, 'ended', 100), fires(video, 'ended', 100)]);

    check('video track first: both go on; then the audio track: both end', async function () {
      await skipIn(this, SKIPS.videoFirst!);
      const { stream, audio, video } = await playing();
      let events = endedEvents(audio, video);
      stream.removeTrack(stream.getVideoTracks()[0]!);
      expect(await events, 'ended events (audio, video)').to.deep.equal([false, false]);
      expect([audio.ended, video.ended]).to.deep.equal([false, false]);
      events = endedEvents(audio, video);
      stream.removeTrack(stream.getAudioTracks()[0]!);
      expect(await events, 'ended events (audio, video)').to.deep.equal([true, true]);
      expect([audio.ended, video.ended]).to.deep.equal([true, true]);
    });

    check('audio track first: the <audio> ends; then the video track: the <video> ends too', async function () {
      await skipIn(this, SKIPS.audioFirst!);
      const { stream, audio, video } = await playing();
      let events = endedEvents(audio, video);
      stream.removeTrack(stream.getAudioTracks()[0]!);
      expect(await events, 'ended events (audio, video)').to.deep.equal([true, false]);
      expect([audio.ended, video.ended]).to.deep.equal([true, false]);
      events = endedEvents(audio, video);
      stream.removeTrack(stream.getVideoTracks()[0]!);
      expect(await events, 'ended events (audio, video)').to.deep.equal([false, true]);
      expect([audio.ended, video.ended]).to.deep.equal([true, true]);
    });
  });

  describe('the first frame without play() (MediaStream-MediaElement-firstframe)', () => {
    check('a <video> that is not played still reaches canplay, at HAVE_ENOUGH_DATA', async () => {
      const video = mediaElement('video');
      video.srcObject = await open({ video: true });
      await nextEvent(video, 'canplay', 8000);
      expect(video.readyState).to.equal(HTMLMediaElement.HAVE_ENOUGH_DATA);
    });

    /** Records the first-frame events of a <video> given a capture, and the element's state at each. */
    async function firstFrameEvents(): Promise<{ seen: string[]; at: Record<string, { readyState: number; duration: number; width: number; height: number }> }> {
      const video = mediaElement('video');
      const seen: string[] = [];
      const at: Record<string, { readyState: number; duration: number; width: number; height: number }> = {};
      for (const type of FIRST_FRAME_EVENTS) {
        video.addEventListener(type, () => {
          seen.push(type);
          at[type] ??= { readyState: video.readyState, duration: video.duration, width: video.videoWidth, height: video.videoHeight };
        });
      }
      video.srcObject = await open({ video: true });
      await nextEvent(video, 'canplaythrough', 8000);
      await sleep(100); // an event fired more than once shows by now
      return { seen, at };
    }

    check(`fires ${FIRST_FRAME_EVENTS.join(', ')} in that order, with the state each announces`, async () => {
      const { seen, at } = await firstFrameEvents();
      expect(FIRST_FRAME_EVENTS.map(type => seen.indexOf(type)), 'first index of each').to.deep.equal(FIRST_FRAME_EVENTS.map((_, i) => i));
      expect(at.durationchange!.duration).to.equal(Infinity);
      expect(at.resize!.width, 'videoWidth at resize').to.be.above(0);
      expect(at.resize!.height, 'videoHeight at resize').to.be.above(0);
      expect(at.loadedmetadata!.readyState).to.be.at.least(HTMLMediaElement.HAVE_METADATA);
      for (const type of ['loadeddata', 'canplay', 'canplaythrough']) {
        expect(at[type]!.readyState, `readyState at ${type}`).to.equal(HTMLMediaElement.HAVE_ENOUGH_DATA);
      }
    });

    check('fires each of them once only', async function () {
      await skipIn(this, SKIPS.firstFrameOnce!);
      const { seen } = await firstFrameEvents();
      expect(seen).to.deep.equal(FIRST_FRAME_EVENTS);
    });
  });
});
