/**
 * Test support shared by every test file:
 * - a guard that records every track the page's real getUserMedia and getDisplayMedia hand out and, after each
 *   test (once the fixtures are removed and a task has passed), fails the test if any of them is still live;
 * - `stubGetUserMedia` / `stubGetDisplayMedia` for the failures a fake device can't produce (each DOMException
 *   kind, a late answer, a browser without screen capture).
 */
import { fixtureCleanup } from '@open-wc/testing';
import { ErrorKind } from '../../components/core/constants.js';
import { overconstrainedError } from '../../components/testing/media-simulator.js';

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
 * Replaces getUserMedia until the end of the test. `answer` gets the constraints and the real getUserMedia, so a
 * stub can delay a real stream as well as throw.
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
  return stubGetDisplayMedia((options, real) => real(options));
}

type GetDisplayMedia = MediaDevices['getDisplayMedia'];

/**
 * Replaces getDisplayMedia until the end of the test; `undefined` removes it, as in browsers that can't capture
 * the screen (mobile ones).
 */
export function stubGetDisplayMedia(
  answer: ((options: DisplayMediaStreamOptions | undefined, real: GetDisplayMedia) => Promise<MediaStream>) | undefined,
): { calls: (DisplayMediaStreamOptions | undefined)[] } {
  const calls: (DisplayMediaStreamOptions | undefined)[] = [];
  const current = mediaDevices.getDisplayMedia;
  const real: GetDisplayMedia = options => realGetDisplayMedia!(options).then(record);
  (mediaDevices as { getDisplayMedia?: GetDisplayMedia }).getDisplayMedia = answer && (options => (calls.push(options), answer(options, real)));
  restoreStubs.push(() => void (mediaDevices.getDisplayMedia = current));
  return { calls };
}

/** A getUserMedia answer that rejects with a DOMException of the given name. */
export const rejectWith = (name: string, message = `stubbed ${name}`) => () =>
  Promise.reject(name === 'OverconstrainedError' ? overconstrainedError('deviceId', 'stubbed') : new DOMException(message, name));

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

/**
 * Stubs getUserMedia so the real device opens at once but the answer waits for `answer()`: a late answer.
 * `opened()` is the stream the device gave, once it has.
 */
export function stubLateAnswer(): { opened: () => MediaStream | undefined; answer: () => void } {
  const gate = deferred<void>();
  let stream: MediaStream | undefined;
  stubGetUserMedia(async (constraints, real) => {
    stream = await real(constraints);
    await gate.promise;
    return stream;
  });
  return { opened: () => stream, answer: () => gate.resolve() };
}

/** Records console.warn calls until the test ends. */
export function captureWarnings(): string[] {
  const warnings: string[] = [];
  const original = console.warn;
  console.warn = (...args: unknown[]) => void warnings.push(String(args[0]));
  afterEach(() => void (console.warn = original));
  return warnings;
}

/** A promise with its resolve/reject, for late answers. */
export function deferred<T>() {
  let resolve!: (value: T) => void;
  let reject!: (reason: unknown) => void;
  const promise = new Promise<T>((res, rej) => {
    resolve = res;
    reject = rej;
  });
  return { promise, resolve, reject };
}

/** Resolves when `condition()` holds; fails after `timeout` ms with `message`. */
export async function until(condition: () => boolean, message: string, timeout = 5000): Promise<void> {
  const start = performance.now();
  while (!condition()) {
    if (performance.now() - start > timeout) throw new Error(`Timed out waiting: ${message}`);
    await new Promise(resolve => setTimeout(resolve, 20));
  }
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
