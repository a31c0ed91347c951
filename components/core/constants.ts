/**
 * Every state, error kind, attribute and event name of the kit, in one place: elements, tests and stories
 * import them from here instead of repeating string literals.
 */

export const CaptureState = {
  Idle: 'idle',
  Requesting: 'requesting',
  Live: 'live',
  Stopped: 'stopped',
  Ended: 'ended',
  Error: 'error',
} as const;
export type CaptureState = (typeof CaptureState)[keyof typeof CaptureState];

export const ErrorKind = {
  Denied: 'denied',
  NotFound: 'not-found',
  InUse: 'in-use',
  Overconstrained: 'overconstrained',
  Insecure: 'insecure',
  Unsupported: 'unsupported',
  Aborted: 'aborted',
  Unknown: 'unknown',
} as const;
export type ErrorKind = (typeof ErrorKind)[keyof typeof ErrorKind];

export type PermissionValue = 'prompt' | 'granted' | 'denied';

export const Attr = {
  State: 'state',
  Error: 'error',
  Permission: 'permission',
  Interrupted: 'interrupted',
  Muted: 'muted',
  DeviceId: 'device-id',
  Manual: 'manual',
  Reconnect: 'reconnect',
  Retry: 'retry',
  FacingMode: 'facing-mode',
  Resolution: 'resolution',
  FrameRate: 'frame-rate',
  Mirror: 'mirror',
  Mirrored: 'mirrored',
  Audio: 'audio',
  Speaking: 'speaking',
  Clipping: 'clipping',
  Suspended: 'suspended',
  SpeakingThreshold: 'speaking-threshold',
  Orientation: 'orientation',
  Segments: 'segments',
  MinDb: 'min-db',
  MaxDb: 'max-db',
  Kind: 'kind',
  For: 'for',
  Remember: 'remember',
} as const;

export const EventName = {
  StateChange: 'statechange',
  Error: 'error',
  Ended: 'ended',
  SpeakingChange: 'speakingchange',
  Change: 'change',
} as const;

export const TagName = {
  CameraPreview: 'camera-preview',
  MicMeter: 'mic-meter',
  DeviceSelect: 'device-select',
} as const;
