/** Turns `<screen-preview>`'s attributes into getDisplayMedia options. */
import type { InvalidValueHandler } from './constraints.js';

/** What the user is offered first in the browser's picker: a whole screen, a window or a browser tab. */
export type DisplaySurface = 'monitor' | 'window' | 'browser';

export const DISPLAY_SURFACES: readonly DisplaySurface[] = ['monitor', 'window', 'browser'];

export interface DisplayOptions {
  /** Also ask for the audio of what is shared (a tab's sound, or the system's where the browser offers it). */
  audio?: boolean;
  /** A preference for the picker; the user still chooses. */
  surface?: string | null;
  /** Merged last into the video constraints. */
  constraints?: MediaTrackConstraints | null;
}

/** getDisplayMedia options: the surface is a preference (browsers without it show their usual picker). */
export function displayMediaOptions(options: DisplayOptions, onInvalid: InvalidValueHandler = () => {}): DisplayMediaStreamOptions {
  const video: MediaTrackConstraints & { displaySurface?: DisplaySurface } = {};
  const surface = options.surface?.trim();
  if (surface && (DISPLAY_SURFACES as readonly string[]).includes(surface)) video.displaySurface = surface as DisplaySurface;
  else if (surface) onInvalid('surface', options.surface, "the browser's own choice");
  const merged = { ...video, ...options.constraints };
  return { video: Object.keys(merged).length > 0 ? merged : true, audio: options.audio === true };
}

/** Whether this browser can capture the screen at all (mobile browsers and insecure pages can't). */
export function displayCaptureSupported(): boolean {
  return typeof globalThis.navigator?.mediaDevices?.getDisplayMedia === 'function';
}
