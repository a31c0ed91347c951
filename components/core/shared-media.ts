import { abortedError } from './errors.js';
import { getLocalMedia, type LocalMediaOptions } from './get-local-media.js';
import type { LocalMediaStream } from './local-media-stream.js';

/** One hardware capture, shared by every caller that asked for the same constraints. */
interface Source {
  stream: Promise<LocalMediaStream>;
  /** The stream once it has arrived, so the last release can stop it synchronously. */
  arrived?: LocalMediaStream;
  users: number;
}

const sources = new Map<string, Source>();

/** Constraints as a key: the same constraints in any key order give the same key. */
function keyOf(value: unknown): string {
  if (value === null || typeof value !== 'object') return JSON.stringify(value) ?? 'undefined';
  if (Array.isArray(value)) return `[${value.map(keyOf).join(',')}]`;
  const entries = Object.entries(value).filter(([, v]) => v !== undefined);
  return `{${entries.sort(([a], [b]) => (a < b ? -1 : 1)).map(([k, v]) => `${JSON.stringify(k)}:${keyOf(v)}`).join(',')}}`;
}

function release(key: string, source: Source): void {
  if (--source.users > 0) return;
  if (sources.get(key) === source) sources.delete(key);
  // The last user is gone: the hardware goes too, now or as soon as it arrives.
  if (source.arrived) source.arrived.stop();
  else source.stream.then(stream => stream.stop(), () => {});
}

function open(key: string, constraints: MediaStreamConstraints): Source {
  const source: Source = { stream: getLocalMedia(constraints), users: 0 };
  sources.set(key, source);
  const forget = () => {
    if (sources.get(key) === source) sources.delete(key);
  };
  source.stream.then(stream => {
    source.arrived = stream;
    stream.addEventListener('ended', forget);
  }, forget);
  return source;
}

/**
 * Like {@link getLocalMedia}, but callers that ask for the same constraints share one capture: the first call asks
 * the browser, the others wait for that answer. Each caller gets its own LocalMediaStream of cloned tracks, so its
 * `stop()` (or `track.enabled = false`) never affects the others; the device is released when the last clone ends.
 * Ten previews of one camera make one getUserMedia call and hold one hardware track.
 */
export async function getSharedMedia(constraints: MediaStreamConstraints, options: LocalMediaOptions = {}): Promise<LocalMediaStream> {
  const { signal } = options;
  if (signal?.aborted) throw abortedError(signal.reason);
  const key = keyOf(constraints);
  // A capture whose tracks already ended (unplugged) can't be shared any more: ask again.
  if (sources.get(key)?.arrived?.active === false) sources.delete(key);
  const source = sources.get(key) ?? open(key, constraints);
  source.users++;

  let view: LocalMediaStream;
  try {
    const stream = await new Promise<LocalMediaStream>((resolve, reject) => {
      const onAbort = () => reject(abortedError(signal!.reason));
      signal?.addEventListener('abort', onAbort, { once: true });
      source.stream.then(resolve, reject).finally(() => signal?.removeEventListener('abort', onAbort));
    });
    view = stream.clone();
  } catch (error) {
    release(key, source);
    throw error;
  }
  view.addEventListener('ended', () => release(key, source), { once: true });
  if (signal?.aborted) {
    view.stop();
    throw abortedError(signal.reason);
  }
  return view;
}
