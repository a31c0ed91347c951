// The public types of every capture element: its events, its dictionary's keys, and typed event listeners.
import type { StateChangeDetail, StreamChangeDetail } from '../controllers/capture-controller.js';
import type { ErrorKind } from '../core/constants.js';
import type { LocalMediaError } from '../core/errors.js';
import type { Health } from '../core/health-threshold.js';

/** A processing attribute: `on`, `off`, or empty for the element's default. */
export type ProcessingSwitch = 'on' | 'off' | '';

/** Events every capture element dispatches (none bubble). */
export interface CaptureElementEventMap {
  statechange: CustomEvent<StateChangeDetail>;
  error: CustomEvent<LocalMediaError>;
  healthchange: CustomEvent<Health>;
  streamchange: CustomEvent<StreamChangeDetail>;
}

/**
 * The texts every capture element has in its dictionary: what its status region announces for each state (and
 * shows, where the element shows a state), and one per error kind.
 */
export type CaptureStrings = Record<'requesting' | 'live' | 'stopped' | 'ended' | Exclude<ErrorKind, 'aborted'>, string> &
  Partial<Record<keyof Health | DeniedKey, string>>;

/** The denied texts for who denied and for each browser and OS (core/denial.ts), in a chunk of their own. */
export type DeniedKey = 'denied-system' | 'denied-policy' | 'denied-firefox' | 'denied-safari' | 'denied-system-macos' | 'denied-system-windows';

/** `addEventListener` typed for the events of `M`, dispatched by `T`. */
export interface TypedAddEventListener<M, T> {
  <K extends keyof M>(type: K, listener: (this: T, ev: M[K]) => unknown, options?: boolean | AddEventListenerOptions): void;
  <K extends keyof HTMLElementEventMap>(type: K, listener: (this: T, ev: HTMLElementEventMap[K]) => unknown, options?: boolean | AddEventListenerOptions): void;
  (type: string, listener: EventListenerOrEventListenerObject, options?: boolean | AddEventListenerOptions): void;
}

/** `removeEventListener` typed for the events of `M`, dispatched by `T`. */
export interface TypedRemoveEventListener<M, T> {
  <K extends keyof M>(type: K, listener: (this: T, ev: M[K]) => unknown, options?: boolean | EventListenerOptions): void;
  <K extends keyof HTMLElementEventMap>(type: K, listener: (this: T, ev: HTMLElementEventMap[K]) => unknown, options?: boolean | EventListenerOptions): void;
  (type: string, listener: EventListenerOrEventListenerObject, options?: boolean | EventListenerOptions): void;
}
