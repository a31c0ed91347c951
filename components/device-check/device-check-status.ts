/**
 * What `<device-check>` concludes from the elements it is made of: its `status` and `reason`, and the `result` an
 * app hands to its call. Framework-free: it reads the inner elements' reflected attributes and streams only.
 */

/** The checks a `<device-check>` can show. */
export type CheckKind = 'camera' | 'microphone' | 'speaker';

export type DeviceCheckStatus = 'checking' | 'ready' | 'attention';

/**
 * Why the check is not `ready`: `permission` (waiting for the person to answer the browser's prompt) or
 * `starting` while checking; `<camera|microphone>-<problem>` when it needs attention, where the problem is an error
 * kind (`denied`, `not-found`, `in-use`, ...; `denied-system`, `denied-policy` where the element says who denied it),
 * `ended` (unplugged), `stopped`, or a health signal (`silent`, `dark`, `frozen`).
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
  /** The background effect the person chose for the camera: give it to the call's `<camera-preview>` (`effect`, `background-image`). */
  effect: { effect: 'none' | 'blur' | 'background'; backgroundImage?: string };
}

export interface DeviceCheckChangeDetail {
  result: DeviceCheckResult;
}

export interface DeviceCheckEventMap {
  change: CustomEvent<DeviceCheckChangeDetail>;
}

/** Health signals of the capture elements (reflected booleans) that need the person's attention. */
const HEALTH = { camera: ['dark', 'frozen'], microphone: ['silent'] } as const;

type Verdict = { status: DeviceCheckStatus; reason?: DeviceCheckReason };

/** One capture element's state as it reflects it. */
function verdictOf(kind: 'camera' | 'microphone', element: Element): Verdict {
  const attr = (name: string) => element.getAttribute(name);
  const state = attr('state');
  const error = attr('error');
  if (state === 'live') {
    const signal = HEALTH[kind].find(name => element.hasAttribute(name));
    return signal ? { status: 'attention', reason: `${kind}-${signal}` } : { status: 'ready' };
  }
  if (state === 'requesting' || state === 'idle' || !state || error === 'aborted') {
    return { status: 'checking', reason: attr('permission') === 'prompt' ? 'permission' : 'starting' };
  }
  // An error, `ended` (unplugged, or revoked: the permission says `denied`) or `stopped`.
  let problem = state === 'error' ? error! : attr('permission') === 'denied' ? 'denied' : state;
  const by = attr('denied-by');
  if (problem === 'denied' && (by === 'system' || by === 'policy')) problem += `-${by}`;
  return { status: 'attention', reason: `${kind}-${problem}` };
}

const RANK = { ready: 0, checking: 1, attention: 2 } as const;

/** The status of the whole check: the worst of its captures (attention, then checking), with that one's reason. */
export function statusOf(captures: readonly (readonly ['camera' | 'microphone', Element | null])[]): Verdict {
  let worst: Verdict = { status: 'ready' };
  for (const [kind, element] of captures) {
    const found: Verdict = element ? verdictOf(kind, element) : { status: 'checking', reason: 'starting' };
    if (RANK[found.status] > RANK[worst.status]) worst = found;
  }
  return worst;
}

/** A capture element as the result reads it: the camera's own stream where an effect processes what it shows. */
type Capture = Element & { stream: MediaStream | null; cameraStream?: MediaStream | null; muted: boolean };

/** The device a capture element has open now. */
export function chosenInput(element: Capture | null, kind: 'audio' | 'video'): ChosenDevice | null {
  if (!element) return null;
  const track = element.getAttribute('state') === 'live' ? (element.cameraStream ?? element.stream)?.getTracks().find(t => t.kind === kind && t.readyState === 'live') : undefined;
  return { deviceId: track?.getSettings().deviceId || null, label: track?.label ?? '', muted: element.muted };
}

/** The constraints that open `device` again, for a call: the same device exactly, the browser's default processing. */
function constraintFor(device: ChosenDevice | null): boolean | MediaTrackConstraints {
  if (!device) return false;
  return device.deviceId ? { deviceId: { exact: device.deviceId } } : true;
}

export function resultOf(
  camera: ChosenDevice | null,
  microphone: ChosenDevice | null,
  speaker: ChosenDevice | null,
  effect: DeviceCheckResult['effect'] = { effect: 'none' },
): DeviceCheckResult {
  return { camera, microphone, speaker, constraints: { video: constraintFor(camera), audio: constraintFor(microphone) }, effect };
}

/** The status of the checks shown (still `checking` while none is decided). */
export function checksStatus(checks: ReadonlySet<CheckKind>, camera: Element | null, microphone: Element | null): Verdict {
  if (!checks.size) return { status: 'checking', reason: 'starting' };
  return statusOf([...(checks.has('camera') ? [['camera', camera] as const] : []), ...(checks.has('microphone') ? [['microphone', microphone] as const] : [])]);
}

/** The output select as the result reads it. */
type OutputSelect = { value: string; options: readonly { deviceId: string; label: string }[] };

/**
 * The result, read from the inner elements: the devices they have open, the output chosen (`speaker` null when the
 * speakers are not checked, its `select` null where no output can be chosen), the camera's effect.
 */
export function readResult(
  camera: (Capture & { effect: string }) | null,
  microphone: Capture | null,
  speaker: { select: OutputSelect | null } | null,
  backgroundImage: string,
): DeviceCheckResult {
  const select = speaker?.select;
  const label = select?.options.find(device => device.deviceId === select.value)?.label ?? '';
  const output = speaker ? { deviceId: select?.value ?? '', label, muted: false } : null;
  const effect = camera?.effect === 'blur' || camera?.effect === 'background' ? camera.effect : 'none';
  const choice: DeviceCheckResult['effect'] = effect === 'background' ? { effect, backgroundImage } : { effect };
  return resultOf(chosenInput(camera, 'video'), chosenInput(microphone, 'audio'), output, choice);
}
