/**
 * Test support shared by every test file:
 * - a guard that records every track the page's real getUserMedia and getDisplayMedia hand out and, after each
 *   test (once the fixtures are removed and a task has passed), fails the test if any of them is still live;
 * - `spyGetUserMedia` / `spyGetDisplayMedia`, which watch the real APIs for tests that need the browser's devices.
 * Scripted behaviour (each failure, a late answer, unplug, revoke, no getDisplayMedia) is the media simulator's:
 * test/support/simulator.ts.
 */
import { fixtureCleanup } from '@open-wc/testing';
import { ErrorKind } from '../../components/core/constants.js';
import { overconstrainedError } from '../../components/testing/media-simulator.js';
import { brightest } from './browser.js';

const mediaDevices = navigator.mediaDevices;
const realGetUserMedia = mediaDevices.getUserMedia.bind(mediaDevices);
const handedOut: MediaStreamTrack[] = [];

function record(stream: MediaStream): MediaStream {
  handedOut.push(...stream.getTracks());
  return stream;
}

mediaDevices.getUserMedia = constraints => realGetUserMedia(constraints).then(record);

const realGetDisplayMedia = mediaDevices.getDisplayMedia?.bind(mediaDevices);
if (realGetDisplayMedia) mediaDevices.getDisplayMedia = options => realGetDisplayMedia(options).then(record);

/** Tracks handed out since the test started that are still live. */
export function liveTracks(): MediaStreamTrack[] {
  return handedOut.filter(track => track.readyState === 'live');
}

export const nextTask = () => new Promise<void>(resolve => setTimeout(resolve, 0));

const restoreStubs: (() => void)[] = [];

/**
 * Wraps the real getUserMedia until the end of the test: `answer` gets the constraints and the real getUserMedia
 * and must answer with it (test/conformance/ watches its errors this way). Fakes are the media simulator's.
 */
export function stubGetUserMedia(
  answer: (constraints: MediaStreamConstraints | undefined, real: typeof realGetUserMedia) => Promise<MediaStream>,
): { calls: (MediaStreamConstraints | undefined)[] } {
  const calls: (MediaStreamConstraints | undefined)[] = [];
  const current = mediaDevices.getUserMedia;
  mediaDevices.getUserMedia = constraints => {
    calls.push(constraints);
    return answer(constraints, c => realGetUserMedia(c).then(record));
  };
  restoreStubs.push(() => void (mediaDevices.getUserMedia = current));
  return { calls };
}

/**
 * Watches the browser's real getUserMedia until the end of the test: `calls` are the constraints of each request
 * it got. For tests that need the real device; scripted failures and late answers are the media simulator's.
 */
export function spyGetUserMedia(): { calls: (MediaStreamConstraints | undefined)[] } {
  return stubGetUserMedia((constraints, real) => real(constraints));
}

/** Watches the browser's real getDisplayMedia until the end of the test: `calls` are the options of each request. */
export function spyGetDisplayMedia(): { calls: (DisplayMediaStreamOptions | undefined)[] } {
  return watchGetDisplayMedia();
}

/** Wraps the real getDisplayMedia until the end of the test, recording the options of each call. */
function watchGetDisplayMedia(): { calls: (DisplayMediaStreamOptions | undefined)[] } {
  const calls: (DisplayMediaStreamOptions | undefined)[] = [];
  const current = mediaDevices.getDisplayMedia;
  mediaDevices.getDisplayMedia = options => (calls.push(options), realGetDisplayMedia!(options).then(record));
  restoreStubs.push(() => void (mediaDevices.getDisplayMedia = current));
  return { calls };
}

/** The exception a browser throws for a capture that fails with `name`, for the simulator's `outcome`. */
export const browserException = (name: string, message = `simulated ${name}`): Error =>
  name === 'OverconstrainedError' ? overconstrainedError('deviceId', message) : new DOMException(message, name);

/** What each DOMException a capture can throw maps to. */
export const KINDS_BY_EXCEPTION: readonly [string, ErrorKind][] = [
  ['NotAllowedError', ErrorKind.Denied],
  ['SecurityError', ErrorKind.Denied],
  ['NotFoundError', ErrorKind.NotFound],
  ['NotReadableError', ErrorKind.InUse],
  ['AbortError', ErrorKind.InUse],
  ['TrackStartError', ErrorKind.InUse],
  ['OverconstrainedError', ErrorKind.Overconstrained],
  ['TypeError', ErrorKind.Unsupported],
  ['NotSupportedError', ErrorKind.Unsupported],
  ['SomethingNewError', ErrorKind.Unknown],
];

/** Records console.warn calls until the test ends. */
export function captureWarnings(): string[] {
  const warnings: string[] = [];
  const original = console.warn;
  console.warn = (...args: unknown[]) => void warnings.push(String(args[0]));
  afterEach(() => void (console.warn = original));
  return warnings;
}

/** Resolves when `condition()` holds; fails after `timeout` ms with `message`. */
export async function until(condition: () => boolean, message: string, timeout = 5000): Promise<void> {
  const start = performance.now();
  while (!condition()) {
    if (performance.now() - start > timeout) throw new Error(`Timed out waiting: ${message}`);
    await new Promise(resolve => setTimeout(resolve, 20));
  }
}

/** Resolves when the asynchronous `condition()` resolves true (it is asked again 20 ms after each answer). */
export async function untilAsync(condition: () => Promise<boolean>, message: string, timeout = 5000): Promise<void> {
  const start = performance.now();
  while (!(await condition())) {
    if (performance.now() - start > timeout) throw new Error(`Timed out waiting: ${message}`);
    await new Promise(resolve => setTimeout(resolve, 20));
  }
}

/**
 * Resolves once the `<video>` in `preview`'s shadow root shows a picture (a channel over 50 on the grid): a camera's
 * first frames can be black for a while, and a still taken at once is black then.
 */
export async function pictureShown(preview: Element, timeout = 10_000): Promise<void> {
  const video = preview.shadowRoot!.querySelector('video')!;
  await untilAsync(async () => video.videoWidth > 0 && (await brightest(video)) > 50, `<${preview.localName}> showing the camera picture`, timeout);
}

/** Resolves when `element` reaches `state` (by attribute); fails after `timeout` ms. */
export function stateOf(element: Element, state: string, timeout = 8000): Promise<void> {
  return until(() => element.getAttribute('state') === state, `${element.localName} state="${state}" (is "${element.getAttribute('state')}")`, timeout);
}

afterEach(async function () {
  for (const restore of restoreStubs.splice(0).reverse()) restore();
  fixtureCleanup();
  await nextTask();
  const live = liveTracks();
  for (const track of live) track.stop();
  handedOut.length = 0;
  if (live.length > 0 && this.currentTest?.state !== 'failed') {
    throw new Error(`${live.length} track(s) left live after "${this.currentTest?.title}": ${live.map(t => t.kind).join(', ')}`);
  }
});
