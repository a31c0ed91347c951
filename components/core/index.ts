export { LocalMediaStream, type LocalMediaStreamEventMap } from './local-media-stream.js';
export { getLocalMedia, getLocalDisplayMedia, type LocalMediaOptions } from './get-local-media.js';
export { LocalMediaError, toLocalMediaError } from './errors.js';
export { CaptureState, ErrorKind, EventName, Attr, TagName, type PermissionValue } from './constants.js';
export { watchPermission, type DevicePermissionName } from './permissions.js';
export { cameraConstraints, microphoneConstraints, parseResolution, RESOLUTION_PRESETS } from './constraints.js';
export { leaseAudioContext, type AudioContextLease } from './audio-context.js';
export { meterStream, type LevelMeter, type LevelListener } from './level-meter.js';
export { listDevices, watchDevices, type DevicesListener } from './devices.js';
