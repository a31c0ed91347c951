import { html, nothing, type PropertyDeclarations, type PropertyValues } from 'lit';
import { KitElement } from '../base/kit-element.js';
import { LocalizeController } from '../base/localize-controller.js';
import { ForTargetController } from '../controllers/for-target-controller.js';
import { supportedControls, type CameraCapabilities, type CameraControl, type CameraControlName, type CameraSettings } from '../core/camera-capabilities.js';
import { Attr, EventName, TagName } from '../core/constants.js';
import { cameraControlsStrings, type CameraControlsStrings } from './camera-controls.strings.js';
import { styles } from './camera-controls.styles.js';

export type { CameraControlName };

/** What `for` names: a `<camera-preview>` (or an element with the same camera API). */
interface Target extends Element {
  readonly capabilities: CameraCapabilities | null;
  readonly stream: MediaStream | null;
  /** The camera's own stream where `stream` is processed (an effect). */
  readonly cameraStream?: MediaStream | null;
  zoom: number | null;
  pan: number | null;
  tilt: number | null;
  torch: boolean;
  setControlConstraints(control: object, constraints: MediaTrackConstraints | null): void;
}

type Motion = 'zoom' | 'pan' | 'tilt';

/**
 * @summary The controls that the camera of the `<camera-preview>` named by `for` really has (from its track's
 * `getCapabilities()`): zoom, pan, tilt, torch, focus, exposure and white balance, each a native labelled input with
 * the camera's own range and step. Nothing for what the camera can't do; nothing while it is not live. It follows
 * the preview across camera switches. Zoom, pan, tilt and torch set the preview's properties; focus, exposure and
 * white balance are a constraint layer of the controls' own (the preview's `setControlConstraints`), never written
 * into the page's `constraints`, which win over them. Every change is applied to the live track, never by capturing
 * again.
 *
 * @attr for - the id of the `<camera-preview>`, in the same root (like `<label for>`)
 *
 * @fires change - (bubbles, composed) a control was changed by the user; the inner inputs' `input` events reach the page too
 *
 * @csspart group - the box around the controls (`role="group"`, named "Camera controls")
 * @csspart zoom - the zoom's range input; likewise `pan`, `tilt`, `focus`, `exposure`, `white-balance`
 * @csspart torch - the torch's checkbox
 * @csspart focus-auto - the autofocus checkbox, where the camera has both modes; likewise `exposure-auto`,
 *   `white-balance-auto`
 * @csspart label - each control's label (the `<label>` around its text and input)
 *
 * @cssprop --camera-controls-font - the font (default `--lme-font`, else inherited)
 * @cssprop --camera-controls-gap - the space between controls (default `--lme-space`)
 * @cssprop --camera-controls-label-width - the width of the ranges' texts, so that the sliders line up (default 8em)
 * @cssprop --camera-controls-accent - the inputs' accent colour (default `--lme-accent`)
 * @cssprop --camera-controls-focus-ring - the focused input's outline (default `--lme-focus-ring`)
 */
export class CameraControls extends KitElement {
  static override styles = styles;
  static override properties: PropertyDeclarations = {
    htmlFor: { attribute: Attr.For, reflect: true, useDefault: true },
    strings: { attribute: false },
  };

  /** The id of the `<camera-preview>` these controls drive. */
  htmlFor = '';

  /** Texts that win over the dictionary of any language (see README, Localisation): e.g. `{ zoom: 'Magnify' }`. */
  strings: Partial<CameraControlsStrings> | null = null;

  private readonly text = new LocalizeController(this, TagName.CameraControls, cameraControlsStrings);

  /** The person's focus, exposure and white balance choices, and the preview they were made for. */
  private layer: Record<string, unknown> = {};
  private layerFor: Target | null = null;

  private readonly forTarget = new ForTargetController<Target>(this, (target, previous) => {
    for (const type of [EventName.CapabilitiesChange, EventName.StateChange]) {
      previous?.removeEventListener(type, this.refresh);
      target?.addEventListener(type, this.refresh);
    }
    previous?.setControlConstraints?.(this, null);
    // The choices were made for one camera: kept across a DOM move, not carried to another preview.
    if (target && target !== this.layerFor) this.layer = {};
    this.layerFor = target ?? this.layerFor;
    if (target && Object.keys(this.layer).length > 0) target.setControlConstraints?.(this, this.layer);
    this.requestUpdate();
  });

  /** The element named by `for`, or null. */
  get target(): Target | null {
    return this.forTarget.target;
  }

  /** The controls shown now: those the target's live camera has. */
  get controls(): CameraControlName[] {
    return this.available().map(control => control.name);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('htmlFor')) this.forTarget.resolve(this.htmlFor);
  }

  private readonly refresh = (): void => this.requestUpdate();

  private available(): CameraControl[] {
    return supportedControls(this.target?.capabilities);
  }

  private settings(): CameraSettings {
    return ((this.target?.cameraStream ?? this.target?.stream)?.getVideoTracks()[0]?.getSettings() ?? {}) as CameraSettings;
  }

  protected override render() {
    const settings = this.settings();
    return html`<div part="group" class="group" role="group" aria-label=${this.text.t('label')}>${this.available().map(control =>
      control.kind === 'toggle' ? this.renderTorch(settings) : this.renderRange(control, settings),
    )}</div>`;
  }

  private renderTorch(settings: CameraSettings) {
    return html`<label part="label"
      ><input part="torch" type="checkbox" .checked=${settings.torch ?? this.target?.torch ?? false} @change=${this.onTorch} />${this.text.t('torch')}</label
    >`;
  }

  private renderRange(control: Extract<CameraControl, { kind: 'range' }>, settings: CameraSettings) {
    const { name, setting, range, mode } = control;
    const value = settings[setting] ?? range.min;
    const auto = mode !== undefined && settings[mode] !== 'manual';
    const autoKey = `${name}-auto` as keyof CameraControlsStrings;
    return html`<label part="label" class="range"
        >${this.text.t(name)}<input
          part=${name}
          type="range"
          min=${range.min}
          max=${range.max}
          step=${range.step ?? 'any'}
          .value=${String(value)}
          ?disabled=${auto}
          @input=${(event: Event) => this.onRange(control, Number((event.target as HTMLInputElement).value))}
      /></label>
      ${mode
        ? html`<label part="label"
            ><input part=${autoKey} type="checkbox" .checked=${auto} @change=${(event: Event) => this.onAuto(control, (event.target as HTMLInputElement).checked)} />${this.text.t(autoKey)}</label
          >`
        : nothing}`;
  }

  private onTorch(event: Event): void {
    if (!this.target) return;
    this.target.torch = (event.target as HTMLInputElement).checked;
    this.changed();
  }

  private onRange({ name, setting, mode }: Extract<CameraControl, { kind: 'range' }>, value: number): void {
    const target = this.target;
    if (!target) return;
    if (name === 'zoom' || name === 'pan' || name === 'tilt') target[name as Motion] = value;
    else this.setLayer({ ...this.layer, ...(mode ? { [mode]: 'manual' } : {}), [setting]: value });
    this.changed();
  }

  private onAuto({ setting, mode }: Extract<CameraControl, { kind: 'range' }>, auto: boolean): void {
    if (!this.target || !mode) return;
    const rest = { ...this.layer };
    delete rest[setting];
    const value = this.settings()[setting];
    this.setLayer(auto ? { ...rest, [mode]: 'continuous' } : { ...rest, [mode]: 'manual', [setting]: value });
    this.changed();
  }

  private setLayer(layer: Record<string, unknown>): void {
    this.layer = layer;
    this.target?.setControlConstraints?.(this, layer as MediaTrackConstraints);
  }

  private changed(): void {
    this.dispatchEvent(new Event(EventName.Change, { bubbles: true, composed: true }));
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'camera-controls': CameraControls;
  }
}
