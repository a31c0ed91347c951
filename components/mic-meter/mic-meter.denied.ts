import type { Dictionary } from '../core/localize.js';

/**
 * The texts of `<mic-meter>` in English that say how to allow access again for each browser and OS, and for who denied
 * it (core/denial.ts picks the key): a chunk of their own, loaded when the element first shows one.
 */
export const micMeterDeniedStrings = {
  'denied-firefox': 'Microphone access is blocked. To allow it, click the crossed-out microphone icon in the address bar, then allow the microphone.',
  'denied-safari': 'Microphone access is blocked. To allow it, open Safari › Settings for This Website and set Microphone to Allow.',
  'denied-system': 'Your system settings block this browser from using the microphone. Allow it in the system’s privacy settings, then reload the page.',
  'denied-system-macos': 'macOS blocks this browser from using the microphone. Allow it in System Settings › Privacy & Security › Microphone, then reload the page.',
  'denied-system-windows': 'Windows blocks this browser from using the microphone. Allow it in Settings › Privacy & security › Microphone, then reload the page.',
  'denied-policy': 'This page may not use the microphone where it is embedded: the site around it must allow it.',
} satisfies Dictionary;
