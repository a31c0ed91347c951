export interface LocalMediaStreamEventMap extends MediaStreamEventMap {
  /** Every track has ended, by `stop()` or by the source. Fired once. */
  ended: Event;
}

// Node (server-side rendering, test runners) has no MediaStream: an inert base keeps this module importable there.
const MediaStreamBase: typeof MediaStream = globalThis.MediaStream ?? (class {} as unknown as typeof MediaStream);

/**
 * The MediaStream that `getLocalMedia()` resolves with: a real MediaStream (usable as a `<video>`'s `srcObject`,
 * by MediaRecorder, WebRTC or Web Audio) that knows how to end itself.
 *
 * - `stop()` stops every track; calling it again does nothing.
 * - `ended` fires once when every track has ended, whether by `stop()` or by the source (device unplugged,
 *   permission revoked, the browser's "stop sharing" button). A track's own `ended` event is not fired by
 *   `MediaStreamTrack.stop()`, which is why the stream fires one of its own.
 */
export class LocalMediaStream extends MediaStreamBase {
  #stopped = false;
  #endedFired = false;
  readonly #onTrackEnded = () => this.#checkEnded();

  constructor(tracks: MediaStreamTrack[] = []) {
    super(tracks);
    for (const track of tracks) track.addEventListener('ended', this.#onTrackEnded);
  }

  /** True once `stop()` has been called. */
  get stopped(): boolean {
    return this.#stopped;
  }

  /** Stops every track. Idempotent. */
  stop(): void {
    if (this.#stopped) return;
    this.#stopped = true;
    for (const track of this.getTracks()) track.stop();
    this.#checkEnded();
  }

  override addTrack(track: MediaStreamTrack): void {
    super.addTrack(track);
    track.addEventListener('ended', this.#onTrackEnded);
    if (this.#stopped) track.stop();
  }

  override removeTrack(track: MediaStreamTrack): void {
    super.removeTrack(track);
    track.removeEventListener('ended', this.#onTrackEnded);
  }

  /** A new LocalMediaStream with clones of every track; stopping either leaves the other running. */
  override clone(): LocalMediaStream {
    return new LocalMediaStream(this.getTracks().map(track => track.clone()));
  }

  #checkEnded(): void {
    if (this.#endedFired) return;
    const tracks = this.getTracks();
    if (tracks.length === 0 || tracks.some(track => track.readyState !== 'ended')) return;
    this.#endedFired = true;
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
