import type { CaptureStrings } from '../base/capture-element.js';
import { lazy } from '../core/lazy.js';
import type { Dictionary } from '../core/localize.js';
import type { micMeterDeniedStrings } from './mic-meter.denied.js';

/**
 * The texts of `<mic-meter>` in English: its accessible name and value text (`{db}` is the level in dB), and what
 * its status region announces.
 */
export const micMeterStrings = {
  label: 'Microphone level',
  level: '{db} dB',
  speaking: 'speaking',
  clipping: 'clipping',
  'suspended-hint': 'Click anywhere to see your level',
  off: 'off',
  unavailable: 'microphone unavailable',
  requesting: 'Waiting for the microphone…',
  live: 'Microphone is on',
  stopped: 'Microphone is off',
  ended: 'The microphone was disconnected.',
  denied: 'Microphone access is blocked. To allow it, use the microphone icon in the address bar or the site settings.',
  silent: 'The microphone seems muted: no sound is coming in. Check its mute switch and the system’s input volume.',
  'not-found': 'No microphone was found.',
  'in-use': 'The microphone is in use by another application.',
  overconstrained: 'No microphone matches the requested settings.',
  insecure: 'The microphone needs a secure (https) page.',
  unsupported: 'This browser cannot use the microphone.',
  unknown: 'The microphone could not be started.',
} satisfies CaptureStrings & Dictionary;

/** The denied steps for each browser and OS and for who denied (mic-meter.denied.ts): a chunk loaded when first shown. */
export const micMeterDenied = lazy(() => import('./mic-meter.denied.js').then(module => module.micMeterDeniedStrings));

export type MicMeterStrings = typeof micMeterStrings & typeof micMeterDeniedStrings;

declare module '../core/localize.js' {
  interface ElementStrings {
    'mic-meter': MicMeterStrings;
  }
}
