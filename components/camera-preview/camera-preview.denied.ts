import type { Dictionary } from '../core/localize.js';

/**
 * The texts of `<camera-preview>` in English that say how to allow access again for each browser and OS, and for who denied
 * it (core/denial.ts picks the key): a chunk of their own, loaded when the element first shows one.
 */
export const cameraPreviewDeniedStrings = {
  'denied-firefox': 'Camera access is blocked. To allow it, click the crossed-out camera icon in the address bar, then allow the camera.',
  'denied-safari': 'Camera access is blocked. To allow it, open Safari › Settings for This Website and set Camera to Allow.',
  'denied-system': 'Your system settings block this browser from using the camera. Allow it in the system’s privacy settings, then reload the page.',
  'denied-system-macos': 'macOS blocks this browser from using the camera. Allow it in System Settings › Privacy & Security › Camera, then reload the page.',
  'denied-system-windows': 'Windows blocks this browser from using the camera. Allow it in Settings › Privacy & security › Camera, then reload the page.',
  'denied-policy': 'This page may not use the camera where it is embedded: the site around it must allow it.',
} satisfies Dictionary;
