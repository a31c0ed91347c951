import { html, nothing, type PropertyValues, type PropertyDeclarations } from 'lit';
import { KitElement } from '../base/kit-element.js';
import type { TypedAddEventListener, TypedRemoveEventListener } from '../base/capture-element.js';
import { FormControlElement } from '../base/form-control-element.js';
import { cameraIcon, cameraOffIcon, microphoneIcon, microphoneOffIcon, screenIcon } from '../base/icons.js';
import { LocalizeController } from '../base/localize-controller.js';
import { ForTargetController } from '../controllers/for-target-controller.js';
import { Attr, EventName, TagName } from '../core/constants.js';
import { mediaToggleStrings, type MediaToggleStrings } from './media-toggle.strings.js';
import { styles } from './media-toggle.styles.js';

export interface MuteChangeDetail {
  muted: boolean;
}

/** What `for` names: a capture element, whose `muted` is reflected as an attribute. */
type Target = Element & { muted: boolean };

/** The icon of each capture element, [unmuted, muted]. */
const ICONS: Record<string, readonly [() => unknown, () => unknown]> = {
  [TagName.CameraPreview]: [cameraIcon, cameraOffIcon],
  [TagName.MicMeter]: [microphoneIcon, microphoneOffIcon],
  [TagName.ScreenPreview]: [screenIcon, screenIcon],
};

/**
 * @summary A mute button for the capture element named by `for`: it toggles the element's `muted` (the device stays
 * open, the tracks carry black frames or silence) and shows it with `aria-pressed`.
 *
 * In a `<form>` it is a form control, as a checkbox: with `name`, its `value` (default `on`) is in the form's data
 * while pressed; a reset puts the target's `muted` back as the toggle found it; `disabled` (or a disabled fieldset)
 * disables it; a `<label for>` outside names its button, and a click on that label toggles.
 *
 * @attr for - the id of the capture element, in the same root (like `<label for>`)
 * @attr pressed - read-only: the target is muted
 *
 * @fires change - `{ muted }` when the user toggles (bubbles, composed)
 *
 * @slot - the button's label (default "Mute", `label` in `strings`, in the closest `lang`); it stays the same while
 *   pressed, as `aria-pressed` says the rest
 * @slot icon - replaces the icon before the label (default: the target's device, a camera or a microphone, crossed
 *   out while muted; none for other targets). Use `media-toggle[pressed]` to show another one while muted.
 *
 * @csspart button - the native `<button>`
 * @csspart icon - the default icon (an inline SVG in the text colour)
 *
 * @cssprop --media-toggle-font - the font (default `--lme-font`, else inherited)
 * @cssprop --media-toggle-padding - the button's padding (default: `--lme-space` twice, inline)
 * @cssprop --media-toggle-border - the button's border (default 1px solid `--lme-border-color`)
 * @cssprop --media-toggle-radius - the button's corner radius (default `--lme-radius`)
 * @cssprop --media-toggle-background - the button's background (default `--lme-surface`)
 * @cssprop --media-toggle-color - the button's text colour (default `--lme-on-surface`)
 * @cssprop --media-toggle-pressed-background - the background while muted (default `--lme-accent`)
 * @cssprop --media-toggle-pressed-color - the text colour while muted (default `--lme-on-accent`)
 * @cssprop --media-toggle-focus-ring - the focused button's outline (default `--lme-focus-ring`)
 */
export class MediaToggle extends FormControlElement {
  static override styles = styles;
  static override shadowRootOptions: ShadowRootInit = { ...KitElement.shadowRootOptions, delegatesFocus: true };
  static override properties: PropertyDeclarations = {
    htmlFor: { attribute: Attr.For, reflect: true, useDefault: true },
    value: { useDefault: true },
    strings: { attribute: false },
  };

  /** The id of the capture element this button mutes. */
  htmlFor = '';

  /** In a `<form>`, as a checkbox's: its value in the form's data while pressed (muted); nothing while not. */
  value = 'on';

  /** Texts that win over the dictionary of any language (see README, Localisation): e.g. `{ label: 'Silence' }`. */
  strings: Partial<MediaToggleStrings> | null = null;

  private readonly text = new LocalizeController(this, TagName.MediaToggle, mediaToggleStrings);

  // The target's `muted` can change from anywhere (the page, another toggle): follow its attribute. Created with the
  // first target, in the browser: a server renders the element without MutationObserver.
  private observer: MutationObserver | undefined;

  /** The target's `muted` when the toggle found it: what a form reset puts back. */
  private initialPressed = false;

  private readonly forTarget = new ForTargetController<Target>(this, (target, previous) => {
    this.observer?.disconnect();
    if (target && target !== previous) this.initialPressed = target.muted;
    if (target) {
      this.observer ??= new MutationObserver(() => this.requestUpdate());
      this.observer.observe(target, { attributes: true, attributeFilter: [Attr.Muted] });
    }
    this.requestUpdate();
  });

  /** The element named by `for`, or null. */
  get target(): Target | null {
    return this.forTarget.target;
  }

  /** Whether the target is muted. */
  get pressed(): boolean {
    return this.target?.muted ?? false;
  }

  /** Mutes or unmutes the target (the same as a click). */
  toggle(): void {
    const target = this.target;
    if (!target) return;
    target.muted = !target.muted;
    this.requestUpdate();
  }

  constructor() {
    super();
    // A click on a <label for> this toggle reaches the host itself: it toggles, as a native control's label does.
    this.addEventListener('click', event => {
      if (event.composedPath()[0] === this && this.target && !this.formDisabled) this.onClick();
    });
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.observer?.disconnect();
  }

  /** The form was reset: the target muted as it was when the toggle found it. */
  formResetCallback(): void {
    const target = this.target;
    if (target && target.muted !== this.initialPressed) target.muted = this.initialPressed;
    this.requestUpdate();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('htmlFor')) this.forTarget.resolve(this.htmlFor);
  }

  protected override updated(): void {
    this.toggleAttribute(Attr.Pressed, this.pressed);
    this.internals.setFormValue(this.pressed ? this.value : null);
  }

  protected override render() {
    const named = this.outsideLabel();
    const icon = this.target && ICONS[this.target.localName]?.[Number(this.pressed)];
    return html`<button part="button" class="button" type="button" aria-pressed=${this.pressed} aria-label=${named || nothing}
      ?disabled=${!this.target || this.formDisabled} @click=${this.onClick}>
      <slot name="icon">${icon?.() ?? nothing}</slot><slot>${this.text.t('label')}</slot>
    </button>`;
  }

  private onClick(): void {
    this.toggle();
    const detail: MuteChangeDetail = { muted: this.pressed };
    this.dispatchEvent(new CustomEvent(EventName.Change, { bubbles: true, composed: true, detail }));
  }
}

export interface MediaToggleEventMap {
  change: CustomEvent<MuteChangeDetail>;
}

export interface MediaToggle {
  addEventListener: TypedAddEventListener<MediaToggleEventMap, MediaToggle>;
  removeEventListener: TypedRemoveEventListener<MediaToggleEventMap, MediaToggle>;
}

declare global {
  interface HTMLElementTagNameMap {
    'media-toggle': MediaToggle;
  }
}
