/**
 * The camera controls a simulated camera can have (zoom, pan, tilt, torch, a manual focus), as a real one reports
 * them: in `getCapabilities()`, set with `applyConstraints()` (within range, on its steps), read back from
 * `getSettings()`, and shared by every clone, since they are the camera's own. Chromium's fake camera has a focus
 * and an exposure, and none of the others.
 */
export interface SimulatedRange {
  min: number;
  max: number;
  step: number;
}

export interface SimulatedControls {
  zoom?: SimulatedRange;
  pan?: SimulatedRange;
  tilt?: SimulatedRange;
  /** A torch (flash light) that can be turned on. */
  torch?: boolean;
  /** A focus distance that can be set by hand (`focusMode` `manual`; `continuous` is its autofocus, the default). */
  focusDistance?: SimulatedRange;
}

/** What `controls: true` gives a simulated camera: a zoom to 4×, pan and tilt in degrees, a torch. */
export const PTZ_CAMERA_CONTROLS: Readonly<Required<Pick<SimulatedControls, 'zoom' | 'pan' | 'tilt' | 'torch'>>> = {
  zoom: { min: 1, max: 4, step: 0.1 },
  pan: { min: -180, max: 180, step: 1 },
  tilt: { min: -90, max: 90, step: 1 },
  torch: true,
};

const RANGES = ['zoom', 'pan', 'tilt', 'focusDistance'] as const;
const FOCUS_MODES = ['manual', 'continuous'];

/** The controls `controls` asks for: `true` for {@link PTZ_CAMERA_CONTROLS}, none for false. */
export function controlsOf(controls: boolean | SimulatedControls | undefined): SimulatedControls {
  if (controls === true) return PTZ_CAMERA_CONTROLS;
  return controls || {};
}

/** The capabilities and the starting settings of a camera with `controls`. */
export function controlState(controls: SimulatedControls): { capabilities: Record<string, unknown>; settings: Record<string, unknown> } {
  const capabilities: Record<string, unknown> = {};
  const settings: Record<string, unknown> = {};
  for (const name of RANGES) {
    const range = controls[name];
    if (!range) continue;
    capabilities[name] = { ...range };
    settings[name] = name === 'zoom' ? range.min : Math.min(range.max, Math.max(range.min, 0));
  }
  if (controls.focusDistance) {
    capabilities.focusMode = [...FOCUS_MODES];
    settings.focusMode = 'continuous';
  }
  if (controls.torch) {
    capabilities.torch = true;
    settings.torch = false;
  }
  return { capabilities, settings };
}

const valueOf = (constraint: unknown): unknown =>
  constraint !== null && typeof constraint === 'object' ? ((constraint as { exact?: unknown; ideal?: unknown }).exact ?? (constraint as { ideal?: unknown }).ideal) : constraint;
const required = (constraint: unknown): boolean => constraint !== null && typeof constraint === 'object' && 'exact' in constraint;

/**
 * Applies the control constraints of `constraints` to `settings`, as a camera does: a value outside the range is
 * brought into it (or, required with `exact`, refused), a control the camera lacks is ignored (or, required,
 * refused with an OverconstrainedError naming it).
 */
export function applyControls(constraints: MediaTrackConstraints, capabilities: Record<string, unknown>, settings: Record<string, unknown>): void {
  const asked = constraints as Record<string, unknown>;
  const changes: Record<string, unknown> = {};
  if ('focusMode' in asked && capabilities.focusMode) {
    const mode = valueOf(asked.focusMode);
    if (typeof mode === 'string' && FOCUS_MODES.includes(mode)) changes.focusMode = mode;
    else if (required(asked.focusMode)) throw overconstrained('focusMode');
  }
  for (const name of [...RANGES, 'torch'] as const) {
    if (!(name in asked)) continue;
    const value = valueOf(asked[name]);
    const capability = capabilities[name];
    if (name === 'torch') {
      if (capability && typeof value === 'boolean') changes.torch = value;
      else if (required(asked[name])) throw overconstrained(name);
      continue;
    }
    const range = capability as SimulatedRange | undefined;
    if (!range || typeof value !== 'number') {
      if (required(asked[name])) throw overconstrained(name);
      continue;
    }
    const within = Math.min(range.max, Math.max(range.min, range.min + Math.round((value - range.min) / range.step) * range.step));
    if (required(asked[name]) && Math.abs(within - value) > 1e-9) throw overconstrained(name);
    changes[name] = Number(within.toFixed(6));
  }
  Object.assign(settings, changes);
}

/** `constraints` without the camera controls, for the canvas track underneath. */
export function withoutControls(constraints: MediaTrackConstraints): MediaTrackConstraints {
  const rest: Record<string, unknown> = { ...constraints };
  for (const name of [...RANGES, 'torch', 'focusMode', 'exposureMode', 'exposureTime', 'exposureCompensation', 'whiteBalanceMode', 'colorTemperature']) delete rest[name];
  return rest;
}

function overconstrained(constraint: string): Error {
  const message = `The simulated camera has no such ${constraint}`;
  return typeof OverconstrainedError === 'function'
    ? new OverconstrainedError(constraint, message)
    : Object.assign(new DOMException(message, 'OverconstrainedError'), { constraint });
}
