import type { CaptureState } from './constants.js';
import type { LocalMediaError } from './errors.js';
import type { LocalMediaStream } from './local-media-stream.js';
import type { DevicePermissionName } from './permissions.js';

/**
 * What a `change` event of a {@link CaptureSession} is about. `stream`: the stream was replaced (by a new one, or
 * by null when released), once per replacement; `settings`: a live change took, on the same tracks.
 */
export type CaptureChange = 'state' | 'stream' | 'error' | 'permission' | 'interrupted' | 'settings';

export interface CaptureChangeDetail {
  what: CaptureChange;
  state: CaptureState;
  /** For `state`: the state before. */
  previous: CaptureState;
  error?: LocalMediaError;
  /** For `stream`: the stream it replaced (ended by now), or null. */
  previousStream?: LocalMediaStream | null;
}

export interface CaptureSessionOptions {
  /** `user` for getUserMedia, `display` for getDisplayMedia. */
  source?: 'user' | 'display';
  /** The constraints of the next request, read at every start and compared at every {@link CaptureSession.update}. */
  constraints: () => MediaStreamConstraints;
  /** The permissions that govern this capture. */
  permissions: () => readonly DevicePermissionName[];
  /** Whether to start on {@link CaptureSession.connect} (false for `manual`). */
  autoStart: () => boolean;
  /** Whether to capture again when a device of the lost kind comes back after the source ended. */
  reconnect?: () => boolean;
  /** How many times to retry, with backoff, a device that is `in-use`. */
  retries?: () => number;
  /** Whether changed constraints restart a live capture (default true; a screen capture needs a new gesture). */
  restartOnChange?: boolean;
  /** Awaited before each request reads the constraints (an element: its pending update). */
  settle?: () => Promise<unknown>;
  /**
   * Awaited, when it returns a promise, between a request's failure and the `error` state: an element loads what it
   * shows for that error (the denied steps) so that its first render in that state has it.
   */
  failing?: (error: LocalMediaError) => Promise<unknown> | undefined;
}
