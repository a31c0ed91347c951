export { LocalMediaStream, type LocalMediaStreamEventMap } from './local-media-stream.js';
export { getLocalMedia, getLocalDisplayMedia, type LocalMediaOptions } from './get-local-media.js';
export { getSharedMedia } from './shared-media.js';
export { LocalMediaError, toLocalMediaError } from './errors.js';
export { CaptureState, DeniedBy, ErrorKind, EventName, Attr, TagName, RecorderState, type PermissionValue } from './constants.js';
export { HealthThreshold, setHealthTimings, type Health, type HealthTimings } from './health-threshold.js';
export { deniedBy } from './denied-by.js';
export { watchPermission, type DevicePermissionName } from './permissions.js';
export { cameraConstraints, microphoneConstraints, parseResolution, RESOLUTION_PRESETS } from './constraints.js';
export { leaseAudioContext, type AudioContextLease } from './audio-context.js';
export { meterStream, type LevelMeter, type LevelListener } from './level-meter.js';
export { listDevices, watchDevices, type DevicesListener } from './devices.js';
export { displayMediaOptions, displayCaptureSupported, DISPLAY_SURFACES, type DisplaySurface, type DisplayOptions } from './display.js';
export { negotiateMimeType, extensionFor, formatDuration, RecordingClock, RECORDING_TYPES } from './recording.js';
export {
  capabilitiesOf,
  supportedControls,
  type CameraCapabilities,
  type CameraControl,
  type CameraControlName,
  type CameraSettings,
  type ControlRange,
} from './camera-capabilities.js';
export { processingOf, PROCESSING_ATTRIBUTES, type AudioProcessing, type ProcessingName } from './processing.js';
export { registerStrings, langOf, type ElementStrings, type StringsByElement, type Dictionary } from './localize.js';
export { setEffectAssets } from './effects/assets-url.js';
export type { EffectName, EffectProcessor, EffectState } from './effects/effect-types.js';
