import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { listDevices, watchDevices } from '../core/devices.js';

/** The kinds of device a `<device-check>` can check. */
export type DeviceKindName = 'camera' | 'microphone' | 'speaker';

/**
 * The kinds of device the browser lists (`present`: undefined until first listed) and how many audio outputs, kept
 * up to date while the host is connected: a camera plugged in later gets its check, one unplugged loses it. The
 * host updates when either changes.
 */
export class DeviceKindsController implements ReactiveController {
  present: ReadonlySet<DeviceKindName> | undefined;
  outputs = 0;
  #unwatch: (() => void) | undefined;
  #relisted = false;

  constructor(private readonly host: ReactiveControllerHost) {
    host.addController(this);
  }

  hostConnected(): void {
    this.#unwatch = watchDevices(devices => this.#listed(devices));
    void listDevices().then(devices => this.#listed(devices));
  }

  hostDisconnected(): void {
    this.#unwatch?.();
  }

  /** Lists again, once: Firefox lists the outputs only once the microphone is allowed. */
  relistOnce(): void {
    if (this.#relisted) return;
    this.#relisted = true;
    void listDevices().then(devices => this.#listed(devices));
  }

  #listed(devices: MediaDeviceInfo[]): void {
    // Nothing listed (no API, or it failed): both captures, whose errors then say why.
    const has = (kind: string) => !devices.length || devices.some(device => device.kind === kind);
    const present = new Set<DeviceKindName>([...(has('videoinput') ? ['camera' as const] : []), ...(has('audioinput') ? ['microphone' as const] : []), 'speaker']);
    const outputs = devices.filter(device => device.kind === 'audiooutput').length;
    if ([...present].join() === [...(this.present ?? [])].join() && outputs === this.outputs) return;
    this.present = present;
    this.outputs = outputs;
    this.host.requestUpdate();
  }
}
