/**
 * Shared by the conformance suite (checks derived from the web-platform-tests `mediacapture-streams` directory).
 *
 * Every check runs three times, once per way to open a capture:
 * - `raw getUserMedia`: navigator.mediaDevices.getUserMedia, the control;
 * - `getLocalMedia` and `getSharedMedia`: the kit's, which must behave as the control does.
 * A check the control fails in an engine is that engine's limit: `skipIn()` skips it there for all three, with the
 * reason printed. Every stream a check opens is stopped after it, and `check()` fails a check that still leaves a
 * device track of the page live then.
 */
import { expect } from '@open-wc/testing';
import '../support/media.js';
import { liveTracks } from '../support/media.js';
import { isChromium, isFirefox, skipBecause } from '../support/browser.js';
import * as kit from '../../components/core/index.js';

export type Kit = typeof kit;
export type OpenerName = 'raw getUserMedia' | 'getLocalMedia' | 'getSharedMedia';
export type Open = (constraints?: MediaStreamConstraints) => Promise<MediaStream>;

export interface Opener {
  readonly name: OpenerName;
  /** True for the control. */
  readonly raw: boolean;
  /** Opens a capture (in this page, or in a frame: see openersOf); whatever it gives is stopped after the check. */
  readonly open: Open;
  /** The class of the streams it resolves with: MediaStream for the control, LocalMediaStream for the kit. */
  readonly Stream: typeof MediaStream;
}

const opened: MediaStream[] = [];
const extraTracks: MediaStreamTrack[] = [];
const cleanups: (() => void)[] = [];

/** Stops `track` (e.g. a clone made by the check) after the check, if the check did not. */
export function keep<T extends MediaStreamTrack | MediaStream>(item: T): T {
  // By shape, not instanceof: a track or stream from a frame's realm is kept the same way.
  if ('getTracks' in item) opened.push(item);
  else extraTracks.push(item);
  return item;
}

/** Runs `cleanup` after the check, once its streams are stopped. */
export function onCleanup(cleanup: () => void): void {
  cleanups.push(cleanup);
}

function record(stream: MediaStream): MediaStream {
  opened.push(stream);
  extraTracks.push(...stream.getTracks()); // still stopped if the check removes them from the stream
  return stream;
}

/** The three openers, on `devices` (a realm's navigator.mediaDevices) and `core` (the kit loaded in that realm). */
export function openersOf(devices: MediaDevices, core: Kit, Native: typeof MediaStream = MediaStream): Opener[] {
  return [
    { name: 'raw getUserMedia', raw: true, Stream: Native, open: c => devices.getUserMedia(c).then(record) },
    { name: 'getLocalMedia', raw: false, Stream: core.LocalMediaStream, open: c => core.getLocalMedia(c!).then(record) },
    { name: 'getSharedMedia', raw: false, Stream: core.LocalMediaStream, open: c => core.getSharedMedia(c!).then(record) },
  ];
}

/** Stops what a check opened: the kit's streams by their stop(), every track by its own. */
function stopEverything(): void {
  for (const stream of opened.splice(0)) {
    (stream as Partial<kit.LocalMediaStream>).stop?.();
    for (const track of stream.getTracks()) track.stop();
  }
  for (const track of extraTracks.splice(0)) track.stop();
  // Then the elements and frames: a frame's streams are stopped while the frame is still there.
  for (const cleanup of cleanups.splice(0).reverse()) cleanup();
}

/**
 * A check (a mocha `it`) that also fails, itself, when it leaves a device open: once its body is done, what it
 * opened is stopped, and any device track of this page still live then is a leak. (Leaving it to the global guard
 * of test/support/media.ts would fail a hook, which ends the run of the rest of the file.)
 */
export function check(title: string, body: (this: Mocha.Context) => Promise<void> | void): Mocha.Test {
  return it(title, async function () {
    let passed = false;
    try {
      await body.call(this);
      passed = true;
    } finally {
      stopEverything();
      await sleep(0);
      const leaked = liveTracks();
      for (const track of leaked) track.stop();
      if (passed && leaked.length > 0) {
        expect.fail(`${leaked.length} device track(s) still live once every stream and track the check opened was stopped: ${leaked.map(t => t.kind).join(', ')}`);
      }
    }
  });
}

/**
 * Generates one describe block per opener (`raw getUserMedia`, `getLocalMedia`, `getSharedMedia`) and calls `body`
 * in each, to declare its `it`s.
 */
export function forEachOpener(body: (open: Open, opener: Opener) => void): void {
  for (const opener of openersOf(navigator.mediaDevices, kit)) {
    describe(opener.name, () => {
      afterEach(stopEverything);
      body(opener.open, opener);
    });
  }
}

/** Set to true for a run that ignores every skip, to see again what the control really does in each engine. */
const NO_SKIPS = false;

export type Engine = 'chromium' | 'firefox' | 'webkit';
export const engine: Engine = isChromium ? 'chromium' : isFirefox ? 'firefox' : 'webkit';

/**
 * Skips the running check in the engines named, where the control (raw getUserMedia) fails it, for all three
 * openers, with the reason in the run's summary. Use as `await skipIn(this, {...})`.
 */
export async function skipIn(context: Mocha.Context, reasons: Partial<Record<Engine, string>>): Promise<void> {
  const reason = reasons[engine];
  if (NO_SKIPS || !reason) return;
  await skipBecause(context, `the control fails it here too: ${reason}`);
}

/** Reasons shared by several files, for skipIn(). */
export const NO_RESIZE_MODE = 'the browser has no resizeMode: not in getSupportedConstraints() nor getSettings(), and a required one is ignored';
export const MOCK_CAMERA_640 = 'the mock camera opens at 640x480 whatever width is asked, even a required one (width { exact: 320 } gives 640)';

export const sleep = (ms: number) => new Promise<void>(resolve => setTimeout(resolve, ms));

/** Resolves with the first `type` event on `target`; rejects after `ms` with a message naming it. */
export function nextEvent(target: EventTarget, type: string, ms = 4000): Promise<Event> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`no "${type}" event within ${ms} ms`)), ms);
    target.addEventListener(type, event => (clearTimeout(timer), resolve(event)), { once: true });
  });
}

/** Whether `type` fires on `target` within `ms`. */
export function fires(target: EventTarget, type: string, ms: number): Promise<boolean> {
  return nextEvent(target, type, ms).then(() => true, () => false);
}

/** A media element in the page, removed (and its srcObject cleared) after the check. */
export function mediaElement<K extends 'video' | 'audio'>(tag: K): HTMLElementTagNameMap[K] {
  const element = document.createElement(tag);
  element.muted = true;
  document.body.append(element);
  onCleanup(() => {
    element.srcObject = null;
    element.remove();
  });
  return element;
}

/** Whatever `promise` rejects with; fails if it resolves (and stops what it resolved with). */
export async function rejection(promise: Promise<MediaStream>): Promise<unknown> {
  let stream: MediaStream;
  try {
    stream = await promise;
  } catch (error) {
    return error;
  }
  for (const track of stream.getTracks()) track.stop();
  expect.fail(`expected a rejection, got a stream of ${stream.getTracks().length} track(s)`);
}

/**
 * What a capture rejection must be, for one opener: the control must reject with `name` (and `constraint` for
 * OverconstrainedError); the kit with a LocalMediaError of `kind` whose `constraint` is the same and whose `cause`
 * is the browser's error: with `seen` (what the browser's getUserMedia last rejected with), that very object.
 */
export function expectRejection(
  opener: Opener,
  error: unknown,
  expected: { name: string; kind: kit.ErrorKind; constraint?: string },
  seen?: { last?: unknown },
): void {
  const browserError = opener.raw ? error : (error as kit.LocalMediaError).cause;
  if (!opener.raw) {
    expect((error as Error).name, 'the kit rejects with a LocalMediaError').to.equal('LocalMediaError');
    expect((error as kit.LocalMediaError).kind, 'kind').to.equal(expected.kind);
    if (expected.constraint !== undefined) expect((error as kit.LocalMediaError).constraint, 'constraint').to.equal(expected.constraint);
    if (seen) {
      expect(seen.last, "the browser's getUserMedia was asked, and refused").to.not.equal(undefined);
      expect(browserError, "cause is the browser's own error").to.equal(seen.last);
    }
  }
  expect((browserError as Error | undefined)?.name, "the browser's error").to.equal(expected.name);
  if (expected.constraint !== undefined) {
    expect((browserError as OverconstrainedError).constraint, "the browser's error's constraint").to.equal(expected.constraint);
  }
}

/** Every pixel of the frame `video` shows, as RGBA bytes. */
export function framePixels(video: HTMLVideoElement): Uint8ClampedArray {
  const context = new OffscreenCanvas(video.videoWidth, video.videoHeight).getContext('2d')!;
  context.drawImage(video, 0, 0);
  return context.getImageData(0, 0, video.videoWidth, video.videoHeight).data;
}

/** The largest sample magnitude `analyser` sees over `ms`, read every 20 ms. */
export async function peakOver(analyser: AnalyserNode, ms: number, enough = (_peak: number) => false): Promise<number> {
  // Over `ms` of audio time, which a loaded machine's audio thread renders later than the wall clock's; sooner once
  // `enough` holds of the peak.
  const samples = new Float32Array(analyser.fftSize);
  const { context } = analyser;
  let peak = 0;
  const end = context.currentTime + ms / 1000;
  while (context.currentTime < end && !enough(peak)) {
    analyser.getFloatTimeDomainData(samples);
    for (const sample of samples) peak = Math.max(peak, Math.abs(sample));
    await sleep(20);
  }
  return peak;
}

/** lib.dom lacks `resizeMode` (a mediacapture-main constraint and setting): these two add it. */
export const withResizeMode = (constraints: MediaTrackConstraints & { resizeMode?: ConstrainDOMString }) => constraints as MediaTrackConstraints;
export const settingsOf = (track: MediaStreamTrack) => track.getSettings() as MediaTrackSettings & { resizeMode?: string };
