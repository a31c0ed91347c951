import { onTrackStop } from './track-stop.js';

export interface LocalMediaStreamEventMap extends MediaStreamEventMap {
  /** Every track has ended, by `stop()`, by each track's own `stop()` or by the source. Fired once. */
  ended: Event;
}

// Node (server-side rendering, test runners) has no MediaStream: an inert base keeps this module importable there.
const MediaStreamBase: typeof MediaStream = globalThis.MediaStream ?? (class {} as unknown as typeof MediaStream);

/**
 * The MediaStream that `getLocalMedia()` resolves with: a real MediaStream (usable as a `<video>`'s `srcObject`,
 * by MediaRecorder, WebRTC or Web Audio) that knows how to end itself. It is built like a MediaStream:
 * `new LocalMediaStream()`, `new LocalMediaStream(stream)` (the same tracks) or `new LocalMediaStream(tracks)`.
 *
 * - `stop()` stops every track; calling it again does nothing.
 * - `ended` (and `onended`) fires once when every track has ended: by `stop()`, by the page calling each track's
 *   own `stop()`, or by the source (device unplugged, permission revoked, the browser's "stop sharing" button).
 *   `MediaStreamTrack.stop()` fires no event of its own, so the stream gives each of its tracks an own `stop`
 *   that calls the track's and then tells the stream.
 * - `stopped` tells the first two from the third: true once the stream was stopped on request.
 */
export class LocalMediaStream extends MediaStreamBase {
  #stopCalled = false;
  #stoppedByPage = false;
  #endedFired = false;
  #onended: ((this: LocalMediaStream, ev: Event) => unknown) | null = null;
  readonly #unwatch = new Map<MediaStreamTrack, () => void>();
  readonly #onTrackEnded = () => this.#checkEnded();

  constructor();
  constructor(stream: MediaStream);
  constructor(tracks: MediaStreamTrack[]);
  // A rest parameter, so that `LocalMediaStream.length` is 0 like MediaStream's (WebIDL counts the shortest overload).
  constructor(...[streamOrTracks]: [] | [MediaStream | MediaStreamTrack[] | undefined]) {
    // `new MediaStream(undefined)` throws a TypeError: pass on only what was given.
    super(...((streamOrTracks === undefined ? [] : [streamOrTracks]) as [MediaStreamTrack[]]));
    for (const track of this.getTracks?.() ?? []) this.#watch(track);
  }

  /** True once the stream was stopped on request: `stop()` was called, or the page stopped its last live track. */
  get stopped(): boolean {
    return this.#stopCalled || this.#stoppedByPage;
  }

  /** Handler for the `ended` event, as `MediaStreamTrack.onended` is for a track's. */
  get onended(): ((this: LocalMediaStream, ev: Event) => unknown) | null {
    return this.#onended;
  }

  set onended(handler: ((this: LocalMediaStream, ev: Event) => unknown) | null) {
    if (this.#onended) this.removeEventListener('ended', this.#onended);
    this.#onended = typeof handler === 'function' ? handler : null;
    if (this.#onended) this.addEventListener('ended', this.#onended);
  }

  /** Stops every track. Idempotent. */
  stop(): void {
    if (this.#stopCalled) return;
    this.#stopCalled = true;
    for (const track of this.getTracks()) track.stop();
    this.#checkEnded();
  }

  override addTrack(track: MediaStreamTrack): void {
    super.addTrack(track);
    this.#watch(track);
    // After stop(), nothing this stream holds runs on: a track handed to it late is stopped too.
    if (this.#stopCalled) track.stop();
  }

  override removeTrack(track: MediaStreamTrack): void {
    super.removeTrack(track);
    if (this.getTracks().includes(track)) return;
    this.#unwatch.get(track)?.();
    this.#unwatch.delete(track);
    this.#checkEnded();
  }

  /** A new LocalMediaStream with clones of every track; stopping either leaves the other running. */
  override clone(): LocalMediaStream {
    return new LocalMediaStream(this.getTracks().map(track => track.clone()));
  }

  #watch(track: MediaStreamTrack): void {
    if (this.#unwatch.has(track)) return;
    track.addEventListener('ended', this.#onTrackEnded);
    const offStop = onTrackStop(track, (_, wasLive) => this.#checkEnded(wasLive));
    this.#unwatch.set(track, () => {
      offStop();
      track.removeEventListener('ended', this.#onTrackEnded);
    });
  }

  /** Fires `ended` once every track has ended; `byStop` when the last one ended by its own `stop()`. */
  #checkEnded(byStop = false): void {
    if (this.#endedFired) return;
    const tracks = this.getTracks();
    if (tracks.length === 0 || tracks.some(track => track.readyState !== 'ended')) return;
    this.#endedFired = true;
    if (byStop) this.#stoppedByPage = true;
    // Nothing is left to hear: unhook from the tracks, which can outlive this stream (Chromium holds what
    // getUserMedia resolved with for seconds), so that they don't keep it and its listeners alive.
    for (const unwatch of this.#unwatch.values()) unwatch();
    this.#unwatch.clear();
    this.dispatchEvent(new Event('ended'));
  }
}

export interface LocalMediaStream {
  addEventListener<K extends keyof LocalMediaStreamEventMap>(
    type: K,
    listener: (this: LocalMediaStream, ev: LocalMediaStreamEventMap[K]) => unknown,
    options?: boolean | AddEventListenerOptions,
  ): void;
  addEventListener(type: string, listener: EventListenerOrEventListenerObject, options?: boolean | AddEventListenerOptions): void;
  removeEventListener<K extends keyof LocalMediaStreamEventMap>(
    type: K,
    listener: (this: LocalMediaStream, ev: LocalMediaStreamEventMap[K]) => unknown,
    options?: boolean | EventListenerOptions,
  ): void;
  removeEventListener(type: string, listener: EventListenerOrEventListenerObject, options?: boolean | EventListenerOptions): void;
}
