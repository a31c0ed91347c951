/**
 * A media simulator for tests and stories: installed, it answers the page's getUserMedia, getDisplayMedia,
 * enumerateDevices (inputs; outputs stay real) and camera/microphone permission queries with synthetic devices and
 * scripted outcomes, so every state of an element can be shown on a machine with no camera, a denied permission
 * or a camera best left off.
 */
import { microphoneSource, type Signal } from './synthetic-audio.js';
import { cameraSource, screenSource } from './synthetic-video.js';
import { controlsOf, controlState } from './simulated-controls.js';
import { SimulatedPermission } from './simulated-permission.js';
import { simulatedBrowserControl } from './simulated-browser-control.js';
import { holdAudioUntilGesture } from './simulated-autoplay.js';
import { setBrowserControlFactory } from '../core/browser-control-support.js';
import { dress, endBySource, muteBySource, type Source } from './simulated-track.js';
import {
  cameraDevice,
  deviceInfo,
  microphoneDevice,
  overconstrainedError,
  pick,
  type Device,
  type CameraScene,
  type DeviceOutcome,
  type SimulatedCamera,
  type SimulatedMicrophone,
  type SimulatedOutcome,
} from './simulated-devices.js';
import type { MediaSimulator, MediaSimulatorOptions, SimulatedAnswer, SimulatedCall } from './simulator-types.js';

export { overconstrainedError, type CameraScene, type DeviceOutcome, type SimulatedCamera, type SimulatedMicrophone, type SimulatedOutcome };
export type { MediaSimulator, MediaSimulatorOptions, SimulatedAnswer, SimulatedCall, SimulatedCapture } from './simulator-types.js';

let installed: MediaSimulator | undefined;

const signalOf = (microphone: Pick<Required<SimulatedMicrophone>, 'osMuted' | 'noise' | 'clicks' | 'speech'>): Signal =>
  microphone.osMuted ? 'silence' : microphone.noise ? 'noise' : microphone.clicks ? 'clicks' : microphone.speech ? 'speech' : 'tone';

/** Installs the simulator behind `navigator.mediaDevices` for this page. One at a time: uninstall it first. */
export function installMediaSimulator(options: MediaSimulatorOptions = {}): MediaSimulator {
  if (installed) throw new Error('A media simulator is already installed: uninstall() it first.');
  const mediaDevices = navigator.mediaDevices;
  if (!mediaDevices) throw new Error('installMediaSimulator needs navigator.mediaDevices (a secure context).');

  let outcome = options.outcome ?? 'live';
  const calls: SimulatedCall[] = [];
  let held: Promise<void> | undefined;
  /** Hands the opened sources over once any hold is answered; stops them if the simulator went meanwhile. */
  async function handOver(opened: Source[]): Promise<MediaStream> {
    await held;
    if (installed !== simulator) {
      for (const source of opened) for (const track of source.tracks) track.stop();
      throw new DOMException('The media simulator was uninstalled', 'AbortError');
    }
    scheduleEndings(opened);
    return new MediaStream(opened.map(source => [...source.tracks][0]!));
  }
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

  /** Records the request and waits `delay`: the time a user takes to answer the prompt. */
  async function ask(call: SimulatedCall): Promise<void> {
    calls.push(call);
    if (options.delay) await wait(options.delay);
  }

  /** Settles as `how` says: `live` passes, `no-answer` waits until uninstalled, an error outcome or an Error throws. */
  async function settle(answer: SimulatedAnswer, call: SimulatedCall): Promise<void> {
    const how = typeof answer === 'function' ? answer(call) : answer;
    if (how instanceof Error) throw how;
    if (how === 'no-answer') await wait();
    if (how === 'denied') permission.state = 'denied';
    if (how === 'denied-by-policy') policyRefuses = true;
    if (permission.state === 'denied' || policyRefuses) throw new DOMException('Permission denied', 'NotAllowedError');
    if (how === 'denied-by-system') throw new DOMException('Permission denied by system', 'NotAllowedError');
    if (how === 'not-found') throw new DOMException('Requested device not found', 'NotFoundError');
    if (how === 'in-use') throw new DOMException('Could not start video source', 'NotReadableError');
    if (how === 'overconstrained') throw overconstrainedError('deviceId');
    if (how === 'unknown') throw new DOMException('The simulated device failed', 'SimulatedFailureError');
  }

  function open(device: Device): Source {
    const controls = device.camera ? controlState(controlsOf(device.camera.controls)) : undefined;
    const source = device.camera
      ? cameraSource(device.info.label, device.camera.width, device.camera.height, device.camera.frameRate, device.camera.scene, controls?.settings)
      : microphoneSource(device.microphone!.level, signalOf(device.microphone!));
    const settings = device.camera
      ? { deviceId: device.info.deviceId, groupId: device.info.groupId, facingMode: device.camera.facingMode, width: device.camera.width, height: device.camera.height, frameRate: device.camera.frameRate }
      : { deviceId: device.info.deviceId, groupId: device.info.groupId };
    return register(source, device.info.label, settings, device.info.deviceId, controls);
  }

  /** Follows a synthetic source's tracks (clones included): it stops once none is live. */
  function register(source: Pick<Source, 'setLevel' | 'setScene'> & { track: MediaStreamTrack; stop(): void }, label: string, settings: MediaTrackSettings, deviceId?: string, controls?: Source['controls']): Source {
    const entry: Source = {
      deviceId,
      label,
      settings,
      ...(controls && Object.keys(controls.capabilities).length ? { controls } : {}),
      tracks: new Set(),
      setLevel: source.setLevel,
      setScene: source.setScene,
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

  async function getUserMedia(given?: MediaStreamConstraints): Promise<MediaStream> {
    const constraints = given ?? {};
    if (!constraints.video && !constraints.audio) throw new TypeError('getUserMedia: audio or video must be requested');
    const call: SimulatedCall = { method: 'getUserMedia', constraints: given };
    await ask(call);
    await settle(outcome, call);
    const chosen = choose(constraints);
    for (const device of chosen) await settle(device.outcome, call);
    if (installed !== simulator) throw new DOMException('The media simulator was uninstalled', 'AbortError');
    const opened = chosen.map(open);
    permission.state = 'granted';
    return handOver(opened);
  }

  function choose(constraints: MediaStreamConstraints): Device[] {
    const wanted = [['videoinput', constraints.video], ['audioinput', constraints.audio]] as const;
    return wanted.flatMap(([kind, c]) => (c ? [pick(devices.filter(d => d.plugged && d.info.kind === kind), c)] : []));
  }

  /** The browser's own control, clicked: the person allows access, and the control captures (not the page). */
  async function captureByControl(constraints: MediaStreamConstraints): Promise<MediaStream> {
    permission.state = 'granted';
    if (outcome === 'denied') outcome = 'live';
    if (options.delay) await wait(options.delay);
    const chosen = choose(constraints);
    if (chosen.length === 0) throw new DOMException('Requested device not found', 'NotFoundError');
    for (const device of chosen) await settle(device.outcome, { method: 'getUserMedia', constraints });
    return handOver(chosen.map(open));
  }
  const releaseAudio = options.audioNeedsGesture ? holdAudioUntilGesture() : undefined;
  if (options.browserControl) {
    const reason = typeof options.browserControl === 'object' ? options.browserControl.invalidReason : undefined;
    setBrowserControlFactory(tag => simulatedBrowserControl(tag, captureByControl, reason));
  }

  async function getDisplayMedia(given?: DisplayMediaStreamOptions): Promise<MediaStream> {
    const displayOptions = given ?? {};
    const call: SimulatedCall = { method: 'getDisplayMedia', constraints: given };
    await ask(call);
    await settle(outcome, call);
    if (installed !== simulator) throw new DOMException('The media simulator was uninstalled', 'AbortError');
    const surface = (typeof displayOptions.video === 'object' && displayOptions.video.displaySurface) || 'monitor';
    const opened = [register(screenSource(640, 360, 15), 'Simulated screen', { displaySurface: String(surface), width: 640, height: 360 })];
    if (displayOptions.audio) opened.push(register(microphoneSource(0.3, 'tone'), 'Simulated screen audio', {}));
    return handOver(opened);
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
  override(mediaDevices, 'getDisplayMedia', api(options.displayCapture === false ? undefined : getDisplayMedia));
  override(mediaDevices, 'enumerateDevices', { value: enumerateDevices, writable: true });
  override(navigator, 'mediaDevices', { get: () => (outcome === 'insecure' ? undefined : mediaDevices) });
  const secure = globalThis.isSecureContext;
  override(globalThis, 'isSecureContext', { get: () => outcome !== 'insecure' && secure });
  // The frame's permissions policy, which `denied-by-policy` turns against capture.
  let policyRefuses = false;
  const doc = document as Document & { permissionsPolicy?: { allowsFeature(feature: string): boolean } };
  const realPolicy = doc.permissionsPolicy;
  const capture = ['camera', 'microphone', 'display-capture'];
  override(document, 'permissionsPolicy', {
    value: { allowsFeature: (feature: string) => !(policyRefuses && capture.includes(feature)) && (realPolicy?.allowsFeature(feature) ?? true) },
  });
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
      return calls.length;
    },
    get calls() {
      return calls;
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
    setScene(scene, deviceId) {
      for (const device of devices) if (device.camera && (deviceId === undefined || device.info.deviceId === deviceId)) device.camera.scene = scene;
      for (const source of sources) if (deviceId === undefined || source.deviceId === deviceId) source.setScene?.(scene);
    },
    setLevel(level, deviceId) {
      for (const device of devices) if (device.microphone && (deviceId === undefined || device.info.deviceId === deviceId)) device.microphone.level = level;
      for (const source of sources) if (deviceId === undefined || source.deviceId === deviceId) source.setLevel?.(level);
    },
    liveTracks: () => [...sources].flatMap(source => [...source.tracks].filter(t => t.readyState === 'live')),
    holdAnswers() {
      let answer!: () => void;
      held = new Promise<void>(resolve => (answer = resolve));
      const gate = held;
      unanswered.add(() => answer());
      return { answer: () => (held === gate && (held = undefined), answer()) };
    },
    liveCaptures: () =>
      liveSources().map(({ tracks, label, deviceId }) => ({ kind: [...tracks][0]!.kind as 'audio' | 'video', label, deviceId })),
    uninstall() {
      if (installed !== simulator) return;
      installed = undefined;
      for (const timer of timers) clearTimeout(timer);
      if (options.browserControl) setBrowserControlFactory(undefined);
      releaseAudio?.();
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
