import type { CaptureStrings } from '../base/capture-element.js';
import type { Dictionary } from '../core/localize.js';

/**
 * The texts of `<mic-meter>` in English: its accessible name and value text (`{db}` is the level in dB), and what
 * its status region announces.
 */
export const micMeterStrings = {
  label: 'Microphone level',
  level: '{db} dB',
  speaking: 'speaking',
  clipping: 'clipping',
  off: 'off',
  unavailable: 'microphone unavailable',
  requesting: 'Waiting for the microphone…',
  live: 'Microphone is on',
  stopped: 'Microphone is off',
  ended: 'The microphone was disconnected.',
  denied: 'Microphone access is blocked. To allow it, use the microphone icon in the address bar or the site settings.',
  'denied-firefox': 'Microphone access is blocked. To allow it, click the crossed-out microphone icon in the address bar, then allow the microphone.',
  'denied-safari': 'Microphone access is blocked. To allow it, open Safari › Settings for This Website and set Microphone to Allow.',
  'denied-system': 'Your system settings block this browser from using the microphone. Allow it in the system’s privacy settings, then reload the page.',
  'denied-system-macos': 'macOS blocks this browser from using the microphone. Allow it in System Settings › Privacy & Security › Microphone, then reload the page.',
  'denied-system-windows': 'Windows blocks this browser from using the microphone. Allow it in Settings › Privacy & security › Microphone, then reload the page.',
  'denied-policy': 'This page may not use the microphone where it is embedded: the site around it must allow it.',
  silent: 'The microphone seems muted: no sound is coming in. Check its mute switch and the system’s input volume.',
  'not-found': 'No microphone was found.',
  'in-use': 'The microphone is in use by another application.',
  overconstrained: 'No microphone matches the requested settings.',
  insecure: 'The microphone needs a secure (https) page.',
  unsupported: 'This browser cannot use the microphone.',
  unknown: 'The microphone could not be started.',
} satisfies CaptureStrings & Dictionary;

export type MicMeterStrings = typeof micMeterStrings;

declare module '../core/localize.js' {
  interface ElementStrings {
    'mic-meter': MicMeterStrings;
  }
}
