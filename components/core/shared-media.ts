import { constraintsKey as keyOf } from './constraints.js';
import { abortedError } from './errors.js';
import { getLocalMedia, type LocalMediaOptions } from './get-local-media.js';
import { LocalMediaStream } from './local-media-stream.js';
import { onTrackOver } from './track-stop.js';

/** One hardware capture, shared by every caller that asked for the same constraints. */
interface Source {
  stream: Promise<LocalMediaStream>;
  /** The stream once it has arrived, so the last release can stop it synchronously. */
  arrived?: LocalMediaStream;
  /** Callers still waiting for the stream. */
  waiting: number;
  /** The live clones handed out, per hardware track. */
  clones: Map<MediaStreamTrack, Set<MediaStreamTrack>>;
}

const sources = new Map<string, Source>();

/**
 * Stops every hardware track that no caller holds a live clone of any more, once nobody is waiting for the
 * stream: stopping a clone by any means (the stream's `stop()`, the track's own `stop()`, the source) counts.
 */
function releaseUnused(key: string, source: Source): void {
  if (source.waiting > 0) return;
  const stream = source.arrived;
  if (!stream) {
    if (sources.get(key) === source) sources.delete(key);
    source.stream.then(late => late.stop(), () => {});
    return;
  }
  for (const track of stream.getTracks()) {
    if ((source.clones.get(track)?.size ?? 0) === 0) track.stop();
  }
  if (!stream.active && sources.get(key) === source) sources.delete(key);
}

function open(key: string, constraints: MediaStreamConstraints): Source {
  const source: Source = { stream: getLocalMedia(constraints), waiting: 0, clones: new Map() };
  sources.set(key, source);
  const forget = () => {
    if (sources.get(key) === source) sources.delete(key);
  };
  source.stream.then(stream => {
    source.arrived = stream;
    stream.addEventListener('ended', forget, { once: true });
  }, forget);
  return source;
}

/** A LocalMediaStream of clones of the hardware tracks, each counted until it is over. */
function view(key: string, source: Source, stream: LocalMediaStream): LocalMediaStream {
  const clones = stream.getTracks().map(track => {
    const clone = track.clone();
    const holders = source.clones.get(track) ?? new Set();
    source.clones.set(track, holders.add(clone));
    onTrackOver(clone, () => {
      holders.delete(clone);
      releaseUnused(key, source);
    });
    return clone;
  });
  return new LocalMediaStream(clones);
}

/**
 * Makes `clone` the only track of its hardware source when no other caller holds a clone of the same track: the
 * capture's own track is stopped and the capture is no longer shared (the next caller opens its own). Chromium
 * reconfigures a camera or microphone for `applyConstraints()` only on a track that is alone on its source.
 * Returns true when `clone` is its capture's only user (it was, or is now); false while others share it.
 */
export function ownTrack(clone: MediaStreamTrack): boolean {
  for (const [key, source] of sources) {
    for (const [track, holders] of source.clones) {
      if (!holders.has(clone)) continue;
      if (holders.size > 1) return false;
      if (sources.get(key) === source) sources.delete(key);
      track.stop();
      return true;
    }
  }
  return true;
}

/**
 * Like {@link getLocalMedia}, but callers that ask for the same constraints share one capture: the first call asks
 * the browser, the others wait for that answer. Each caller gets its own LocalMediaStream of cloned tracks, so its
 * `stop()` (or `track.enabled = false`) never affects the others. Each hardware track is stopped as soon as no
 * caller holds a live clone of it, however the clones ended: `stop()`, each track's own `stop()`, or the source.
 * Ten previews of one camera make one getUserMedia call and hold one hardware track.
 */
export async function getSharedMedia(constraints: MediaStreamConstraints, options: LocalMediaOptions = {}): Promise<LocalMediaStream> {
  const { signal } = options;
  if (signal?.aborted) throw abortedError(signal.reason);
  const key = keyOf(constraints);
  // A capture with a track that already ended (unplugged, or stopped by its last user) can't be shared: ask again.
  if (sources.get(key)?.arrived?.getTracks().some(track => track.readyState === 'ended')) sources.delete(key);
  const source = sources.get(key) ?? open(key, constraints);
  source.waiting++;

  let stream: LocalMediaStream;
  try {
    stream = await new Promise<LocalMediaStream>((resolve, reject) => {
      const onAbort = () => reject(abortedError(signal!.reason));
      signal?.addEventListener('abort', onAbort, { once: true });
      source.stream.then(resolve, reject).finally(() => signal?.removeEventListener('abort', onAbort));
    });
  } catch (error) {
    source.waiting--;
    releaseUnused(key, source);
    throw error;
  }
  source.waiting--;
  if (signal?.aborted) {
    releaseUnused(key, source);
    throw abortedError(signal.reason);
  }
  return view(key, source, stream);
}
