import type { PreviewStrings } from '../base/preview.js';
import { lazy } from '../core/lazy.js';
import type { Dictionary } from '../core/localize.js';
import type { screenPreviewDeniedStrings } from './screen-preview.denied.js';

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
  'not-found': 'There is nothing to share.',
  'in-use': 'The screen could not be captured.',
  overconstrained: 'What was chosen cannot be shared with the requested settings.',
  insecure: 'Screen sharing needs a secure (https) page.',
  unsupported: 'This browser cannot share the screen.',
  unknown: 'Screen sharing could not start.',
} satisfies PreviewStrings & Dictionary;

/** The denied steps for each browser and OS and for who denied (screen-preview.denied.ts): a chunk loaded when first shown. */
export const screenPreviewDenied = lazy(() => import('./screen-preview.denied.js').then(module => module.screenPreviewDeniedStrings));

export type ScreenPreviewStrings = typeof screenPreviewStrings & typeof screenPreviewDeniedStrings;

declare module '../core/localize.js' {
  interface ElementStrings {
    'screen-preview': ScreenPreviewStrings;
  }
}
