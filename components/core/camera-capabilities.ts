/**
 * A camera's own controls (zoom, pan, tilt, torch, focus, exposure, white balance), as `getCapabilities()` says the
 * live camera has them: which ones, their ranges and steps, and the constraints that set them within those.
 */
import type { InvalidValueHandler } from './constraints.js';

export { capabilitiesOf } from './capabilities-of.js';

/** A numeric control's range, as `getCapabilities()` gives it. */
export interface ControlRange {
  min: number;
  max: number;
  step?: number;
}

/** What lib.dom lacks of the Image Capture extensions to MediaTrackCapabilities and MediaTrackSettings. */
export interface CameraCapabilities extends MediaTrackCapabilities {
  zoom?: ControlRange;
  pan?: ControlRange;
  tilt?: ControlRange;
  torch?: boolean | boolean[];
  focusMode?: string[];
  focusDistance?: ControlRange;
  exposureMode?: string[];
  exposureTime?: ControlRange;
  exposureCompensation?: ControlRange;
  whiteBalanceMode?: string[];
  colorTemperature?: ControlRange;
}

export type CameraSettings = MediaTrackSettings & Partial<Record<'zoom' | 'pan' | 'tilt' | 'focusDistance' | 'exposureTime' | 'exposureCompensation' | 'colorTemperature', number>> & {
  torch?: boolean;
  focusMode?: string;
  exposureMode?: string;
  whiteBalanceMode?: string;
};

export type MotionControl = 'zoom' | 'pan' | 'tilt';
export const MOTION_CONTROLS: readonly MotionControl[] = ['zoom', 'pan', 'tilt'];

/** `<camera-preview>`'s zoom, pan, tilt and torch; `ptz` asks for the pan-tilt-zoom permission with the camera. */
export interface CameraControlOptions {
  zoom?: number | null;
  pan?: number | null;
  tilt?: number | null;
  torch?: boolean;
  ptz?: boolean;
}

const isRange = (value: unknown): value is ControlRange =>
  typeof value === 'object' && value !== null && typeof (value as ControlRange).min === 'number' && typeof (value as ControlRange).max === 'number';

/** The range of a numeric control the camera has, or undefined. */
export function rangeOf(capabilities: CameraCapabilities | undefined, name: keyof CameraCapabilities): ControlRange | undefined {
  const range = capabilities?.[name];
  return isRange(range) && range.max > range.min ? range : undefined;
}

/** Whether the camera has a torch it can turn on. */
export function hasTorch(capabilities: CameraCapabilities | undefined): boolean {
  const torch = capabilities?.torch;
  return torch === true || (Array.isArray(torch) && torch.includes(true));
}

/** `value` within `range`, on its steps. */
export function clampToRange(value: number, { min, max, step }: ControlRange): number {
  const clamped = Math.min(max, Math.max(min, value));
  if (!step || step <= 0) return clamped;
  const stepped = min + Math.round((clamped - min) / step) * step;
  return Number(Math.min(max, stepped).toFixed(10));
}

/**
 * The constraints for zoom, pan, tilt and torch: each value within the live camera's range (out of range: the
 * nearest, with a warning), none for a control the camera lacks (a warning). Before the camera is live its
 * capabilities are unknown: with `ptz`, pan, tilt and zoom are asked for (the permission; the values follow once
 * live), and nothing else yet.
 */
export function cameraControlConstraints(
  options: CameraControlOptions,
  capabilities: CameraCapabilities | undefined,
  onInvalid: InvalidValueHandler,
): Record<string, number | boolean> {
  const constraints: Record<string, number | boolean> = {};
  for (const name of MOTION_CONTROLS) {
    const value = options[name];
    const given = value !== null && value !== undefined && Number.isFinite(value);
    if (value !== null && value !== undefined && !given) onInvalid(name, value, "the camera's own");
    if (!capabilities) {
      if (options.ptz) constraints[name] = given ? value : true;
      continue;
    }
    if (!given) continue;
    const range = rangeOf(capabilities, name);
    if (!range) {
      onInvalid(name, value, `nothing: this camera has no ${name}`);
      continue;
    }
    const within = clampToRange(value, range);
    if (Math.abs(within - value) > 1e-9) onInvalid(name, value, String(within));
    constraints[name] = within;
  }
  if (options.torch && capabilities) {
    if (hasTorch(capabilities)) constraints.torch = true;
    else onInvalid('torch', '', 'nothing: this camera has no torch');
  } else if (!options.torch && hasTorch(capabilities)) {
    constraints.torch = false;
  }
  return constraints;
}

export type CameraControlName = 'zoom' | 'pan' | 'tilt' | 'torch' | 'focus' | 'exposure' | 'white-balance';
type RangeSetting = 'zoom' | 'pan' | 'tilt' | 'focusDistance' | 'exposureCompensation' | 'exposureTime' | 'colorTemperature';
type ModeSetting = 'focusMode' | 'exposureMode' | 'whiteBalanceMode';

/** One control a camera really has, as `<camera-controls>` shows it. */
export type CameraControl =
  | { name: Exclude<CameraControlName, 'torch'>; kind: 'range'; setting: RangeSetting; range: ControlRange; mode?: ModeSetting }
  | { name: 'torch'; kind: 'toggle' };

/** The settings behind focus, exposure and white balance: a range, and the mode that lets it be set by hand. */
const MANUAL: readonly [CameraControlName, RangeSetting[], ModeSetting][] = [
  ['focus', ['focusDistance'], 'focusMode'],
  ['exposure', ['exposureCompensation', 'exposureTime'], 'exposureMode'],
  ['white-balance', ['colorTemperature'], 'whiteBalanceMode'],
];

/**
 * The controls `capabilities` has, in the order they are shown: zoom, pan, tilt, torch, focus, exposure, white
 * balance; none for what the camera lacks. Focus, exposure and white balance have a mode (`manual` for the range,
 * `continuous` for automatic) where the camera lists both.
 */
export function supportedControls(capabilities: CameraCapabilities | undefined | null): CameraControl[] {
  const caps = capabilities ?? undefined;
  const controls: CameraControl[] = [];
  for (const name of MOTION_CONTROLS) {
    const range = rangeOf(caps, name);
    if (range) controls.push({ name, kind: 'range', setting: name, range });
  }
  if (hasTorch(caps)) controls.push({ name: 'torch', kind: 'toggle' });
  for (const [name, settings, mode] of MANUAL) {
    const setting = settings.find(candidate => rangeOf(caps, candidate));
    if (!setting) continue;
    const modes = caps?.[mode] ?? [];
    const control: CameraControl = { name: name as 'focus', kind: 'range', setting, range: rangeOf(caps, setting)! };
    if (modes.includes('manual') && modes.includes('continuous')) control.mode = mode;
    controls.push(control);
  }
  return controls;
}
