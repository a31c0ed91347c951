import { html, nothing, type PropertyValues, type PropertyDeclarations } from 'lit';
import type { BrowserControlController, BrowserControlControllerOptions } from '../controllers/browser-control-controller.js';
import { CaptureController } from '../controllers/capture-controller.js';
import type { HealthController } from '../controllers/health-controller.js';
import type { CaptureChangeDetail, CaptureSession } from '../core/capture-session.js';
import { Attr, CaptureState, DeniedBy, ErrorKind, EventName, type PermissionValue } from '../core/constants.js';
import { attributeForConstraint } from '../core/constraints.js';
import type { Health } from '../core/health-threshold.js';
import { lazy, whenLoaded } from '../core/lazy.js';
import type { LocalMediaError } from '../core/errors.js';
import type { LocalMediaStream } from '../core/local-media-stream.js';
import type { DevicePermissionName } from '../core/permissions.js';
import { processingConstraints, processingOf, withProcessing, type AudioProcessing } from '../core/processing.js';
import { KitElement, waitBeforeUpdate } from './kit-element.js';
import type { LocalizeController } from './localize-controller.js';
import { warnInvalid } from './warn.js';

export { warnInvalid };
import type { CaptureElementEventMap, CaptureStrings, ProcessingSwitch, TypedAddEventListener, TypedRemoveEventListener } from './capture-element-types.js';

export type { CaptureElementEventMap, CaptureStrings, ProcessingSwitch, TypedAddEventListener, TypedRemoveEventListener };

const HEALTH_SIGNALS: readonly (keyof Health)[] = ['silent', 'dark', 'frozen'];

/** Who denied and which browser and OS: read only when a denial is shown (the same chunk getLocalMedia loads). */
const denial = lazy(() => import('../core/denial.js'));

/**
 * Shows `stream` in `video`. Not a `.srcObject` binding: Lit commits an object binding again on every render, and
 * setting srcObject, even to the same stream, restarts the video's load (and its events re-render: a loop).
 */
export function showStream(video: HTMLVideoElement, stream: MediaStream | null): void {
  if (video.srcObject !== stream) video.srcObject = stream;
}

/**
 * The shared contract of `<camera-preview>`, `<mic-meter>` and the other capture elements: the read-only
 * `state`, `error`, `permission`, `interrupted` and `stream`, the settable `muted`, `deviceId` and `manual`,
 * `start()` and `stop()`. The capture itself lives in a {@link CaptureController}; subclasses say what to
 * request and render it.
 */
export abstract class CaptureElement extends KitElement {
  static override properties: PropertyDeclarations = {
    deviceId: { attribute: Attr.DeviceId },
    manual: { type: Boolean, reflect: true },
    muted: { type: Boolean, reflect: true },
    reconnect: { type: Boolean, reflect: true },
    retry: { type: Number },
    echoCancellation: { attribute: 'echo-cancellation' },
    noiseSuppression: { attribute: 'noise-suppression' },
    autoGainControl: { attribute: 'auto-gain-control' },
    voiceIsolation: { attribute: 'voice-isolation' },
    browserControl: { attribute: Attr.BrowserControl },
  };
  /** `user` captures with getUserMedia, `display` with getDisplayMedia. */
  protected static readonly captureSource: 'user' | 'display' = 'user';

  /** Capture this device (a `deviceId` from `enumerateDevices()`); changing it while live switches device. */
  deviceId = '';

  /** Do not start on connect; wait for `start()`. */
  manual = false;

  /** Keep the device open but send black frames / silence (`track.enabled = false`). */
  muted = false;

  /** After the source ended the capture (unplugged), capture again when a device of that kind comes back. */
  reconnect = false;

  /** Retries, with backoff (250 ms, 500 ms, 1 s ...), of a device that is `in-use`; 0 (default) to 10. */
  retry = 0;

  /** `on` or `off`: echo cancellation of the captured audio, applied live; absent: the element's default. */
  echoCancellation: ProcessingSwitch = '';

  /** `on` or `off`: noise suppression of the captured audio, applied live; absent: the element's default. */
  noiseSuppression: ProcessingSwitch = '';

  /** `on` or `off`: automatic gain control of the captured audio, applied live; absent: the element's default. */
  autoGainControl: ProcessingSwitch = '';

  /** `on` or `off`: voice isolation of the captured audio, where the browser has it; absent: the default. */
  voiceIsolation: ProcessingSwitch = '';

  /**
   * `auto` (default): where the browser has its own camera or microphone control (`<camera>`, `<microphone>`,
   * `<usermedia>`: Chromium), show it while a click is needed (`manual`, not started) and when access is blocked;
   * `off`: never.
   */
  browserControl: 'auto' | 'off' = 'auto';

  protected readonly internals: ElementInternals = this.attachInternals();

  /** The element's texts in its language (see `strings`). */
  protected abstract readonly text: LocalizeController<CaptureStrings>;

  protected readonly capture = new CaptureController(this, {
    source: (this.constructor as typeof CaptureElement).captureSource,
    // A new screen capture needs a new gesture: changed hints apply to its next start() instead.
    restartOnChange: (this.constructor as typeof CaptureElement).captureSource !== 'display',
    constraints: () => this.requestConstraints(),
    permissions: () => this.permissionNames(),
    autoStart: () => this.startsOnConnect(),
    reconnect: () => this.reconnect,
    retries: () => this.retryCount(),
    onChange: detail => this.captureChanged(detail),
    failing: error => (error.kind === ErrorKind.Denied ? this.deniedLoading() : undefined),
  });

  constructor() {
    super();
    // The denied steps (core/denial.ts and the element's `.denied.ts` texts) load when a denial is first shown.
    waitBeforeUpdate(this, () => (this.showsDenied() ? this.deniedLoading() : undefined));
  }

  /**
   * The browser's own capture control (part `browser-control`), where the element has one: a screen has none, so it
   * does not ship it. Made with {@link browserControlOptions}.
   */
  protected readonly browserControls?: Pick<BrowserControlController, 'element'>;

  /** The element's health checks (`watchHealth`), if it has any: a screen has none, so it does not ship them. */
  protected readonly healthMonitor?: Pick<HealthController, 'health' | 'setStream'>;

  /** The capture this element shows. */
  protected get session(): CaptureSession {
    return this.capture.session;
  }

  /** `idle`, `requesting`, `live`, `stopped`, `ended` or `error`; reflected as the `state` attribute. */
  get state(): CaptureState {
    return this.session.state;
  }

  /** The error kind while `state` is `error`; reflected as the `error` attribute. */
  get error(): ErrorKind | undefined {
    return this.session.error?.kind;
  }

  /** The full error while `state` is `error`, with the browser's exception as `cause`. */
  get lastError(): LocalMediaError | undefined {
    return this.session.error;
  }

  /** `prompt`, `granted`, `denied`, or undefined where the Permissions API can't tell. */
  get permission(): PermissionValue | undefined {
    return this.session.permission;
  }

  /** True while the source has muted a track (not the app: see `muted`). */
  get interrupted(): boolean {
    return this.session.interrupted;
  }

  /** The audio processing in effect, as the live audio track's `getSettings()` says; `{}` without one. */
  get processing(): AudioProcessing {
    return processingOf(this.stream);
  }

  /** While `denied`: who denied it, `user`, `system` (the OS blocks the browser) or `policy` (the frame's permissions policy). */
  get deniedBy(): DeniedBy | undefined {
    return this.error === ErrorKind.Denied ? this.session.error?.deniedBy : undefined;
  }

  /** True after about 3 s of digital silence from the microphone (muted in the OS, input volume at zero). */
  get silent(): boolean {
    return this.healthMonitor?.health.silent ?? false;
  }

  /** True after about 2 s of nearly black frames (lens covered, privacy shutter closed). */
  get dark(): boolean {
    return this.healthMonitor?.health.dark ?? false;
  }

  /** True after about 2 s without a new frame while live and not muted (camera taken or stalled). */
  get frozen(): boolean {
    return this.healthMonitor?.health.frozen ?? false;
  }

  /** The current stream, or null. Stopping it is the same as calling `stop()`. */
  get stream(): LocalMediaStream | null {
    return this.session.stream;
  }

  /**
   * Starts (or restarts) the capture. Resolves once live; rejects with the LocalMediaError that put the element
   * in `state="error"`; resolves without going live when `stop()` or a newer request supersedes it.
   */
  start(): Promise<void> {
    return this.session.start();
  }

  /** Stops every track and cancels a pending request. The element goes to `state="stopped"`. */
  stop(): void {
    this.session.stop();
  }

  protected abstract captureConstraints(): MediaStreamConstraints;

  /** What a request asks for: the element's constraints with its audio processing. */
  private requestConstraints(): MediaStreamConstraints {
    return withProcessing(this.captureConstraints(), processingConstraints(this, (...invalid) => warnInvalid(this, ...invalid)));
  }

  protected abstract permissionNames(): readonly DevicePermissionName[];

  /** Hook: whether connecting starts the capture; by default, unless `manual`. */
  protected startsOnConnect(): boolean {
    return !this.manual;
  }

  /**
   * Hook: whether the state needs the browser's own control: not started yet with `manual` (a click is needed), or
   * blocked by the person or the system (a blocking policy is the site's to change). Never for a screen.
   */
  protected wantsBrowserControl(): boolean {
    const source = (this.constructor as typeof CaptureElement).captureSource;
    if (source !== 'user' || this.browserControl === 'off') return false;
    const { state } = this;
    if (this.manual && (state === CaptureState.Idle || state === CaptureState.Stopped)) return true;
    const blocked = (state === CaptureState.Error && this.error === ErrorKind.Denied) || (state === CaptureState.Ended && this.permission === 'denied');
    return blocked && this.deniedBy !== DeniedBy.Policy;
  }

  /** The browser's own control while the state needs it and the browser has one; nothing otherwise. */
  protected renderBrowserControl() {
    return this.browserControls?.element ?? nothing;
  }

  /** What a subclass's `browserControls` controller needs of the element. */
  protected browserControlOptions(): BrowserControlControllerOptions {
    return {
      session: () => this.session,
      constraints: () => this.requestConstraints(),
      wanted: () => this.wantsBrowserControl(),
      onShown: shown => this.setCustomState(Attr.BrowserControl, shown),
    };
  }

  /** Hook: a stream was attached, or `null` when it was released. */
  protected streamChanged(_stream: LocalMediaStream | null): void {}

  /** Hook: a live change of the constraints took, on the same tracks. */
  protected settingsChanged(): void {}

  override connectedCallback(): void {
    super.connectedCallback();
    this.reflectState();
  }

  protected override willUpdate(changed: PropertyValues): void {
    if (changed.has('muted')) this.session.muted = this.muted;
    if (changed.has('browserControl') && this.browserControl !== 'auto' && this.browserControl !== 'off') {
      warnInvalid(this, Attr.BrowserControl, this.browserControl, 'auto');
      this.browserControl = 'auto';
    }
  }

  /** Reflects each change of the capture at once, before `statechange` is dispatched. */
  private captureChanged({ what, error }: CaptureChangeDetail): void {
    if (what === 'state') this.reflectState();
    else if (what === 'stream') {
      this.healthMonitor?.setStream(this.session.stream);
      this.streamChanged(this.session.stream);
    }
    else if (what === 'error') this.warnFor(error!);
    else if (what === 'interrupted') {
      this.toggleAttribute(Attr.Interrupted, this.session.interrupted);
      this.setCustomState('interrupted', this.session.interrupted);
    } else if (what === 'settings') this.settingsChanged();
    else if (this.session.permission) {
      this.setAttribute(Attr.Permission, this.session.permission);
      if (this.session.permission === 'denied') void this.deniedLoading();
    }
    else this.removeAttribute(Attr.Permission);
  }

  private reflectState(): void {
    const { state, error } = this.session;
    if (this.getAttribute(Attr.State) !== state) this.setAttribute(Attr.State, state);
    if (error) this.setAttribute(Attr.Error, error.kind);
    else this.removeAttribute(Attr.Error);
    const { deniedBy } = this;
    if (deniedBy) this.setAttribute(Attr.DeniedBy, deniedBy);
    else this.removeAttribute(Attr.DeniedBy);
    for (const name of Object.values(CaptureState)) this.setCustomState(name, name === state);
  }

  /** Reflects a change of health, announces it (see `statusText`) and fires `healthchange`. */
  protected healthChanged(health: Health): void {
    for (const signal of HEALTH_SIGNALS) {
      this.toggleAttribute(signal, health[signal]);
      this.setCustomState(signal, health[signal]);
    }
    queueMicrotask(() => this.requestUpdate()); // the status text; may come from this element's own update
    this.dispatchEvent(new CustomEvent(EventName.HealthChange, { detail: { ...health } }));
  }

  protected setCustomState(name: string, on: boolean): void {
    const states = this.internals.states;
    if (!states) return;
    try {
      if (on) states.add(name);
      else states.delete(name);
    } catch {
      // Chromium before 125 accepted only dashed names (`--live`); it gets the attributes only.
    }
  }

  /**
   * The status region: visually hidden, `role="status"`, so that screen readers say each new state once, politely
   * ("Camera is on", the error's text). Subclasses render it in their shadow root, with `statusStyles`.
   */
  protected renderStatus() {
    return html`<div class="status" role="status">${this.statusText()}</div>`;
  }

  /**
   * The text for the current state: none while idle; why it failed for an error or a revoked permission; while
   * live, what is wrong with the signal (`silent`, `dark`, `frozen`), if anything.
   */
  protected statusText(): string {
    const { state, error } = this;
    if (state === CaptureState.Idle) return '';
    if (this.showsDenied()) return this.deniedText();
    if (state === CaptureState.Error) return error && error !== ErrorKind.Aborted ? this.text.t(error) : '';
    const unhealthy = state === CaptureState.Live ? HEALTH_SIGNALS.find(signal => this[signal] && this.text.has(signal)) : undefined;
    return this.text.t((unhealthy as keyof CaptureStrings) ?? state);
  }

  /** The pending load of what the denied text needs (who denied, the element's `.denied.ts` texts), if any. */
  private deniedLoading(): Promise<unknown> | undefined {
    return whenLoaded(denial.pending(), this.text.loadRare());
  }

  /** Whether the element says how to allow the device again: denied, or ended by a revoked permission. */
  protected showsDenied(): boolean {
    const { state } = this;
    return (state === CaptureState.Error && this.error === ErrorKind.Denied) || (state === CaptureState.Ended && this.permission === 'denied');
  }

  /** How to allow the device again, for who denied it and for this browser and OS. */
  protected deniedText(): string {
    const keys = denial.value?.deniedTextKeys(this.deniedBy) ?? [];
    return this.text.t((keys.find(key => this.text.has(key)) as keyof CaptureStrings) ?? ErrorKind.Denied);
  }

  private retryCount(): number {
    const { retry } = this;
    if (Number.isInteger(retry) && retry >= 0 && retry <= 10) return retry;
    warnInvalid(this, Attr.Retry, retry, Number.isFinite(retry) && retry > 10 ? '10' : '0 (no retry)');
    return Number.isFinite(retry) && retry > 10 ? 10 : 0;
  }

  private warnFor(error: LocalMediaError): void {
    if (error.kind !== ErrorKind.Overconstrained) return;
    const attribute = attributeForConstraint(error.constraint);
    if (attribute === Attr.DeviceId) {
      if (this.deviceId) warnInvalid(this, attribute, this.deviceId, 'nothing: no device has that id');
    }
    else if (attribute) warnInvalid(this, attribute, this.getAttribute(attribute), 'nothing: no device can satisfy it');
  }
}

export interface CaptureElement {
  addEventListener: TypedAddEventListener<CaptureElementEventMap, CaptureElement>;
  removeEventListener: TypedRemoveEventListener<CaptureElementEventMap, CaptureElement>;
}
