/** Turns the elements' attributes into getUserMedia constraints, reporting each invalid value and its fallback. */

export type InvalidValueHandler = (attribute: string, value: unknown, fallback: string) => void;

export type FacingMode = 'user' | 'environment';

export const RESOLUTION_PRESETS: Readonly<Record<string, readonly [number, number]>> = {
  '480p': [640, 480],
  '720p': [1280, 720],
  '1080p': [1920, 1080],
  '4k': [3840, 2160],
};

/** `WIDTHxHEIGHT` or a preset name; `undefined` for an empty or invalid value. */
export function parseResolution(value: string | null | undefined): { width: number; height: number } | undefined {
  if (!value) return undefined;
  const text = value.trim().toLowerCase();
  const preset = RESOLUTION_PRESETS[text];
  if (preset) return { width: preset[0], height: preset[1] };
  const match = /^(\d{1,5})\s*x\s*(\d{1,5})$/.exec(text);
  if (!match) return undefined;
  const width = Number(match[1]);
  const height = Number(match[2]);
  return width > 0 && height > 0 ? { width, height } : undefined;
}

export interface CameraOptions {
  deviceId?: string | null;
  facingMode?: string | null;
  resolution?: string | null;
  frameRate?: number | string | null;
  audio?: boolean;
  /** Merged last, over everything derived from the attributes. */
  constraints?: MediaTrackConstraints | null;
}

const noop: InvalidValueHandler = () => {};

function deviceConstraint(deviceId: string | null | undefined): MediaTrackConstraints {
  return deviceId ? { deviceId: { exact: deviceId } } : {};
}

/** Camera constraints: sizes and frame rate are ideals, never exact, so any camera can satisfy them. */
export function cameraConstraints(options: CameraOptions, onInvalid: InvalidValueHandler = noop): MediaStreamConstraints {
  const video: MediaTrackConstraints = deviceConstraint(options.deviceId);

  const facing = options.facingMode?.trim();
  if (facing === 'user' || facing === 'environment') {
    // An explicit device wins over a facing preference.
    if (!options.deviceId) video.facingMode = { ideal: facing };
  } else if (facing) {
    onInvalid('facing-mode', options.facingMode, 'any camera');
  }

  const size = parseResolution(options.resolution);
  if (size) {
    video.width = { ideal: size.width };
    video.height = { ideal: size.height };
  } else if (options.resolution) {
    onInvalid('resolution', options.resolution, "the camera's default size");
  }

  if (options.frameRate != null && options.frameRate !== '') {
    const rate = Number(options.frameRate);
    if (Number.isFinite(rate) && rate > 0) video.frameRate = { ideal: rate };
    else onInvalid('frame-rate', options.frameRate, "the camera's default frame rate");
  }

  return {
    video: { ...video, ...options.constraints },
    audio: options.audio ? true : false,
  };
}

export interface MicrophoneOptions {
  deviceId?: string | null;
  constraints?: MediaTrackConstraints | null;
}

/**
 * Microphone constraints for metering: echo cancellation, noise suppression and automatic gain are off, since
 * they change the level being measured (Chromium's fade a steady tone to near silence within two seconds).
 */
export function microphoneConstraints(options: MicrophoneOptions): MediaStreamConstraints {
  return {
    audio: {
      ...deviceConstraint(options.deviceId),
      echoCancellation: false,
      noiseSuppression: false,
      autoGainControl: false,
      ...options.constraints,
    },
    video: false,
  };
}

/** The attribute behind a constraint an OverconstrainedError names, for warnings that speak the page's language. */
export function attributeForConstraint(constraint: string | undefined): string | undefined {
  switch (constraint) {
    case 'deviceId':
      return 'device-id';
    case 'facingMode':
      return 'facing-mode';
    case 'width':
    case 'height':
    case 'aspectRatio':
      return 'resolution';
    case 'frameRate':
      return 'frame-rate';
    default:
      return undefined;
  }
}

/** Constraints as a key: the same constraints in any key order give the same key; `undefined` members are absent. */
export function constraintsKey(value: unknown): string {
  if (value === null || typeof value !== 'object') return JSON.stringify(value) ?? 'undefined';
  if (Array.isArray(value)) return `[${value.map(constraintsKey).join(',')}]`;
  const entries = Object.entries(value).filter(([, v]) => v !== undefined);
  return `{${entries.sort(([a], [b]) => (a < b ? -1 : 1)).map(([k, v]) => `${JSON.stringify(k)}:${constraintsKey(v)}`).join(',')}}`;
}
