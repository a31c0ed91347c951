import { CaptureState, type PermissionValue } from './constants.js';
import type { LocalMediaError } from './errors.js';
import type { CaptureChange, CaptureChangeDetail } from './capture-session-types.js';

/**
 * What a capture shows of itself, and the `change` event for each change of it: `state` (with the `error` behind
 * `state === 'error'`), `interrupted` and `permission`. {@link CaptureSession} drives it.
 */
export abstract class CaptureStateTarget extends EventTarget {
  #state: CaptureState = CaptureState.Idle;
  #error: LocalMediaError | undefined;
  #interrupted = false;
  #permission: PermissionValue | undefined;

  get state(): CaptureState {
    return this.#state;
  }

  /** The failure behind `state === 'error'`. */
  get error(): LocalMediaError | undefined {
    return this.#error;
  }

  /** True while the source has muted a track (e.g. the OS took the camera away). */
  get interrupted(): boolean {
    return this.#interrupted;
  }

  /** The Permissions API's answer for this capture's devices; undefined where the browser can't tell. */
  get permission(): PermissionValue | undefined {
    return this.#permission;
  }

  protected fail(error: LocalMediaError): void {
    this.#error = error;
    this.setState(CaptureState.Error);
    this.emit('error');
  }

  protected setState(state: CaptureState): void {
    const previous = this.#state;
    if (state !== CaptureState.Error) this.#error = undefined;
    if (state === previous && state !== CaptureState.Error) return;
    this.#state = state;
    this.emit('state', { previous });
  }

  protected setInterrupted(value: boolean): void {
    if (value === this.#interrupted) return;
    this.#interrupted = value;
    this.emit('interrupted');
  }

  /** Returns whether it changed. */
  protected setPermission(value: PermissionValue | undefined): boolean {
    if (value === this.#permission) return false;
    this.#permission = value;
    this.emit('permission');
    return true;
  }

  protected emit(what: CaptureChange, extra: Partial<CaptureChangeDetail> = {}): void {
    const detail: CaptureChangeDetail = { what, state: this.#state, previous: this.#state, ...(this.#error ? { error: this.#error } : {}), ...extra };
    this.dispatchEvent(new CustomEvent('change', { detail }));
  }
}

export interface CaptureStateTarget {
  addEventListener(type: 'change', listener: (ev: CustomEvent<CaptureChangeDetail>) => void, options?: boolean | AddEventListenerOptions): void;
  addEventListener(type: string, listener: EventListenerOrEventListenerObject, options?: boolean | AddEventListenerOptions): void;
  removeEventListener(type: 'change', listener: (ev: CustomEvent<CaptureChangeDetail>) => void, options?: boolean | EventListenerOptions): void;
  removeEventListener(type: string, listener: EventListenerOrEventListenerObject, options?: boolean | EventListenerOptions): void;
}
