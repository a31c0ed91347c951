import type { PreviewStrings } from '../base/preview.js';
import { lazy } from '../core/lazy.js';
import type { Dictionary } from '../core/localize.js';
import type { cameraPreviewDeniedStrings } from './camera-preview.denied.js';

/** The texts of `<camera-preview>` in English: what it shows and what its status region announces. */
export const cameraPreviewStrings = {
  'video-label': 'Camera preview',
  requesting: 'Waiting for the camera…',
  live: 'Camera is on',
  stopped: 'Camera is off',
  ended: 'The camera was disconnected.',
  denied: 'Camera access is blocked. To allow it, use the camera icon in the address bar or the site settings.',
  silent: 'The microphone seems muted: no sound is coming in.',
  dark: 'The picture is black: is the lens covered or the privacy shutter closed?',
  frozen: 'The camera has stopped sending pictures: is another application using it?',
  'not-found': 'No camera was found.',
  'in-use': 'The camera is in use by another application.',
  overconstrained: 'No camera matches the requested settings.',
  insecure: 'The camera needs a secure (https) page.',
  unsupported: 'This browser cannot show the camera.',
  unknown: 'The camera could not be started.',
  'photo-required': 'Take a photo.',
} satisfies PreviewStrings & Dictionary;

/** The denied steps for each browser and OS and for who denied (camera-preview.denied.ts): a chunk loaded when first shown. */
export const cameraPreviewDenied = lazy(() => import('./camera-preview.denied.js').then(module => module.cameraPreviewDeniedStrings));

export type CameraPreviewStrings = typeof cameraPreviewStrings & typeof cameraPreviewDeniedStrings;

declare module '../core/localize.js' {
  interface ElementStrings {
    'camera-preview': CameraPreviewStrings;
  }
}
