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

/** The states of `<media-recorder>`, as MediaRecorder names them. */
export const RecorderState = {
  Inactive: 'inactive',
  Recording: 'recording',
  Paused: 'paused',
} as const;
export type RecorderState = (typeof RecorderState)[keyof typeof RecorderState];

export type PermissionValue = 'prompt' | 'granted' | 'denied';

/** Who denied access (`LocalMediaError.deniedBy`, the `denied-by` attribute): see core/denial.ts. */
export const DeniedBy = {
  User: 'user',
  System: 'system',
  Policy: 'policy',
} as const;
export type DeniedBy = (typeof DeniedBy)[keyof typeof DeniedBy];

export const Attr = {
  State: 'state',
  Error: 'error',
  Permission: 'permission',
  Interrupted: 'interrupted',
  Silent: 'silent',
  Dark: 'dark',
  Frozen: 'frozen',
  DeniedBy: 'denied-by',
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
  Renderer: 'renderer',
  MinDb: 'min-db',
  MaxDb: 'max-db',
  Kind: 'kind',
  For: 'for',
  Remember: 'remember',
  Surface: 'surface',
  MimeType: 'mime-type',
  Timeslice: 'timeslice',
  MaxDuration: 'max-duration',
  Persist: 'persist',
  Pressed: 'pressed',
  BrowserControl: 'browser-control',
} as const;

export const EventName = {
  StateChange: 'statechange',
  Error: 'error',
  Ended: 'ended',
  SpeakingChange: 'speakingchange',
  HealthChange: 'healthchange',
  StreamChange: 'streamchange',
  Change: 'change',
  DataAvailable: 'dataavailable',
  RecordingStop: 'recordingstop',
  Recovered: 'recovered',
  CapabilitiesChange: 'capabilitieschange',
} as const;

export const TagName = {
  CameraPreview: 'camera-preview',
  MicMeter: 'mic-meter',
  DeviceSelect: 'device-select',
  ScreenPreview: 'screen-preview',
  MediaRecorder: 'media-recorder',
  MediaToggle: 'media-toggle',
  CameraControls: 'camera-controls',
  DeviceCheck: 'device-check',
} as const;
