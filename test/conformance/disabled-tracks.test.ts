// From WPT mediacapture-streams/MediaStreamTrack-MediaElement-disabled-video-is-black.https.html and
// MediaStreamTrack-MediaElement-disabled-audio-is-silence.https.html: a disabled track renders black frames and
// silence, measured in pixels (the <video> drawn on a canvas) and samples (an AnalyserNode). Each has a twin that
// measures the enabled track the same way, so a measure that can't see the picture or the sound fails.
import { expect } from '@open-wc/testing';
import '../support/media.js';
import { check, forEachOpener, framePixels, mediaElement, nextEvent, onCleanup, peakOver } from './openers.js';

/** The true level of the fake microphone: Chromium's default processing fades a steady tone. */
const UNPROCESSED: MediaTrackConstraints = { echoCancellation: false, noiseSuppression: false, autoGainControl: false };

/** The first frame a <video> shows of `stream`, as RGBA bytes. */
async function firstFrame(stream: MediaStream): Promise<Uint8ClampedArray> {
  const video = mediaElement('video');
  const loaded = nextEvent(video, 'loadeddata');
  video.srcObject = stream;
  void video.play();
  await loaded;
  // A presented frame: on a busy machine the first one can be drawn only a little after `loadeddata` (it read as
  // transparent then, which the black check can't tell from black). Firefox presents none of a disabled track's
  // black frames to the callback: a second at most.
  await Promise.race([new Promise(resolve => video.requestVideoFrameCallback(resolve)), new Promise(resolve => setTimeout(resolve, 1000))]);
  return framePixels(video);
}

/** Counts the pixels of `rgba` that are not opaque black, and gives the first one. */
function notBlack(rgba: Uint8ClampedArray): { count: number; first?: string } {
  let count = 0;
  let first: string | undefined;
  for (let i = 0; i < rgba.length; i += 4) {
    if (rgba[i] === 0 && rgba[i + 1] === 0 && rgba[i + 2] === 0 && rgba[i + 3] === 255) continue;
    count++;
    first ??= `pixel ${i / 4}: rgba(${rgba.slice(i, i + 4).join(', ')})`;
  }
  return { count, first };
}

/**
 * The brightest channel value (0 to 255) of the pixels of `rgba`. The twin of the black check measures this: a
 * picture need not be mostly bright (WebKit's mock camera draws grey text on black: 12 % of its pixels are not
 * black), but a black frame has none above 0.
 */
function brightest(rgba: Uint8ClampedArray): number {
  let max = 0;
  for (let i = 0; i < rgba.length; i += 4) max = Math.max(max, rgba[i]!, rgba[i + 1]!, rgba[i + 2]!);
  return max;
}

/** One AudioContext for the file (starting one per check costs Firefox seconds), closed after it. */
let shared: AudioContext | undefined;
after(() => void shared?.close());

/** The peak sample of `stream`'s audio over `ms`, through an AnalyserNode of a running AudioContext. */
async function peakOf(stream: MediaStream, ms: number, enough?: (peak: number) => boolean): Promise<number> {
  const context = (shared ??= new AudioContext());
  await Promise.race([context.resume(), new Promise(resolve => setTimeout(resolve, 2000))]);
  expect(context.state, 'the AudioContext runs (Firefox needs an audio output: scripts/run-tests.mjs)').to.equal('running');
  const analyser = new AnalyserNode(context, { fftSize: 2048 });
  const source = context.createMediaStreamSource(stream);
  const sink = new GainNode(context, { gain: 0 });
  source.connect(analyser);
  analyser.connect(sink).connect(context.destination);
  onCleanup(() => (source.disconnect(), sink.disconnect()));
  await new Promise(resolve => setTimeout(resolve, 100)); // the graph's first quanta
  return peakOver(analyser, ms, enough);
}

forEachOpener(open => {
  describe('a disabled video track is black (MediaStreamTrack-MediaElement-disabled-video-is-black)', () => {
    check('every pixel of the frame a <video> shows is opaque black', async () => {
      const stream = await open({ video: true });
      const [track] = stream.getVideoTracks();
      track!.enabled = false;
      const pixels = await firstFrame(stream);
      expect(pixels.length).to.be.above(0);
      const { count, first } = notBlack(pixels);
      expect(count, `pixels that are not black, first ${first}`).to.equal(0);
    });

    check('(its twin) an enabled track shows a picture', async () => {
      const stream = await open({ video: true });
      const pixels = await firstFrame(stream);
      expect(pixels.length).to.be.above(0);
      expect(brightest(pixels), 'the brightest channel value of the frame').to.be.above(100);
    });
  });

  describe('a disabled audio track is silent (MediaStreamTrack-MediaElement-disabled-audio-is-silence)', () => {
    check('every sample an AnalyserNode reads of it is 0', async () => {
      const stream = await open({ audio: UNPROCESSED });
      stream.getAudioTracks()[0]!.enabled = false;
      expect(await peakOf(stream, 300), 'peak sample').to.equal(0);
    });

    check('(its twin) an enabled track is heard', async () => {
      const stream = await open({ audio: UNPROCESSED });
      // Heard within 2 s of audio (on a loaded machine the track's first samples reach the graph late).
      expect(await peakOf(stream, 2000, peak => peak > 0.05), 'peak sample').to.be.above(0.05);
    });
  });
});
