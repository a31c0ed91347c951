/**
 * `local-media-elements/testing`: the media simulator, for the kit's users' own tests and stories. Not part of the
 * elements' bundle.
 */
export {
  installMediaSimulator,
  type CameraScene,
  type DeviceOutcome,
  type MediaSimulator,
  type MediaSimulatorOptions,
  type SimulatedAnswer,
  type SimulatedCall,
  type SimulatedCamera,
  type SimulatedCapture,
  type SimulatedMicrophone,
  type SimulatedOutcome,
} from './media-simulator.js';
export { COLOR_BARS } from './synthetic-video.js';
export { PTZ_CAMERA_CONTROLS, type SimulatedControls, type SimulatedRange } from './simulated-controls.js';
