import type { PropertyDeclarations } from 'lit';
import type { HealthController } from '../controllers/health-controller.js';
import { Attr, ErrorKind, EventName } from '../core/constants.js';
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
