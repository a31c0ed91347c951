/**
 * `MediaStreamTrack.stop()` fires no event, so nothing else can tell that the page stopped a track by hand
 * (`stream.getTracks().forEach(t => t.stop())`). The kit gives each track it hands out an own `stop` that calls
 * the one it had, then tells the kit's listeners; the track stays a real MediaStreamTrack.
 */

/** Called after `stop()`; `wasLive` is false when the track had already ended (a second call, or the source). */
export type TrackStopListener = (track: MediaStreamTrack, wasLive: boolean) => void;

const listeners = new WeakMap<MediaStreamTrack, Set<TrackStopListener>>();

function watch(track: MediaStreamTrack): Set<TrackStopListener> {
  const known = listeners.get(track);
  if (known) return known;
  const set = new Set<TrackStopListener>();
  listeners.set(track, set);
  const stop = track.stop;
  Object.defineProperty(track, 'stop', {
    configurable: true,
    writable: true,
    value: function (this: MediaStreamTrack): void {
      const wasLive = track.readyState === 'live';
      stop.call(track);
      for (const listener of [...set]) listener(track, wasLive);
    },
  });
  return set;
}

/** Calls `listener` every time `track.stop()` is called, by the page or the kit. Returns the unsubscribe. */
export function onTrackStop(track: MediaStreamTrack, listener: TrackStopListener): () => void {
  const set = watch(track);
  set.add(listener);
  return () => void set.delete(listener);
}

/**
 * Calls `done` once when `track` is over by any means: its own `stop()` or its source (`ended`). Returns the
 * unsubscribe.
 */
export function onTrackOver(track: MediaStreamTrack, done: () => void): () => void {
  let over = false;
  const finish = () => {
    if (over) return;
    over = true;
    unsubscribe();
    done();
  };
  const offStop = onTrackStop(track, finish);
  track.addEventListener('ended', finish);
  const unsubscribe = () => {
    offStop();
    track.removeEventListener('ended', finish);
  };
  if (track.readyState === 'ended') queueMicrotask(finish);
  return unsubscribe;
}
