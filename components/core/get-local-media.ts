import { ErrorKind } from './constants.js';
import { abortedError, errorFor, toLocalMediaError } from './errors.js';
import { lazy } from './lazy.js';
import { LocalMediaStream } from './local-media-stream.js';

export interface LocalMediaOptions {
  /** Aborting rejects with kind `aborted`; a stream that arrives afterwards is stopped at once. */
  signal?: AbortSignal;
}

type Source = 'video' | 'audio' | 'display';

/** Who denied (core/denial.ts) is read only after a denial: a chunk of its own. */
const denial = lazy(() => import('./denial.js'));

async function failure(thrown: unknown, sources: Source[]): Promise<never> {
  const error = toLocalMediaError(thrown);
  if (error.kind !== ErrorKind.Denied) throw error;
  throw await denial.load().then(({ withDeniedBy }) => withDeniedBy(error, sources), () => error);
}

/**
 * The settled-promise of the last request per source. Requests for the same source run one after another, so a
 * device switch never has two requests open the same camera at once (many cameras can't), and a request that
 * was aborted still holds its place until the browser has answered it and its late stream is stopped.
 */
const lastRequest = new Map<Source, Promise<void>>();

function mediaDevices(api: 'getUserMedia' | 'getDisplayMedia'): MediaDevices {
  const devices = globalThis.navigator?.mediaDevices;
  if (!devices) throw errorFor(globalThis.isSecureContext === false ? ErrorKind.Insecure : ErrorKind.Unsupported);
  if (typeof devices[api] !== 'function') throw errorFor(ErrorKind.Unsupported);
  return devices;
}

/** Resolves when `promise` does, or rejects with `aborted` as soon as `signal` aborts. */
function untilAborted(promise: Promise<unknown>, signal: AbortSignal | undefined): Promise<void> {
  if (!signal) return promise.then(() => {});
  return new Promise((resolve, reject) => {
    const onAbort = () => reject(abortedError(signal.reason));
    if (signal.aborted) return onAbort();
    signal.addEventListener('abort', onAbort, { once: true });
    promise.then(() => {
      signal.removeEventListener('abort', onAbort);
      resolve();
    });
  });
}

async function request(sources: Source[], open: () => Promise<MediaStream>, signal: AbortSignal | undefined): Promise<LocalMediaStream> {
  if (signal?.aborted) throw abortedError(signal.reason);
  const previous = Promise.all(sources.map(source => lastRequest.get(source)));
  const pending = untilAborted(previous, signal).then(() =>
    new Promise<MediaStream>(resolve => resolve(open())).then(
      stream => new LocalMediaStream(stream.getTracks()),
      error => failure(error, sources),
    ),
  );
  // No track outlives its request: whatever arrives after the abort is stopped on arrival.
  const settled = pending.then(stream => (signal?.aborted ? stream.stop() : undefined), () => {});
  const turn = Promise.all([previous, settled]).then(() => {});
  for (const source of sources) lastRequest.set(source, turn);
  void turn.then(() => {
    for (const source of sources) if (lastRequest.get(source) === turn) lastRequest.delete(source);
  });

  await untilAborted(pending.catch(() => {}), signal);
  return pending;
}

function sourcesOf(constraints: MediaStreamConstraints): Source[] {
  const sources: Source[] = [];
  if (constraints.video) sources.push('video');
  if (constraints.audio) sources.push('audio');
  return sources;
}

/**
 * `navigator.mediaDevices.getUserMedia()`, resolving with a {@link LocalMediaStream} and rejecting with a
 * {@link LocalMediaError} whose `kind` says what went wrong. Requests for the same kind of device run one at a
 * time, in order.
 */
export async function getLocalMedia(constraints: MediaStreamConstraints, options: LocalMediaOptions = {}): Promise<LocalMediaStream> {
  const devices = mediaDevices('getUserMedia');
  return request(sourcesOf(constraints), () => devices.getUserMedia(constraints), options.signal);
}

/** `navigator.mediaDevices.getDisplayMedia()` with the same contract as {@link getLocalMedia}. */
export async function getLocalDisplayMedia(
  displayOptions: DisplayMediaStreamOptions = {},
  options: LocalMediaOptions = {},
): Promise<LocalMediaStream> {
  const devices = mediaDevices('getDisplayMedia');
  return request(['display'], () => devices.getDisplayMedia(displayOptions), options.signal);
}
