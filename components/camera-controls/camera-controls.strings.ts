/** The texts of `<camera-controls>` in English: the group's name and each control's label. */
export const cameraControlsStrings = {
  label: 'Camera controls',
  zoom: 'Zoom',
  pan: 'Pan',
  tilt: 'Tilt',
  torch: 'Torch',
  focus: 'Focus distance',
  'focus-auto': 'Autofocus',
  exposure: 'Exposure',
  'exposure-auto': 'Auto exposure',
  'white-balance': 'White balance',
  'white-balance-auto': 'Auto white balance',
};

export type CameraControlsStrings = typeof cameraControlsStrings;

declare module '../core/localize.js' {
  interface ElementStrings {
    'camera-controls': CameraControlsStrings;
  }
}
