import type { PreviewStrings } from '../base/preview-element.js';
import type { Dictionary } from '../core/localize.js';

/** The texts of `<camera-preview>` in English: what it shows and what its status region announces. */
export const cameraPreviewStrings = {
  'video-label': 'Camera preview',
  requesting: 'Waiting for the camera…',
  live: 'Camera is on',
  stopped: 'Camera is off',
  ended: 'The camera was disconnected.',
  denied: 'Camera access is blocked. To allow it, use the camera icon in the address bar or the site settings.',
  'not-found': 'No camera was found.',
  'in-use': 'The camera is in use by another application.',
  overconstrained: 'No camera matches the requested settings.',
  insecure: 'The camera needs a secure (https) page.',
  unsupported: 'This browser cannot show the camera.',
  unknown: 'The camera could not be started.',
} satisfies PreviewStrings & Dictionary;

export type CameraPreviewStrings = typeof cameraPreviewStrings;

declare module '../core/localize.js' {
  interface ElementStrings {
    'camera-preview': CameraPreviewStrings;
  }
}
