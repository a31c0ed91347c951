/**
 * A media simulator for tests and stories: installed, it answers the page's getUserMedia, getDisplayMedia,
 * enumerateDevices (inputs; outputs stay real) and camera/microphone permission queries with synthetic devices and
 * scripted outcomes, so every state of an element can be shown on a machine with no camera, a denied permission
 * or a camera best left off.
 */
import { microphoneSource } from './synthetic-audio.js';
import { cameraSource, screenSource } from './synthetic-video.js';
import { SimulatedPermission } from './simulated-permission.js';
import { dress, endBySource, muteBySource, type Source } from './simulated-track.js';

/**
 * How the simulator answers requests. `live` gives synthetic tracks; `no-answer` never answers (a permission
 * prompt nobody answers: the element stays `requesting`); every other value is the error kind the element then
 * shows, produced the way browsers produce it (`insecure` and `unsupported` by hiding the API).
 */
export type SimulatedOutcome =
  | 'live'
  | 'no-answer'
  | 'denied'
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
}

export interface SimulatedMicrophone {
  deviceId?: string;
  label?: string;
  /** How requests for this microphone are answered, after the simulator's own outcome. */
  outcome?: DeviceOutcome;
  /** Peak amplitude, 0..1 (default 0.5, about -6 dBFS). */
  level?: number;
  /** Syllable-like bursts of a voice instead of a steady tone (default true). */
  speech?: boolean;
}

export interface MediaSimulatorOptions {
  /** Default: one user-facing 640×480 camera. `[]`: none, so camera requests fail with `not-found`. */
  cameras?: SimulatedCamera[];
  /** Default: one microphone. `[]`: none. */
  microphones?: SimulatedMicrophone[];
  /** Default `live`. Can be changed later through {@link MediaSimulator.outcome}. */
  outcome?: SimulatedOutcome;
  /** What the Permissions API says before any answer (default `prompt`); `denied` refuses every request. */
  permission?: PermissionState;
  /** Milliseconds before each answer: a slow permission prompt. */
  delay?: number;
  /** Milliseconds after each capture starts, its devices are unplugged (a shared screen: sharing stops). */
  unplugAfter?: number;
  /** Milliseconds after each capture starts, the permission is revoked. */
  revokeAfter?: number;
}

export interface MediaSimulator {
  /** How the next requests are answered. */
  outcome: SimulatedOutcome;
  /** getUserMedia and getDisplayMedia calls so far. */
  readonly requests: number;
  /** The current camera/microphone permission. */
  readonly permission: PermissionState;
  /** Unplugs a device (default: every device in use, and ends screen sharing): its tracks end, the list shrinks. */
  unplug(deviceId?: string): void;
  /** Plugs a device back in (default: all of them). */
  plugIn(deviceId?: string): void;
  /** Revokes the permission, as from the browser's site settings: live camera and microphone tracks end. */
  revokePermission(): void;
  /** Grants the permission, as from the browser's site settings. */
  grantPermission(): void;
  /** The source mutes its live tracks (`mute` events), as when the OS takes the device away; `false` ends that. */
  interrupt(muted?: boolean): void;
  /** Sets the peak level (0..1) of a microphone (default: all of them), live tracks included. */
  setLevel(level: number, deviceId?: string): void;
  /** Tracks handed out (clones included) that are still live: after a test, there should be none. */
  liveTracks(): MediaStreamTrack[];
  /**
   * The simulated devices that are capturing now, one entry per capture however many clones share it: what
   * would have a camera light on. A capture stops with the last of its tracks.
   */
  liveCaptures(): SimulatedCapture[];
  /** Ends every track it handed out and restores the browser's own APIs. */
  uninstall(): void;
}

/** A capture the simulator is running: a device (or the shared screen) with at least one live track. */
export interface SimulatedCapture {
  kind: 'audio' | 'video';
  label: string;
  /** The simulated device's id; undefined for a shared screen. */
  deviceId: string | undefined;
}

interface Device {
  info: MediaDeviceInfo;
  camera?: Required<Omit<SimulatedCamera, 'outcome'>>;
  microphone?: Required<Omit<SimulatedMicrophone, 'outcome'>>;
  outcome: DeviceOutcome;
  plugged: boolean;
}

let installed: MediaSimulator | undefined;

/** Installs the simulator behind `navigator.mediaDevices` for this page. One at a time: uninstall it first. */
export function installMediaSimulator(options: MediaSimulatorOptions = {}): MediaSimulator {
  if (installed) throw new Error('A media simulator is already installed: uninstall() it first.');
  const mediaDevices = navigator.mediaDevices;
  if (!mediaDevices) throw new Error('installMediaSimulator needs navigator.mediaDevices (a secure context).');

  let outcome = options.outcome ?? 'live';
  let requests = 0;
  const permission = new SimulatedPermission(options.permission ?? 'prompt');
  const devices = [
    ...(options.cameras ?? [{}]).map((camera, i) => cameraDevice(camera, i)),
    ...(options.microphones ?? [{}]).map((microphone, i) => microphoneDevice(microphone, i)),
  ];
  const sources = new Set<Source>();
  const timers = new Set<ReturnType<typeof setTimeout>>();
  const later = (ms: number, run: () => void) => {
    const timer = setTimeout(() => (timers.delete(timer), run()), ms);
    timers.add(timer);
  };

  const announce = () => mediaDevices.dispatchEvent(new Event('devicechange'));
  const liveSources = () => [...sources].filter(source => source.live());
  const endSources = (ended: Source[]) => {
    for (const source of ended) for (const track of source.tracks) if (track.readyState === 'live') endBySource(track);
  };

  // Unanswered requests reject when the simulator goes, so that none holds the kit's per-device queue forever.
  const unanswered = new Set<(error: Error) => void>();
  const wait = (ms?: number) =>
    new Promise<void>((resolve, reject) => {
      unanswered.add(reject);
      if (ms !== undefined) later(ms, () => (unanswered.delete(reject), resolve()));
    });

  /** Counts the request and waits `delay`: the time a user takes to answer the prompt. */
  async function ask(): Promise<void> {
    requests++;
    if (options.delay) await wait(options.delay);
  }

  /** Settles as `how` says: `live` passes, `no-answer` waits until uninstalled, an error outcome throws. */
  async function settle(how: SimulatedOutcome): Promise<void> {
    if (how === 'no-answer') await wait();
    if (how === 'denied') permission.state = 'denied';
    if (permission.state === 'denied') throw new DOMException('Permission denied', 'NotAllowedError');
    if (how === 'not-found') throw new DOMException('Requested device not found', 'NotFoundError');
    if (how === 'in-use') throw new DOMException('Could not start video source', 'NotReadableError');
    if (how === 'overconstrained') throw overconstrainedError('deviceId');
    if (how === 'unknown') throw new DOMException('The simulated device failed', 'SimulatedFailureError');
  }

  function open(device: Device): Source {
    const source = device.camera
      ? cameraSource(device.info.label, device.camera.width, device.camera.height, device.camera.frameRate)
      : microphoneSource(device.microphone!.level, device.microphone!.speech);
    const settings = device.camera
      ? { deviceId: device.info.deviceId, groupId: device.info.groupId, facingMode: device.camera.facingMode, width: device.camera.width, height: device.camera.height, frameRate: device.camera.frameRate }
      : { deviceId: device.info.deviceId, groupId: device.info.groupId };
    return register(source, device.info.label, settings, device.info.deviceId);
  }

  /** Follows a synthetic source's tracks (clones included): it stops once none is live. */
  function register(source: { track: MediaStreamTrack; stop(): void; setLevel?(level: number): void }, label: string, settings: MediaTrackSettings, deviceId?: string): Source {
    const entry: Source = {
      deviceId,
      label,
      settings,
      tracks: new Set(),
      setLevel: source.setLevel,
      live: () => [...entry.tracks].some(t => t.readyState === 'live'),
      release: () => {
        if (entry.live() || !sources.has(entry)) return;
        sources.delete(entry);
        source.stop();
      },
    };
    sources.add(entry);
    dress(source.track, entry);
    return entry;
  }

  /** The captures' timed endings (unplug, revoke) start when they go live. */
  function scheduleEndings(opened: Source[]): void {
    if (options.unplugAfter !== undefined) later(options.unplugAfter, () => unplugSources(opened));
    if (options.revokeAfter !== undefined) later(options.revokeAfter, () => simulator.revokePermission());
  }

  function unplugSources(chosen: Source[]): void {
    for (const device of devices) if (chosen.some(source => source.deviceId === device.info.deviceId)) device.plugged = false;
    endSources(chosen);
    announce();
  }

  async function getUserMedia(constraints: MediaStreamConstraints = {}): Promise<MediaStream> {
    if (!constraints.video && !constraints.audio) throw new TypeError('getUserMedia: audio or video must be requested');
    await ask();
    await settle(outcome);
    const wanted = [['videoinput', constraints.video], ['audioinput', constraints.audio]] as const;
    const chosen = wanted.flatMap(([kind, c]) => (c ? [pick(devices.filter(d => d.plugged && d.info.kind === kind), c)] : []));
    for (const device of chosen) await settle(device.outcome);
    if (installed !== simulator) throw new DOMException('The media simulator was uninstalled', 'AbortError');
    const opened = chosen.map(open);
    permission.state = 'granted';
    scheduleEndings(opened);
    return new MediaStream(opened.map(source => [...source.tracks][0]!));
  }

  async function getDisplayMedia(displayOptions: DisplayMediaStreamOptions = {}): Promise<MediaStream> {
    await ask();
    await settle(outcome);
    if (installed !== simulator) throw new DOMException('The media simulator was uninstalled', 'AbortError');
    const surface = (typeof displayOptions.video === 'object' && displayOptions.video.displaySurface) || 'monitor';
    const opened = [register(screenSource(640, 360, 15), 'Simulated screen', { displaySurface: String(surface), width: 640, height: 360 })];
    if (displayOptions.audio) opened.push(register(microphoneSource(0.3, false), 'Simulated screen audio', {}));
    scheduleEndings(opened);
    return new MediaStream(opened.map(source => [...source.tracks][0]!));
  }

  // Outputs stay the browser's own: nothing is captured through them, and setSinkId() needs real ids.
  const realEnumerate = mediaDevices.enumerateDevices.bind(mediaDevices);
  async function enumerateDevices(): Promise<MediaDeviceInfo[]> {
    const known = permission.state === 'granted';
    const inputs = devices.filter(d => d.plugged).map(d => (known ? d.info : deviceInfo(d.info.kind, '', '')));
    const outputs = (await realEnumerate().catch(() => [])).filter(d => d.kind === 'audiooutput');
    return [...inputs, ...outputs];
  }

  // The browser's own APIs, put back as they were by uninstall(): own properties restored, added ones deleted.
  const saved: [object, PropertyKey, PropertyDescriptor | undefined][] = [];
  const override = (target: object, key: PropertyKey, descriptor: PropertyDescriptor) => {
    saved.push([target, key, Object.getOwnPropertyDescriptor(target, key)]);
    Object.defineProperty(target, key, { configurable: true, ...descriptor });
  };
  const api = (method: unknown) => ({ get: () => (outcome === 'unsupported' ? undefined : method), set: () => {} });
  override(mediaDevices, 'getUserMedia', api(getUserMedia));
  override(mediaDevices, 'getDisplayMedia', api(getDisplayMedia));
  override(mediaDevices, 'enumerateDevices', { value: enumerateDevices, writable: true });
  override(navigator, 'mediaDevices', { get: () => (outcome === 'insecure' ? undefined : mediaDevices) });
  const secure = globalThis.isSecureContext;
  override(globalThis, 'isSecureContext', { get: () => outcome !== 'insecure' && secure });
  const permissions = navigator.permissions;
  if (permissions) {
    const query = permissions.query.bind(permissions);
    override(permissions, 'query', {
      value: (descriptor: PermissionDescriptor) => {
        const { name } = descriptor;
        return name === 'camera' || name === 'microphone' ? Promise.resolve(permission.status(name)) : query(descriptor);
      },
      writable: true,
    });
  }

  const simulator: MediaSimulator = {
    get outcome() {
      return outcome;
    },
    set outcome(value) {
      outcome = value;
    },
    get requests() {
      return requests;
    },
    get permission() {
      return permission.state;
    },
    unplug(deviceId) {
      if (deviceId === undefined) return unplugSources(liveSources());
      const device = devices.find(d => d.info.deviceId === deviceId);
      if (!device) throw new Error(`No simulated device "${deviceId}"`);
      device.plugged = false;
      endSources(liveSources().filter(source => source.deviceId === deviceId));
      announce();
    },
    plugIn(deviceId) {
      for (const device of devices) if (deviceId === undefined || device.info.deviceId === deviceId) device.plugged = true;
      announce();
    },
    revokePermission() {
      permission.state = 'denied';
      endSources(liveSources().filter(source => source.deviceId !== undefined));
    },
    grantPermission() {
      permission.state = 'granted';
    },
    interrupt(muted = true) {
      for (const track of simulator.liveTracks()) muteBySource(track, muted);
    },
    setLevel(level, deviceId) {
      for (const device of devices) if (device.microphone && (deviceId === undefined || device.info.deviceId === deviceId)) device.microphone.level = level;
      for (const source of sources) if (deviceId === undefined || source.deviceId === deviceId) source.setLevel?.(level);
    },
    liveTracks: () => [...sources].flatMap(source => [...source.tracks].filter(t => t.readyState === 'live')),
    liveCaptures: () =>
      liveSources().map(({ tracks, label, deviceId }) => ({ kind: [...tracks][0]!.kind as 'audio' | 'video', label, deviceId })),
    uninstall() {
      if (installed !== simulator) return;
      installed = undefined;
      for (const timer of timers) clearTimeout(timer);
      for (const reject of unanswered) reject(new DOMException('The media simulator was uninstalled', 'AbortError'));
      for (const source of [...sources]) for (const t of source.tracks) t.stop();
      for (const [target, key, descriptor] of saved.reverse()) {
        if (descriptor) Object.defineProperty(target, key, descriptor);
        else delete (target as Record<PropertyKey, unknown>)[key];
      }
    },
  };
  installed = simulator;
  return simulator;
}

function deviceInfo(kind: MediaDeviceKind, deviceId: string, label: string): MediaDeviceInfo {
  const info = { deviceId, groupId: deviceId, kind, label };
  return { ...info, toJSON: () => info };
}

function cameraDevice(camera: SimulatedCamera, index: number): Device {
  const deviceId = camera.deviceId ?? `simulated-camera-${index + 1}`;
  const label = camera.label ?? (index ? `Simulated camera ${index + 1}` : 'Simulated camera');
  const { outcome = 'live', ...rest } = camera;
  const full = { facingMode: 'user', width: 640, height: 480, frameRate: 30, ...rest, deviceId, label } as const;
  return { info: deviceInfo('videoinput', deviceId, label), camera: full, outcome, plugged: true };
}

function microphoneDevice(microphone: SimulatedMicrophone, index: number): Device {
  const deviceId = microphone.deviceId ?? `simulated-microphone-${index + 1}`;
  const label = microphone.label ?? (index ? `Simulated microphone ${index + 1}` : 'Simulated microphone');
  const { outcome = 'live', ...rest } = microphone;
  const full = { level: 0.5, speech: true, ...rest, deviceId, label };
  return { info: deviceInfo('audioinput', deviceId, label), microphone: full, outcome, plugged: true };
}

type Wanted = ConstrainDOMString | ConstrainULong | undefined;

/** The value a constraint insists on (`exact`, or `min` for numbers), if any. */
const exact = (wanted: Wanted) => (typeof wanted === 'object' && wanted !== null && !Array.isArray(wanted) ? (wanted.exact ?? ('min' in wanted ? wanted.min : undefined)) : undefined);
/** The value a constraint prefers, if any. */
const preferred = (wanted: Wanted) => (typeof wanted === 'object' && wanted !== null && !Array.isArray(wanted) ? wanted.ideal : wanted);

/** The device a track's constraints choose, as a browser would: exact values must hold, preferred ones win ties. */
function pick(candidates: Device[], constraints: boolean | MediaTrackConstraints): Device {
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
