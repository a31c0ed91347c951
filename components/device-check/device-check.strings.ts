import { cameraPreviewDenied, cameraPreviewStrings } from '../camera-preview/camera-preview.strings.js';
import { whenLoaded } from '../core/lazy.js';
import { registeredText, type Dictionary } from '../core/localize.js';
import { micMeterDenied, micMeterStrings } from '../mic-meter/mic-meter.strings.js';

/**
 * The texts of `<device-check>` in English: its controls, the notes beside them, and the status line that says
 * what to do next (`status-<reason>`; `{s}` is a number of seconds). A device's error (blocked, not found, in use,
 * disconnected) is said in the words of the element that shows it: `<camera-preview>`'s or `<mic-meter>`'s (for
 * `denied-system`, `denied-policy`: theirs, or else their `denied`).
 */
export const deviceCheckStrings = {
  'camera-off': 'Turn camera off',
  'microphone-off': 'Mute microphone',
  'camera-is-off': 'Your camera is off',
  'camera-unavailable': 'Not available until the camera works.',
  'microphone-unavailable': 'Not available until the microphone works.',
  'meter-label': 'Input level',
  'effect-label': 'Background',
  'effect-none': 'As it is',
  'effect-blur': 'Blurred',
  'effect-background': 'Image',
  'speaker-test': 'Play a test sound',
  'speaker-playing': 'Playing a test sound…',
  'speaker-default': "This browser plays sound through the system's default output.",
  'microphone-test': 'Test your microphone',
  'microphone-recording': 'Say something… {s}',
  'microphone-playback': 'Playing it back…',
  'microphone-test-failed': 'This browser could not record and play back the test.',
  'status-permission': 'Your browser asks for access: choose Allow.',
  'status-starting': 'Checking your devices…',
  'status-ready': 'Your devices are ready. Test the sound, then continue.',
  'status-camera-dark': 'Your picture is dark: is the camera covered?',
  'status-camera-frozen': 'Your picture is frozen: choose another camera.',
  'status-microphone-silent': 'Your microphone sends no sound: is it muted in the system?',
} satisfies Dictionary;

export type DeviceCheckStrings = typeof deviceCheckStrings;

declare module '../core/localize.js' {
  interface ElementStrings {
    'device-check': DeviceCheckStrings;
  }
}

/** A text of the inner `<camera-preview>` or `<mic-meter>` in `lang`; for `denied-system` (or `-policy`), else `denied`. */
export function innerWords(kind: 'camera' | 'microphone', key: string, lang: string): string {
  const [tag, main, denied] = kind === 'camera' ? ['camera-preview', cameraPreviewStrings, cameraPreviewDenied] as const : ['mic-meter', micMeterStrings, micMeterDenied] as const;
  const english: Dictionary = { ...main, ...denied.value };
  const base = key.replace(/-(system|policy)$/, '');
  return registeredText(tag, lang, key) ?? english[key] ?? registeredText(tag, lang, base) ?? english[base] ?? english.unknown!;
}

/** The pending load of the inner elements' denied texts, when `reason` needs them (`camera-denied-system`). */
export function innerWordsLoading(reason: string | undefined): Promise<unknown> | undefined {
  return reason?.includes('-denied') ? whenLoaded(cameraPreviewDenied.pending(), micMeterDenied.pending()) : undefined;
}

/**
 * What to do next, for `reason` (ready when none): the text for the reason (`status-camera-dark`), else the words of
 * the element that shows the problem (`<camera-preview>`'s `denied`, `<mic-meter>`'s `not-found`...).
 */
export function statusWords(reason: string | undefined, t: (key: keyof DeviceCheckStrings) => string, lang: string): string {
  const key = `status-${reason ?? 'ready'}`;
  if (key in deviceCheckStrings) return t(key as keyof DeviceCheckStrings);
  const [kind, problem] = reason!.split(/-(.*)/) as ['camera' | 'microphone', string];
  return innerWords(kind, problem, lang);
}
