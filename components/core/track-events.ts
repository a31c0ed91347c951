import type { LocalMediaStream } from './local-media-stream.js';
import { onTrackStop } from './track-stop.js';

export interface StreamListener {
  /** The source ended a track (unplugged, revoked, "stop sharing"), or every track ended otherwise. */
  ended(): void;
  /** The page stopped a live track itself, or called the stream's `stop()`. */
  stopped(): void;
  /** A track's `muted` changed: whether any track is muted by its source now. */
  muted(any: boolean): void;
}

/**
 * Follows what happens to a stream's tracks, telling a stop by the page (which fires no event) from an end by the
 * source. Returns the unsubscribe; call it before stopping the stream yourself, so that stop reads as your own.
 */
export function followStream(stream: LocalMediaStream, listener: StreamListener): () => void {
  const onEnded = () => listener.ended();
  const onMute = () => listener.muted(stream.getTracks().some(track => track.muted));
  const onStreamEnded = () => (stream.stopped ? listener.stopped() : listener.ended());
  const unwatch = stream.getTracks().map(track => {
    track.addEventListener('ended', onEnded);
    track.addEventListener('mute', onMute);
    track.addEventListener('unmute', onMute);
    const offStop = onTrackStop(track, (_, wasLive) => wasLive && listener.stopped());
    return () => {
      track.removeEventListener('ended', onEnded);
      track.removeEventListener('mute', onMute);
      track.removeEventListener('unmute', onMute);
      offStop();
    };
  });
  stream.addEventListener('ended', onStreamEnded);
  onMute();
  return () => {
    stream.removeEventListener('ended', onStreamEnded);
    for (const off of unwatch) off();
  };
}
