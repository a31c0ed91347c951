import { nothing, type PropertyDeclarations, type PropertyValues } from 'lit';
import { BrowserControlController } from '../controllers/browser-control-controller.js';
import type { HealthController } from '../controllers/health-controller.js';
import { Attr, CaptureState, DeniedBy, ErrorKind, EventName } from '../core/constants.js';
import type { LocalMediaError } from '../core/errors.js';
import type { Health } from '../core/health.js';
import type { LocalMediaStream } from '../core/local-media-stream.js';
import { processingConstraints, processingOf, withProcessing, type AudioProcessing } from '../core/processing.js';
import { CaptureElement, type CaptureStrings, type ProcessingSwitch } from './capture-element.js';
import { warnInvalid } from './warn.js';

const HEALTH_SIGNALS: readonly (keyof Health)[] = ['silent', 'dark', 'frozen'];

/**
 * What the capture elements of a device (`<camera-preview>`, `<mic-meter>`) add to {@link CaptureElement}: which
 * device (`deviceId`), `reconnect` and `retry` for a device that went away or is busy, the audio processing
 * attributes, and the health of the signal (`silent`, `dark`, `frozen`, `healthchange`). A shared screen has none.
 */
export abstract class DeviceCaptureElement extends CaptureElement {
  static override properties: PropertyDeclarations = {
    deviceId: { attribute: Attr.DeviceId, useDefault: true },
    reconnect: { type: Boolean, reflect: true, useDefault: true },
    retry: { type: Number, useDefault: true },
    echoCancellation: { attribute: 'echo-cancellation', useDefault: true },
    noiseSuppression: { attribute: 'noise-suppression', useDefault: true },
    autoGainControl: { attribute: 'auto-gain-control', useDefault: true },
    voiceIsolation: { attribute: 'voice-isolation', useDefault: true },
    browserControl: { attribute: Attr.BrowserControl, useDefault: true },
  };

  /** Capture this device (a `deviceId` from `enumerateDevices()`); changing it while live switches device. */
  deviceId = '';

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

  /** The browser's own capture control (part `browser-control`), where the browser has one and the state needs it. */
  protected readonly browserControls = new BrowserControlController(this, {
    session: () => this.session,
    constraints: () => this.requestConstraints(),
    wanted: () => this.wantsBrowserControl(),
    onShown: shown => this.setCustomState(Attr.BrowserControl, shown),
  });

  /** The element's health checks (`watchHealth`). */
  protected abstract readonly healthMonitor: Pick<HealthController, 'health' | 'setStream'>;

  /** The audio processing in effect, as the live audio track's `getSettings()` says; `{}` without one. */
  get processing(): AudioProcessing {
    return processingOf(this.stream);
  }

  /** True after about 3 s of digital silence from the microphone (muted in the OS, input volume at zero). */
  get silent(): boolean {
    return this.healthMonitor.health.silent;
  }

  /** True after about 2 s of nearly black frames (lens covered, privacy shutter closed). */
  get dark(): boolean {
    return this.healthMonitor.health.dark;
  }

  /** True after about 2 s without a new frame while live and not muted (camera taken or stalled). */
  get frozen(): boolean {
    return this.healthMonitor.health.frozen;
  }

  protected override requestConstraints(): MediaStreamConstraints {
    return withProcessing(this.captureConstraints(), processingConstraints(this, (...invalid) => warnInvalid(this, ...invalid)));
  }

  /**
   * Hook: whether the state needs the browser's own control: not started yet with `manual` (a click is needed), or
   * blocked by the person or the system (a blocking policy is the site's to change).
   */
  protected wantsBrowserControl(): boolean {
    if (this.browserControl === 'off') return false;
    const { state } = this;
    if (this.manual && (state === CaptureState.Idle || state === CaptureState.Stopped)) return true;
    const blocked = (state === CaptureState.Error && this.error === ErrorKind.Denied) || (state === CaptureState.Ended && this.permission === 'denied');
    return blocked && this.deniedBy !== DeniedBy.Policy;
  }

  /** The browser's own control while the state needs it and the browser has one; nothing otherwise. */
  protected renderBrowserControl() {
    return this.browserControls.element ?? nothing;
  }

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    if (changed.has('browserControl') && this.browserControl !== 'auto' && this.browserControl !== 'off') {
      warnInvalid(this, Attr.BrowserControl, this.browserControl, 'auto');
      this.browserControl = 'auto';
    }
  }

  protected override reconnects(): boolean {
    return this.reconnect;
  }

  protected override retries(): number {
    const { retry } = this;
    if (Number.isInteger(retry) && retry >= 0 && retry <= 10) return retry;
    warnInvalid(this, Attr.Retry, retry, Number.isFinite(retry) && retry > 10 ? '10' : '0 (no retry)');
    return Number.isFinite(retry) && retry > 10 ? 10 : 0;
  }

  protected override unhealthy(): keyof CaptureStrings | undefined {
    return HEALTH_SIGNALS.find(signal => this[signal] && this.text.has(signal));
  }

  /** Subclasses that override it call `super.streamChanged(stream)`: the health checks follow the stream. */
  protected override streamChanged(stream: LocalMediaStream | null): void {
    this.healthMonitor.setStream(stream);
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

  protected override warnFor(error: LocalMediaError): void {
    super.warnFor(error);
    if (error.kind === ErrorKind.Overconstrained && error.constraint === 'deviceId' && this.deviceId) {
      warnInvalid(this, Attr.DeviceId, this.deviceId, 'nothing: no device has that id');
    }
  }
}
