import type { Dictionary } from '../core/localize.js';

/**
 * The texts of `<screen-preview>` in English that say how to allow access again for each browser and OS, and for who denied
 * it (core/denial.ts picks the key): a chunk of their own, loaded when the element first shows one.
 */
export const screenPreviewDeniedStrings = {
  'denied-system': 'Your system settings block this browser from recording the screen. Allow it in the system’s privacy settings, then reload the page.',
  'denied-system-macos': 'macOS blocks this browser from recording the screen. Allow it in System Settings › Privacy & Security › Screen & System Audio Recording, then reload the page.',
  'denied-policy': 'This page may not share the screen where it is embedded: the site around it must allow it.',
} satisfies Dictionary;
