import type { PreviewStrings } from '../base/preview.js';
import type { Dictionary } from '../core/localize.js';

/** The texts of `<camera-preview>` in English: what it shows and what its status region announces. */
export const cameraPreviewStrings = {
  'video-label': 'Camera preview',
  requesting: 'Waiting for the camera…',
  live: 'Camera is on',
  stopped: 'Camera is off',
  ended: 'The camera was disconnected.',
  denied: 'Camera access is blocked. To allow it, use the camera icon in the address bar or the site settings.',
  'denied-firefox': 'Camera access is blocked. To allow it, click the crossed-out camera icon in the address bar, then allow the camera.',
  'denied-safari': 'Camera access is blocked. To allow it, open Safari › Settings for This Website and set Camera to Allow.',
  'denied-system': 'Your system settings block this browser from using the camera. Allow it in the system’s privacy settings, then reload the page.',
  'denied-system-macos': 'macOS blocks this browser from using the camera. Allow it in System Settings › Privacy & Security › Camera, then reload the page.',
  'denied-system-windows': 'Windows blocks this browser from using the camera. Allow it in Settings › Privacy & security › Camera, then reload the page.',
  'denied-policy': 'This page may not use the camera where it is embedded: the site around it must allow it.',
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

export type CameraPreviewStrings = typeof cameraPreviewStrings;

declare module '../core/localize.js' {
  interface ElementStrings {
    'camera-preview': CameraPreviewStrings;
  }
}
