import { html, nothing, type PropertyDeclarations } from 'lit';
import { CaptureElement, warnInvalid } from '../base/capture-element.js';
import { screenIcon } from '../base/icons.js';
import { LocalizeController } from '../base/localize-controller.js';
import { previewMessage, renderPreview, showWhileLive } from '../base/preview.js';
import { CaptureState, ErrorKind, TagName } from '../core/constants.js';
import { displayCaptureSupported, displayMediaOptions, type DisplaySurface } from '../core/display.js';
import type { DevicePermissionName } from '../core/permissions.js';
import { screenPreviewDenied, screenPreviewStrings, type ScreenPreviewStrings } from './screen-preview.strings.js';
import { styles } from './screen-preview.styles.js';

/** Errors that another click cannot fix: no start button then. */
const final: readonly ErrorKind[] = [ErrorKind.Unsupported, ErrorKind.Insecure];

/**
 * @summary A live preview of a shared screen, window or tab. Browsers allow screen capture only from a user
 * gesture, so it shows a start button (or the page calls `start()` from its own click handler), and it goes to
 * `state="ended"` when the user stops sharing from the browser's own controls.
 *
 * Its texts (the button, default slot texts, the video's name, the status region that announces each state once)
 * come from its dictionary in the closest `lang`: see `strings` and screen-preview.strings.ts for the keys.
 *
 * @attr state - read-only: `idle`, `requesting`, `live`, `stopped`, `ended` (the user stopped sharing) or `error`
 * @attr error - read-only: the error kind while `state="error"`; `unsupported` (or `insecure`) from the start,
 *   without a button, where the browser cannot capture the screen (mobile browsers)
 * @attr interrupted - read-only: the source muted the track
 * @attr denied-by - read-only, while `error="denied"`: `user`, `system` (the OS blocks the browser) or `policy` (the frame's permissions policy)
 * @attr permission - read-only: never set, since the Permissions API keeps no answer for the screen (each capture asks)
 * @attr surface - `monitor`, `window` or `browser`: what the browser's picker offers first
 * @attr audio - also ask for the audio of what is shared (where the browser offers it)
 *
 * @fires statechange - `{ state, previous, error? }` on every state change
 * @fires error - the LocalMediaError, when a request fails (`denied` also when the user cancels the picker)
 * @fires streamchange - `{ stream, previous }` whenever `stream` is replaced: a capture goes live, another device
 *   replaces the stream (once, old to new), or it is released (to null)
 *
 * @slot start - the start control, shown while idle, stopped, ended and after an error; a click on it starts
 *   (default: a "Share your screen" button)
 * @slot requesting - shown while the browser's picker is open (default: a short text)
 * @slot ended - shown when the user stopped sharing, above the start control (default: a short text)
 * @slot error - shown on failure, above the start control (default: a message for the error kind)
 *
 * @csspart frame - the box that keeps the aspect ratio
 * @csspart video - the `<video>` element (always muted)
 * @csspart start-button - the default start button
 * @csspart icon - the start button's icon (a screen; replace the whole button with the `start` slot)
 * @csspart message - the default text of the requesting, ended and error slots
 *
 * @cssprop --screen-preview-aspect-ratio - the frame's aspect ratio (default `16 / 9`)
 * @cssprop --screen-preview-object-fit - how the video fills the frame (default `contain`)
 * @cssprop --screen-preview-background - behind the video and the messages (default `--lme-stage`)
 * @cssprop --screen-preview-color - message text colour (default `--lme-on-stage`)
 * @cssprop --screen-preview-font - message font (default `--lme-font`, else inherited)
 * @cssprop --screen-preview-radius - the frame's corner radius (default `--lme-radius`)
 * @cssprop --screen-preview-button-border - the start button's border (default none)
 * @cssprop --screen-preview-button-radius - the start button's corner radius (default `--lme-radius`)
 * @cssprop --screen-preview-button-background - the start button's background (default `--lme-accent`)
 * @cssprop --screen-preview-button-color - the start button's text colour (default `--lme-on-accent`)
 * @cssprop --screen-preview-focus-ring - the focused start button's outline (default `--lme-focus-ring`)
 */
export class ScreenPreview extends CaptureElement {
  static override styles = styles;
  static override properties: PropertyDeclarations = {
    surface: { useDefault: true },
    audio: { type: Boolean, useDefault: true },
    constraints: { attribute: false },
    strings: { attribute: false },
  };
  protected static override readonly captureSource = 'display';

  /** `monitor`, `window` or `browser`: a preference for the browser's picker; the user still chooses. */
  surface: DisplaySurface | '' = '';

  /** Also ask for the audio of what is shared (a tab's sound; system audio where the browser offers it). */
  audio = false;

  /** MediaTrackConstraints for the video (e.g. `frameRate`), merged last. */
  constraints: MediaTrackConstraints | null = null;

  /** Texts that win over the dictionary of any language (see README, Localisation): e.g. `{ start: 'Present' }`. */
  strings: Partial<ScreenPreviewStrings> | null = null;

  protected readonly text = new LocalizeController(this, TagName.ScreenPreview, screenPreviewStrings, screenPreviewDenied);

  /** What the user chose to share (`monitor`, `window` or `browser`), while live and where the browser tells. */
  get displaySurface(): DisplaySurface | undefined {
    const settings = this.stream?.getVideoTracks()[0]?.getSettings() as { displaySurface?: DisplaySurface } | undefined;
    return settings?.displaySurface;
  }

  protected captureConstraints(): MediaStreamConstraints {
    const onInvalid = (attribute: string, value: unknown, fallback: string) => warnInvalid(this, attribute, value, fallback);
    return displayMediaOptions({ audio: this.audio, surface: this.surface, constraints: this.constraints }, onInvalid);
  }

  protected permissionNames(): readonly DevicePermissionName[] {
    return []; // The Permissions API has no lasting answer for the screen: every capture asks.
  }

  /**
   * Never on connect, since a capture needs a gesture; except where the browser cannot capture the screen at all:
   * then the request fails at once (no prompt, no gesture used) and the page sees `error="unsupported"`.
   */
  protected override startsOnConnect(): boolean {
    return !displayCaptureSupported();
  }

  protected override updated(): void {
    showWhileLive(this);
  }

  protected override render() {
    return renderPreview({ label: this.text.t('video-label'), overlay: this.renderOverlay(), status: this.renderStatus() });
  }

  private renderOverlay() {
    const { text } = this;
    switch (this.state) {
      case CaptureState.Idle:
      case CaptureState.Stopped:
        return this.renderStart(text.t('start'));
      case CaptureState.Requesting:
        return html`<slot name="requesting">${previewMessage(text.t('requesting'))}</slot>`;
      case CaptureState.Ended:
        return html`<slot name="ended">${previewMessage(text.t('ended'))}</slot>${this.renderStart(text.t('start-again'))}`;
      case CaptureState.Error: {
        const kind = this.error ?? ErrorKind.Unknown;
        return html`<slot name="error">${previewMessage(this.statusText())}</slot>
          ${final.includes(kind) ? nothing : this.renderStart(text.t('retry'))}`;
      }
      default:
        return nothing;
    }
  }

  private renderStart(label: string) {
    // The click listener sits around the slot, so a page's own slotted control starts the capture too.
    return html`<div class="start" @click=${this.onStartClick}>
      <slot name="start"><button part="start-button" class="button primary" type="button">${screenIcon()}${label}</button></slot>
    </div>`;
  }

  private onStartClick(): void {
    this.start().catch(() => {}); // A failure shows as state="error".
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'screen-preview': ScreenPreview;
  }
}
