/** The shapes of camera effects, shared by the element's controller (types only) and the lazy effect code. */

/** `none`, `blur` (the background blurred, the person sharp) or `background` (the background replaced). */
export type EffectName = 'none' | 'blur' | 'background';

/** `loading` (the raw picture shows meanwhile), `on`, or `error` (the raw picture shows; see the console). */
export type EffectState = 'loading' | 'on' | 'error';

/**
 * An app's own effect for `<camera-preview>`'s `processor` property. `start()` gets a live video track of the
 * camera (a clone: the processor may stop it) and returns the processed video track, or a promise of it; the
 * element shows that track and hands it out as `stream`. `stop()` is called when the effect is turned off or
 * changed, the camera changes, or the element stops: release everything there (the element also stops the track
 * `start()` returned, and the clone it gave).
 */
export interface EffectProcessor {
  start(track: MediaStreamTrack): MediaStreamTrack | Promise<MediaStreamTrack>;
  stop(): void;
}

/** What the built-in effects are told: which one, and its parameters. */
export interface BuiltInEffect {
  effect: 'blur' | 'background';
  /** Blur radius in pixels of the camera's frames. */
  blurRadius: number;
  /** For `background`: the decoded image, cover-fitted to the frame. */
  background?: ImageBitmap;
}

/** The messages the page sends to the effect worker. */
export type ToWorker =
  | { type: 'start'; assets: string; readable?: ReadableStream<VideoFrame>; writable?: WritableStream<VideoFrame> }
  | ({ type: 'settings' } & BuiltInEffect)
  | { type: 'frame'; frame: VideoFrame }
  | { type: 'stop' };

/** The messages the effect worker sends back. */
export type FromWorker =
  | { type: 'ready'; inferenceMs: number }
  | { type: 'error'; message: string }
  | { type: 'frame'; bitmap: ImageBitmap | null };
