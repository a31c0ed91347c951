import { html, nothing, type PropertyValues, type PropertyDeclarations } from 'lit';
import { KitElement } from '../base/kit-element.js';
import type { TypedAddEventListener, TypedRemoveEventListener } from '../base/capture-element.js';
import { FormControlElement } from '../base/form-control-element.js';
import { LocalizeController } from '../base/localize-controller.js';
import { warnInvalid } from '../base/warn.js';
import { ForTargetController } from '../controllers/for-target-controller.js';
import { Attr, EventName, TagName } from '../core/constants.js';
import { listDevices, watchDevices } from '../core/devices.js';
import { readStored, store } from '../core/storage.js';
import { deviceSelectStrings, type DeviceSelectStrings } from './device-select.strings.js';
import { styles } from './device-select.styles.js';

export type DeviceKind = 'videoinput' | 'audioinput' | 'audiooutput';

export interface DeviceChangeDetail {
  deviceId: string;
  label: string;
}

/** What `for` may name: a capture element (deviceId) or a media element (setSinkId). */
type Target = Element & { deviceId?: string; stream?: MediaStream | null; setSinkId?: (id: string) => Promise<void>; sinkId?: string };

const KINDS: readonly DeviceKind[] = ['videoinput', 'audioinput', 'audiooutput'];
const storageKey = (kind: DeviceKind) => `local-media-elements:${kind}`;

/**
 * @summary A native `<select>` of the cameras, microphones or speakers, that drives the element named by `for`.
 *
 * In a `<form>` it is a form control: with `name`, the chosen deviceId is in the form's data; a reset puts back the
 * device chosen before the person's first pick; `disabled` (or a disabled fieldset) disables it; a `<label for>`
 * outside names its select, instead of its own label.
 *
 * Its texts (the label, "Camera 1" for a device whose name is hidden, the hint) come from its dictionary in the
 * closest `lang`: see `strings` and device-select.strings.ts for the keys.
 *
 * @attr kind - `videoinput` (default), `audioinput` or `audiooutput`
 * @attr for - the id of the element to drive, in the same root: its `deviceId` is set (or `setSinkId()` called
 *   for speakers)
 * @attr remember - keep the choice in localStorage and restore it when that device is present (where the page may
 *   use storage: blocked storage, as in some third-party frames, remembers nothing and changes nothing else)
 *
 * @fires change - `{ deviceId, label }` when the user picks a device (bubbles, composed)
 *
 * @slot label - the visible label (default: Camera, Microphone or Speaker)
 * @slot hint - shown while device names are hidden because no permission was granted yet
 *
 * @csspart label - the `<label>`
 * @csspart select - the native `<select>`
 * @csspart hint - the hint below it
 *
 * @cssprop --device-select-font - the font of the label and the select (default `--lme-font`, else inherited)
 * @cssprop --device-select-padding - the select's padding (default `--lme-space`, inline)
 * @cssprop --device-select-border - the select's border (default 1px solid `--lme-border-color`)
 * @cssprop --device-select-radius - the select's corner radius (default `--lme-radius`)
 * @cssprop --device-select-background - the select's background (default `--lme-surface`)
 * @cssprop --device-select-color - the select's text colour (default `--lme-on-surface`)
 * @cssprop --device-select-focus-ring - the focused select's outline (default `--lme-focus-ring`)
 * @cssprop --device-select-hint-color - the hint's colour (default `--lme-muted-color`)
 */
export class DeviceSelect extends FormControlElement {
  static override styles = styles;
  static override shadowRootOptions: ShadowRootInit = { ...KitElement.shadowRootOptions, delegatesFocus: true };
  static override properties: PropertyDeclarations = {
    kind: { reflect: true, useDefault: true },
    htmlFor: { attribute: Attr.For, reflect: true, useDefault: true },
    remember: { type: Boolean, reflect: true, useDefault: true },
    value: { useDefault: true },
    strings: { attribute: false },
    devices: { state: true },
  };

  /** Which devices to list. */
  kind: DeviceKind = 'videoinput';

  /** The id of the element this select drives. */
  htmlFor = '';

  /** Keep the choice in localStorage and restore it when that device is present. */
  remember = false;

  /** The selected deviceId ('' until devices are known). */
  value = '';

  /** Texts that win over the dictionary of any language (see README, Localisation): e.g. `{ videoinput: 'Webcam' }`. */
  strings: Partial<DeviceSelectStrings> | null = null;

  private readonly text = new LocalizeController(this, TagName.DeviceSelect, deviceSelectStrings);

  private devices: MediaDeviceInfo[] = [];

  private unwatchDevices: (() => void) | undefined;
  /** The value before the person's first pick: what a form reset puts back. */
  private initialValue = '';
  private picked = false;
  /** Counts device listings, so that only the newest answer is shown. */
  private listing = 0;
  private readonly forTarget = new ForTargetController<Target>(this, (target, previous) => this.onTarget(target, previous));

  /** The devices listed, in the browser's order. */
  get options(): readonly MediaDeviceInfo[] {
    return this.devices;
  }

  /** Whether the browser hides device names (no permission yet). */
  get anonymous(): boolean {
    return this.devices.length > 0 && this.devices.every(device => !device.label);
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.unwatchDevices = watchDevices(devices => {
      this.listing++;
      this.setDevices(devices);
    });
    void this.refresh();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.unwatchDevices?.();
  }

  /** Lists the devices again (done by itself on `devicechange` and when the target goes live). */
  async refresh(): Promise<void> {
    // Answers can come back out of order: a list asked for before the permission was granted (no labels) must
    // not replace one asked for after.
    const listing = ++this.listing;
    const devices = await listDevices();
    if (listing === this.listing) this.setDevices(devices);
  }

  /** The form was reset: back to the device chosen before the person's first pick, and the target with it. */
  formResetCallback(): void {
    this.picked = false;
    if (!this.initialValue || this.initialValue === this.value) return;
    this.value = this.initialValue;
    this.apply();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('value') && !this.picked) this.initialValue = this.value;
    if (changed.has('kind') && !KINDS.includes(this.kind)) {
      warnInvalid(this, Attr.Kind, this.kind, 'videoinput');
      this.kind = 'videoinput';
    }
  }

  protected override updated(changed: PropertyValues<this>): void {
    // The select shows `value`, whatever the person picked last: bound after the options are rendered.
    const select = this.renderRoot.querySelector('select')!;
    if (select.value !== this.value) select.value = this.value;
    this.internals.setFormValue(this.value || null);
    if (changed.has('htmlFor')) this.forTarget.resolve();
    if (changed.has('kind')) void this.refresh();
  }

  protected override render() {
    const { kind, text } = this;
    const anonymous = this.anonymous;
    // A <label for> outside names it instead of its own label.
    const named = this.outsideLabel();
    return html`
      ${named ? nothing : html`<label part="label" for="select"><slot name="label">${text.t(kind)}</slot></label>`}
      <select
        id="select"
        part="select"
        class="select"
        aria-label=${named || nothing}
        aria-describedby=${anonymous ? 'hint' : nothing}
        ?disabled=${this.devices.length === 0 || this.formDisabled}
        @change=${this.onSelect}
      >
        ${this.devices.length === 0 ? html`<option value="">${text.t(`${kind}-none`)}</option>` : nothing}
        ${this.devices.map(
          (device, i) =>
            html`<option value=${device.deviceId}>
              ${device.label || text.t(`${kind}-numbered`, { n: i + 1 })}
            </option>`,
        )}
      </select>
      ${anonymous
        ? html`<span id="hint" part="hint" class="hint"
            ><slot name="hint">${text.t(`${kind}-hint`)}</slot></span
          >`
        : nothing}
    `;
  }

  private setDevices(all: MediaDeviceInfo[]): void {
    this.devices = all.filter(device => device.kind === this.kind);
    const known = (id: string | null | undefined) => !!id && this.devices.some(device => device.deviceId === id);
    const remembered = this.remember ? readStored(storageKey(this.kind)) : null;
    if (known(remembered) && remembered !== this.value) this.choose(remembered!, false);
    else if (!known(this.value)) this.value = this.currentOfTarget() ?? this.devices[0]?.deviceId ?? '';
  }

  /** The device the target uses now, if it says. */
  private currentOfTarget(): string | undefined {
    const target = this.forTarget.target;
    if (!target) return undefined;
    if (this.kind === 'audiooutput') return target.sinkId || undefined;
    const track = this.kind === 'videoinput' ? target.stream?.getVideoTracks()[0] : target.stream?.getAudioTracks()[0];
    return track?.getSettings().deviceId || target.deviceId || undefined;
  }

  private onSelect(event: Event): void {
    this.picked = true;
    this.choose((event.target as HTMLSelectElement).value, true);
  }

  /** Selects a device, drives the target, remembers it and (when the user picked it) fires `change`. */
  private choose(deviceId: string, byUser: boolean): void {
    this.value = deviceId;
    this.apply();
    if (this.remember) store(storageKey(this.kind), deviceId);
    if (byUser) {
      const label = this.devices.find(device => device.deviceId === deviceId)?.label ?? '';
      this.dispatchEvent(new CustomEvent<DeviceChangeDetail>(EventName.Change, { bubbles: true, composed: true, detail: { deviceId, label } }));
    }
  }

  private apply(): void {
    const target = this.forTarget.target;
    if (!target || !this.value) return;
    if (this.kind === 'audiooutput') {
      target.setSinkId?.(this.value).catch(error => console.warn(`<device-select> setSinkId failed: ${error}`, this));
    } else if ('deviceId' in target) {
      target.deviceId = this.value;
    }
  }

  private readonly onTargetState = (): void => {
    // Once the target is live, names are readable and the device in use is known.
    void this.refresh().then(() => {
      const current = this.currentOfTarget();
      if (current && this.devices.some(device => device.deviceId === current)) this.value = current;
    });
  };

  private onTarget(target: Target | null, previous: Target | null): void {
    previous?.removeEventListener(EventName.StateChange, this.onTargetState);
    target?.addEventListener(EventName.StateChange, this.onTargetState);
    if (target && this.remember) this.apply();
  }
}

export interface DeviceSelectEventMap {
  change: CustomEvent<DeviceChangeDetail>;
}

export interface DeviceSelect {
  addEventListener: TypedAddEventListener<DeviceSelectEventMap, DeviceSelect>;
  removeEventListener: TypedRemoveEventListener<DeviceSelectEventMap, DeviceSelect>;
}

declare global {
  interface HTMLElementTagNameMap {
    'device-select': DeviceSelect;
  }
}
