/** The simulator's devices: what each one is, and which one a request's constraints choose. */
import type { SimulatedControls } from './simulated-controls.js';

/**
 * How the simulator answers requests. `live` gives synthetic tracks; `no-answer` never answers (a permission
 * prompt nobody answers: the element stays `requesting`); every other value is the error kind the element then
 * shows, produced the way browsers produce it (`insecure` and `unsupported` by hiding the API). `denied` is the
 * person's refusal (the permission turns `denied`); `denied-by-system` is Chromium's "Permission denied by system"
 * (the OS blocks the browser; the permission is left as it is); `denied-by-policy` makes the frame's permissions
 * policy (`document.permissionsPolicy`) refuse the camera and the microphone from then on, as an iframe without
 * `allow="camera"` would.
 */
export type SimulatedOutcome =
  | 'live'
  | 'no-answer'
  | 'denied'
  | 'denied-by-system'
  | 'denied-by-policy'
  | 'not-found'
  | 'in-use'
  | 'overconstrained'
  | 'insecure'
  | 'unsupported'
  | 'unknown';

/** What one device does when asked for: `insecure` and `unsupported` concern the whole page, not a device. */
export type DeviceOutcome = Exclude<SimulatedOutcome, 'insecure' | 'unsupported'>;

export interface SimulatedCamera {
  deviceId?: string;
  label?: string;
  /** How requests for this camera are answered, after the simulator's own outcome (e.g. one camera `in-use`). */
  outcome?: DeviceOutcome;
  facingMode?: 'user' | 'environment';
  /** The size of every frame (default 640×480). */
  width?: number;
  height?: number;
  frameRate?: number;
  /**
   * The camera's own controls, in `getCapabilities()` and set live with `applyConstraints()`: `true` for a zoom, pan,
   * tilt and torch (PTZ_CAMERA_CONTROLS), or the ones given (a `focusDistance` too). Default: none, as a plain webcam.
   */
  controls?: boolean | SimulatedControls;
  /** What the camera sees (default `pattern`); {@link MediaSimulator.setScene} changes it while live. */
  scene?: CameraScene;
}

/**
 * What a simulated camera shows: `pattern` (colour bars and a moving dot), `dim` (a dark room with a slowly moving
 * shape: mean luma about 20 of 255), `covered` (a covered lens or closed privacy shutter: near-black frames that
 * keep coming), `stalled` (no new frame at all: the camera was taken or its driver hangs).
 */
export type CameraScene = 'pattern' | 'dim' | 'covered' | 'stalled';

export interface SimulatedMicrophone {
  deviceId?: string;
  label?: string;
  /** How requests for this microphone are answered, after the simulator's own outcome. */
  outcome?: DeviceOutcome;
  /** Peak amplitude, 0..1 (default 0.5, about -6 dBFS). */
  level?: number;
  /** Syllable-like bursts of a voice instead of a steady tone (default true). */
  speech?: boolean;
  /**
   * A 5 ms click at the peak `level` every 500 ms, silence between (instead of `speech` or the tone): a sound
   * shorter than a display frame, for a meter's peak hold.
   */
  clicks?: boolean;
  /** Quiet-room noise (white noise, peak `level`; its RMS is 4.8 dB below the peak) instead of a voice. */
  noise?: boolean;
  /** Digital silence, as from a microphone muted in the OS: every API says all is well. */
  osMuted?: boolean;
}

export interface Device {
  info: MediaDeviceInfo;
  camera?: Required<Omit<SimulatedCamera, 'outcome'>>;
  microphone?: Required<Omit<SimulatedMicrophone, 'outcome'>>;
  outcome: DeviceOutcome;
  plugged: boolean;
}

export function deviceInfo(kind: MediaDeviceKind, deviceId: string, label: string): MediaDeviceInfo {
  const info = { deviceId, groupId: deviceId, kind, label };
  return { ...info, toJSON: () => info };
}

export function cameraDevice(camera: SimulatedCamera, index: number): Device {
  const deviceId = camera.deviceId ?? `simulated-camera-${index + 1}`;
  const label = camera.label ?? (index ? `Simulated camera ${index + 1}` : 'Simulated camera');
  const { outcome = 'live', ...rest } = camera;
  const full = { facingMode: 'user', width: 640, height: 480, frameRate: 30, controls: false, scene: 'pattern', ...rest, deviceId, label } as const;
  return { info: deviceInfo('videoinput', deviceId, label), camera: full, outcome, plugged: true };
}

export function microphoneDevice(microphone: SimulatedMicrophone, index: number): Device {
  const deviceId = microphone.deviceId ?? `simulated-microphone-${index + 1}`;
  const label = microphone.label ?? (index ? `Simulated microphone ${index + 1}` : 'Simulated microphone');
  const { outcome = 'live', ...rest } = microphone;
  const full = { level: 0.5, speech: true, clicks: false, noise: false, osMuted: false, ...rest, deviceId, label };
  return { info: deviceInfo('audioinput', deviceId, label), microphone: full, outcome, plugged: true };
}

type Wanted = ConstrainDOMString | ConstrainULong | undefined;

/** The value a constraint insists on (`exact`, or `min` for numbers), if any. */
const exact = (wanted: Wanted) => (typeof wanted === 'object' && wanted !== null && !Array.isArray(wanted) ? (wanted.exact ?? ('min' in wanted ? wanted.min : undefined)) : undefined);
/** The value a constraint prefers, if any. */
const preferred = (wanted: Wanted) => (typeof wanted === 'object' && wanted !== null && !Array.isArray(wanted) ? wanted.ideal : wanted);

/** The device a track's constraints choose, as a browser would: exact values must hold, preferred ones win ties. */
export function pick(candidates: Device[], constraints: boolean | MediaTrackConstraints): Device {
  if (candidates.length === 0) throw new DOMException('Requested device not found', 'NotFoundError');
  const c = typeof constraints === 'object' ? constraints : {};
  const checks: [keyof MediaTrackConstraints, (d: Device) => unknown][] = [
    ['deviceId', d => d.info.deviceId],
    ['facingMode', d => d.camera?.facingMode],
  ];
  let fitting = candidates;
  for (const [name, value] of checks) {
    const must = exact(c[name] as Wanted);
    if (must !== undefined) fitting = fitting.filter(d => [must].flat().includes(value(d) as never));
    if (fitting.length === 0) throw overconstrainedError(name);
  }
  for (const name of ['width', 'height'] as const) {
    const must = exact(c[name]);
    if (typeof must === 'number') fitting = fitting.filter(d => !d.camera || d.camera[name] >= must);
    if (fitting.length === 0) throw overconstrainedError(name);
  }
  const score = (d: Device) => checks.filter(([name, value]) => [preferred(c[name] as Wanted)].flat().includes(value(d) as never)).length;
  return fitting.reduce((best, d) => (score(d) > score(best) ? d : best));
}

/** The error a browser rejects with when no device satisfies `constraint` (a DOMException where it has no class). */
export function overconstrainedError(constraint: string, message = `No simulated device satisfies ${constraint}`): Error {
  return typeof OverconstrainedError === 'function'
    ? new OverconstrainedError(constraint, message)
    : Object.assign(new DOMException(message, 'OverconstrainedError'), { constraint });
}
