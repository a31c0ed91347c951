import type { Dictionary } from '../core/localize.js';

/**
 * The texts of `<device-check>` in English: its controls, the notes beside them, and the status line that says
 * what to do next (`status-<reason>`; `{s}` is a number of seconds). Its inner elements keep their own
 * dictionaries.
 */
export const deviceCheckStrings = {
  'camera-off': 'Turn camera off',
  'microphone-off': 'Mute microphone',
  'no-camera': 'No camera was found.',
  'no-microphone': 'No microphone was found.',
  'speaker-test': 'Play a test sound',
  'speaker-playing': 'Playing a test sound…',
  'speaker-default':
    "This browser plays sound through your system's default output: to use other speakers or headphones, choose them in your system's sound settings.",
  'microphone-test': 'Test your microphone',
  'microphone-recording': 'Say something… {s}',
  'microphone-playback': 'Playing back what you said…',
  'microphone-test-failed': 'This browser could not record and play back your microphone for the test.',
  'microphone-test-hint': 'Records a few seconds and plays them back through your speakers.',
  'status-permission': 'Your browser is asking for the camera and microphone: choose Allow.',
  'status-starting': 'Checking your devices…',
  'status-ready': 'Your devices are ready. Play the test sound and test your microphone, then continue.',
  'status-camera-denied': 'Camera access is blocked. Allow it with the camera icon in the address bar or in the site settings; the check goes on by itself.',
  'status-camera-denied-system': "Your computer's privacy settings block the browser from the camera. Allow the browser in the system's camera settings, then reload the page.",
  'status-camera-denied-policy': 'This page is not allowed to use the camera. Ask the site owner.',
  'status-microphone-denied': 'Microphone access is blocked. Allow it with the microphone icon in the address bar or in the site settings; the check goes on by itself.',
  'status-microphone-denied-system': "Your computer's privacy settings block the browser from the microphone. Allow the browser in the system's microphone settings, then reload the page.",
  'status-microphone-denied-policy': 'This page is not allowed to use the microphone. Ask the site owner.',
  'status-camera-not-found': 'No camera was found. Connect one, or continue without video.',
  'status-microphone-not-found': 'No microphone was found. Connect one, or continue without sound.',
  'status-camera-in-use': 'Another application is using the camera. Close it, or choose another camera.',
  'status-microphone-in-use': 'Another application is using the microphone. Close it, or choose another microphone.',
  'status-camera-ended': 'The camera was disconnected. Connect it again, or choose another camera.',
  'status-microphone-ended': 'The microphone was disconnected. Connect it again, or choose another microphone.',
  'status-camera-dark': 'Your picture is dark: is the camera covered, or its privacy shutter closed?',
  'status-camera-frozen': 'Your picture does not move. Choose another camera, or reconnect this one.',
  'status-microphone-silent': 'Your microphone sends no sound: check that it is not muted on the device or in the system settings, or choose another one.',
  'status-camera-stopped': 'The camera was turned off. Reload the page to check it again.',
  'status-microphone-stopped': 'The microphone was turned off. Reload the page to check it again.',
  'status-camera-failed': 'The camera could not be started. Choose another camera, or reload the page.',
  'status-microphone-failed': 'The microphone could not be started. Choose another microphone, or reload the page.',
} satisfies Dictionary;

export type DeviceCheckStrings = typeof deviceCheckStrings;

declare module '../core/localize.js' {
  interface ElementStrings {
    'device-check': DeviceCheckStrings;
  }
}
