/** The media simulator's public shapes: its options, its handle, and what it reports. */
import type { CameraScene, DeviceOutcome, SimulatedCamera, SimulatedMicrophone, SimulatedOutcome } from './simulated-devices.js';

export interface MediaSimulatorOptions {
  /** Default: one user-facing 640×480 camera. `[]`: none, so camera requests fail with `not-found`. */
  cameras?: SimulatedCamera[];
  /** Default: one microphone. `[]`: none. */
  microphones?: SimulatedMicrophone[];
  /** Default `live`. Can be changed later through {@link MediaSimulator.outcome}. */
  outcome?: SimulatedAnswer;
  /** `false`: no getDisplayMedia at all, as in mobile browsers, while getUserMedia works (default true). */
  displayCapture?: boolean;
  /** What the Permissions API says before any answer (default `prompt`); `denied` refuses every request. */
  permission?: PermissionState;
  /** Milliseconds before each answer: a slow permission prompt. */
  delay?: number;
  /** Milliseconds after each capture starts, its devices are unplugged (a shared screen: sharing stops). */
  unplugAfter?: number;
  /** Milliseconds after each capture starts, the permission is revoked. */
  revokeAfter?: number;
  /**
   * The browser's own capture controls (`<camera>`, `<microphone>`, `<usermedia>`, which only Chromium has), simulated
   * in every engine, marked as simulated: the elements show them (part `browser-control`) where a click is needed
   * or access is blocked. A click on one is the person allowing access: the permission becomes `granted`, a
   * `denied` outcome becomes `live`, and the control gives the simulated devices. `{ invalidReason }`: the control
   * reports that reason (e.g. `intersection_occluded_or_distorted`) once shown, as a browser judging its place does.
   */
  browserControl?: boolean | { invalidReason: string };
  /**
   * Every AudioContext waits for a user gesture (a click or key press on the page), as Firefox and Safari make it
   * wait before the page's first one: `<mic-meter>` is then `suspended` and shows its hint until the click.
   */
  audioNeedsGesture?: boolean;
}

export interface MediaSimulator {
  /**
   * How the next requests are answered: an outcome, an Error that every request rejects with as it is (a
   * DOMException of any name a browser throws, a TypeError...), or a function giving each request its own.
   */
  outcome: SimulatedAnswer;
  /**
   * Holds every answer until `answer()`: the devices open at once but the page hears nothing, as when a browser
   * answers late. Requests answered after the page stopped waiting must still leave no device on.
   */
  holdAnswers(): { answer(): void };
  /** getUserMedia and getDisplayMedia calls so far. */
  readonly requests: number;
  /**
   * Those calls, in order: which API, and the constraints (or display options) the page passed, as it passed
   * them. To check what an element asks for.
   */
  readonly calls: readonly SimulatedCall[];
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
  /** Changes what a camera (default: all of them) sees, live tracks included: e.g. `covered`, `stalled`. */
  setScene(scene: CameraScene, deviceId?: string): void;
  /** Sets the peak level (0..1) of a microphone (default: all of them), live tracks included; 0 is an OS mute. */
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

/**
 * How requests are answered: an outcome for all of them, an Error they reject with as it is, or a function called
 * with each request that returns that request's outcome or Error (a script: busy twice, then live). `insecure` and
 * `unsupported` take the API away for the whole page, so they can't be one request's answer.
 */
export type SimulatedAnswer = SimulatedOutcome | Error | ((call: SimulatedCall) => DeviceOutcome | Error);

/** One request the page made: `getUserMedia` with its constraints, or `getDisplayMedia` with its options. */
export type SimulatedCall =
  | { method: 'getUserMedia'; constraints: MediaStreamConstraints | undefined }
  | { method: 'getDisplayMedia'; constraints: DisplayMediaStreamOptions | undefined };

/** A capture the simulator is running: a device (or the shared screen) with at least one live track. */
export interface SimulatedCapture {
  kind: 'audio' | 'video';
  label: string;
  /** The simulated device's id; undefined for a shared screen. */
  deviceId: string | undefined;
}
