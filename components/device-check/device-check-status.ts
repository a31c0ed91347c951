/**
 * What `<device-check>` concludes from the elements it is made of: its `status` and `reason`, and the `result` an
 * app hands to its call. Framework-free: it reads the inner elements' reflected attributes and streams only.
 */

/** The checks a `<device-check>` can show. */
export type CheckKind = 'camera' | 'microphone' | 'speaker';

export const DeviceCheckStatus = { Checking: 'checking', Ready: 'ready', Attention: 'attention' } as const;
export type DeviceCheckStatus = (typeof DeviceCheckStatus)[keyof typeof DeviceCheckStatus];

/**
 * Why the check is not `ready`: `permission` (waiting for the person to answer the browser's prompt) or
 * `starting` while checking; `<camera|microphone>-<problem>` when it needs attention, where the problem is an error
 * kind (`denied`, `not-found`, `in-use`, ...), `ended` (unplugged or revoked), `stopped`, or a health signal
 * (`silent`, `dark`, `frozen`).
 */
export type DeviceCheckReason = 'permission' | 'starting' | `${'camera' | 'microphone'}-${string}`;

/** The chosen device of one kind. `deviceId` is null while no device is open; `''` for the system's default output. */
export interface ChosenDevice {
  deviceId: string | null;
  label: string;
  /** The person turned it off (camera) or muted it (microphone); always false for speakers. */
  muted: boolean;
}

/** What a `<device-check>` hands to the app. */
export interface DeviceCheckResult {
  /** null when the camera is not checked. */
  camera: ChosenDevice | null;
  microphone: ChosenDevice | null;
  speaker: ChosenDevice | null;
  /** Opens the same camera and microphone as the check (`deviceId: { exact }`); `false` for a kind not checked. */
  constraints: MediaStreamConstraints;
}

/** Health signals of the capture elements (reflected booleans) that need the person's attention. */
const HEALTH: Record<'camera' | 'microphone', readonly string[]> = { camera: ['dark', 'frozen'], microphone: ['silent'] };

/** One capture element's state as it reflects it. */
function problemOf(kind: 'camera' | 'microphone', element: Element): { status: DeviceCheckStatus; reason?: DeviceCheckReason } {
  const state = element.getAttribute('state');
  if (state === 'error') {
    const error = element.getAttribute('error') ?? 'unknown';
    return error === 'aborted' ? { status: DeviceCheckStatus.Checking, reason: 'starting' } : { status: DeviceCheckStatus.Attention, reason: `${kind}-${error}` };
  }
  if (state === 'ended') return { status: DeviceCheckStatus.Attention, reason: `${kind}-${element.getAttribute('permission') === 'denied' ? 'denied' : 'ended'}` };
  if (state === 'stopped') return { status: DeviceCheckStatus.Attention, reason: `${kind}-stopped` };
  if (state !== 'live') {
    const asking = element.getAttribute('permission') === 'prompt' && state === 'requesting';
    return { status: DeviceCheckStatus.Checking, reason: asking ? 'permission' : 'starting' };
  }
  const signal = HEALTH[kind].find(name => element.hasAttribute(name));
  return signal ? { status: DeviceCheckStatus.Attention, reason: `${kind}-${signal}` } : { status: DeviceCheckStatus.Ready };
}

const RANK: Record<DeviceCheckStatus, number> = { ready: 0, checking: 1, attention: 2 };

/** The status of the whole check: the worst of its captures (attention, then checking), with that one's reason. */
export function statusOf(captures: readonly (readonly ['camera' | 'microphone', Element])[]): { status: DeviceCheckStatus; reason?: DeviceCheckReason } {
  let worst: { status: DeviceCheckStatus; reason?: DeviceCheckReason } = { status: DeviceCheckStatus.Ready };
  for (const [kind, element] of captures) {
    const found = problemOf(kind, element);
    if (RANK[found.status] > RANK[worst.status]) worst = found;
  }
  return worst;
}

/** A capture element as the result reads it. */
type Capture = Element & { stream: MediaStream | null; muted: boolean };

/** The device a capture element has open now. */
export function chosenInput(element: Capture | null, kind: 'audio' | 'video'): ChosenDevice | null {
  if (!element) return null;
  const track = element.getAttribute('state') === 'live' ? element.stream?.getTracks().find(t => t.kind === kind && t.readyState === 'live') : undefined;
  return { deviceId: track?.getSettings().deviceId || null, label: track?.label ?? '', muted: element.muted };
}

/** The constraints that open `device` again, for a call: the same device exactly, the browser's default processing. */
function constraintFor(device: ChosenDevice | null): boolean | MediaTrackConstraints {
  if (!device) return false;
  return device.deviceId ? { deviceId: { exact: device.deviceId } } : true;
}

export function resultOf(camera: ChosenDevice | null, microphone: ChosenDevice | null, speaker: ChosenDevice | null): DeviceCheckResult {
  return { camera, microphone, speaker, constraints: { video: constraintFor(camera), audio: constraintFor(microphone) } };
}
