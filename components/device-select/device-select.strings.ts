/**
 * The texts of `<device-select>` in English, by `kind`: the label, an option for a device whose name the browser
 * hides (`{n}` is its number), the option shown when there is none, and the hint while names are hidden.
 */
export const deviceSelectStrings = {
  videoinput: 'Camera',
  'videoinput-numbered': 'Camera {n}',
  'videoinput-none': 'No camera found',
  'videoinput-hint': 'Names appear once camera access is allowed.',
  audioinput: 'Microphone',
  'audioinput-numbered': 'Microphone {n}',
  'audioinput-none': 'No microphone found',
  'audioinput-hint': 'Names appear once microphone access is allowed.',
  audiooutput: 'Speaker',
  'audiooutput-numbered': 'Speaker {n}',
  'audiooutput-none': 'No speaker found',
  'audiooutput-hint': 'Names appear once speaker access is allowed.',
};

export type DeviceSelectStrings = typeof deviceSelectStrings;

declare module '../core/localize.js' {
  interface ElementStrings {
    'device-select': DeviceSelectStrings;
  }
}
