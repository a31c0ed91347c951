import type { PreviewStrings } from '../base/preview.js';
import type { Dictionary } from '../core/localize.js';

/** The texts of `<screen-preview>` in English: what it shows and what its status region announces. */
export const screenPreviewStrings = {
  'video-label': 'Shared screen',
  start: 'Share your screen',
  'start-again': 'Share again',
  retry: 'Try again',
  requesting: 'Choose what to share…',
  live: 'You are sharing your screen',
  stopped: 'Screen sharing stopped.',
  ended: 'Screen sharing stopped.',
  denied: 'Screen sharing was cancelled or blocked.',
  'denied-system': 'Your system settings block this browser from recording the screen. Allow it in the system’s privacy settings, then reload the page.',
  'denied-system-macos': 'macOS blocks this browser from recording the screen. Allow it in System Settings › Privacy & Security › Screen & System Audio Recording, then reload the page.',
  'denied-policy': 'This page may not share the screen where it is embedded: the site around it must allow it.',
  'not-found': 'There is nothing to share.',
  'in-use': 'The screen could not be captured.',
  overconstrained: 'What was chosen cannot be shared with the requested settings.',
  insecure: 'Screen sharing needs a secure (https) page.',
  unsupported: 'This browser cannot share the screen.',
  unknown: 'Screen sharing could not start.',
} satisfies PreviewStrings & Dictionary;

export type ScreenPreviewStrings = typeof screenPreviewStrings;

declare module '../core/localize.js' {
  interface ElementStrings {
    'screen-preview': ScreenPreviewStrings;
  }
}
