import { html, nothing, type PropertyDeclarations } from 'lit';
import type { TypedAddEventListener, TypedRemoveEventListener } from '../base/capture-element.js';
import { KitElement, waitBeforeUpdate } from '../base/kit-element.js';
import { LocalizeController } from '../base/localize-controller.js';
import type { CameraPreview } from '../camera-preview/camera-preview.js';
import { DeviceKindsController } from '../controllers/device-kinds-controller.js';
import { SoundCheckController } from '../controllers/sound-check-controller.js';
import { EventName, TagName } from '../core/constants.js';
import { langOf } from '../core/localize.js';
import type { DeviceSelect } from '../device-select/device-select.js';
import type { MicMeter } from '../mic-meter/mic-meter.js';
import {
  checksStatus,
  readResult,
  resultOf,
  type CheckKind,
  type DeviceCheckChangeDetail,
  type DeviceCheckEventMap,
  type DeviceCheckReason,
  type DeviceCheckResult,
  type DeviceCheckStatus,
} from './device-check-status.js';
import { cameraSection, microphoneSection, speakerSection, type SectionsView } from './device-check-sections.js';
import { deviceCheckStrings, innerWords, innerWordsLoading, statusWords, type DeviceCheckStrings } from './device-check.strings.js';
import { styles } from './device-check.styles.js';

/** The inner elements' attributes that change the status or the result. */
const WATCHED = ['state', 'error', 'permission', 'muted', 'silent', 'dark', 'frozen', 'denied-by', 'effect-state'];
/** The states of a capture that can't act: its toggle, effect and test are disabled, with the reason beside. */
const OUT = ['error', 'ended', 'stopped'];
/** How long the microphone test records. */
const RECORD_MS = 3000;

/**
 * @summary The "check your camera, microphone and speakers" panel before a call or a recording, made of the kit's
 * own elements: a camera preview, a microphone meter, device selects and mute buttons, a speaker test and a
 * microphone test that plays back what it recorded. One capture per kind; the app reads the chosen devices from
 * `result` and opens them with `result.constraints`.
 *
 * Laid out as a pre-call screen by its own width (container queries): the preview large with its state over it,
 * the meter labelled beside the microphone select, the sound checks below the preview on a phone and beside it from
 * a tablet's width; `dir="rtl"` mirrors it. A control that can't act (its camera or microphone blocked, missing or
 * unplugged) is disabled, with the reason beside it.
 *
 * Its texts (the buttons, the notes, the status line that says what to do next) come from its dictionary in the
 * closest `lang`: see `strings` and device-check.strings.ts for the keys; the inner elements keep their own.
 *
 * @attr video - check the camera
 * @attr audio - check the microphone
 * @attr output - check the speakers (a test sound, and a speaker select where the browser can choose one)
 * @attr remember - the device selects keep the choices in localStorage and restore them
 * @attr background-image - an image the person may choose as the camera's background (besides none and blurred); its choice is `result.effect`
 * @attr browser-control - `auto` (default) or `off`: the browser's own camera and microphone controls (Chromium) as the
 *   way back when access is blocked, in the preview and in the meter's place
 * @attr status - read-only: `checking`, `ready` or `attention`
 * @attr reason - read-only: why the check is not ready: `permission`, `starting`, or `<camera|microphone>-<problem>`
 *   (`camera-denied`, `microphone-not-found`, `microphone-silent`, ...); absent when ready
 *
 * @fires change - `{ result }` when the chosen devices, mute choices or constraints change (bubbles, composed)
 *
 * @slot header - above the checks (a heading, an explanation)
 * @slot footer - below them, at the end: the page's primary action (its Join button). A `<button slot="footer">` is
 *   drawn filled with `--lme-accent` unless the page styles it
 *
 * @csspart status - the line that says what to do next (a polite live region)
 * @csspart camera - the camera's section
 * @csspart microphone - the microphone's section
 * @csspart speaker - the speakers' section
 * @csspart note - a note: no camera or microphone found, an output that can't be chosen, the microphone test, why
 *   a camera's or microphone's controls are disabled (it is blocked, missing, in use or unplugged)
 * @csspart camera-state - over the preview: that the camera is turned off, or what is wrong with its picture
 * @csspart button - each test button; also `speaker-test-button` and `microphone-test-button`
 * @csspart speaker-test-button - plays the test sound
 * @csspart microphone-test-button - records a few seconds and plays them back
 * @csspart camera-frame - exported from the `<camera-preview>` (also `camera-video`, `camera-message`)
 * @csspart camera-video - the preview's `<video>`
 * @csspart camera-message - the preview's messages
 * @csspart meter-track - exported from the `<mic-meter>` (also `meter-fill`, `meter-peak`)
 * @csspart meter-fill - the meter's bar
 * @csspart meter-peak - the meter's peak marker
 * @csspart meter-hint - the meter's "click anywhere" hint while the page's audio waits for a gesture
 * @csspart camera-browser-control - the browser's own camera control in the preview when the camera is blocked
 * @csspart microphone-browser-control - the browser's own microphone control in the meter's place when it is blocked
 * @csspart camera-select - the camera's `<select>` (exported from its `<device-select>`)
 * @csspart microphone-select - the microphone's `<select>`
 * @csspart speaker-select - the speakers' `<select>`
 * @csspart select-label - the device selects' labels
 * @csspart camera-toggle - the button that turns the camera off (exported from its `<media-toggle>`)
 * @csspart effect-select - the camera's background effect: as it is, blurred, or the `background-image`
 * @csspart microphone-toggle - the button that mutes the microphone
 *
 * @cssprop --device-check-font - the font of its texts and controls (default `--lme-font`, else inherited)
 * @cssprop --device-check-gap - the space between the checks (default `--lme-space` twice); from 36rem wide (a
 *   tablet), the camera takes a column of its own beside the sound checks, and from 60rem (a desktop) a larger one
 */
export class DeviceCheck extends KitElement {
  static override styles = styles;
  static override properties: PropertyDeclarations = {
    video: { type: Boolean, reflect: true, useDefault: true },
    audio: { type: Boolean, reflect: true, useDefault: true },
    output: { type: Boolean, reflect: true, useDefault: true },
    remember: { type: Boolean, reflect: true, useDefault: true },
    backgroundImage: { attribute: 'background-image', useDefault: true },
    browserControl: { attribute: 'browser-control', useDefault: true },
    strings: { attribute: false },
  };

  /** Check the camera. With none of `video`, `audio`, `output`: every check the device has. */
  video = false;

  /** Check the microphone. */
  audio = false;

  /** Check the speakers. */
  output = false;

  /** Keep the chosen devices in localStorage and restore them when present. */
  remember = false;

  /** An image (URL) offered as the camera's background, besides none and blurred; none offered without it. */
  backgroundImage = '';

  /**
   * `auto` (default) or `off`, passed to the camera preview and the meter: where the browser has its own camera and
   * microphone controls (Chromium), they show them when access is blocked, as the way back.
   */
  browserControl: 'auto' | 'off' = 'auto';

  /** Texts that win over the dictionary of any language (see README, Localisation). */
  strings: Partial<DeviceCheckStrings> | null = null;

  private readonly text = new LocalizeController(this, TagName.DeviceCheck, deviceCheckStrings);

  /** The kinds of device this device has, as last listed (what is checked when no attribute says). */
  private readonly devices = new DeviceKindsController(this);

  #status: DeviceCheckStatus = 'checking';
  #reason: DeviceCheckReason | undefined = 'starting';
  #result: DeviceCheckResult = resultOf(null, null, null);
  #resultKey: string | undefined;
  #changed = false;
  #observer: MutationObserver | undefined;

  private readonly sound = new SoundCheckController(this, {
    output: () => this.renderRoot.querySelector('audio')!,
    recordFor: RECORD_MS,
  });

  constructor() {
    super();
    waitBeforeUpdate(this, () => innerWordsLoading(this.#reason));
  }

  /** `checking` (waiting for devices or the permission), `ready`, or `attention` (see `reason`). */
  get status(): DeviceCheckStatus {
    return this.#status;
  }

  /** Why the check is not `ready`; undefined when it is. */
  get reason(): DeviceCheckReason | undefined {
    return this.#reason;
  }

  /** The chosen devices, the mute choices, and the MediaStreamConstraints that open the same devices. */
  get result(): DeviceCheckResult {
    return this.#result;
  }

  /** The checks shown: those the attributes name, else those of the kinds the device has (once listed). */
  get checks(): ReadonlySet<CheckKind> {
    const named = (['camera', 'microphone', 'speaker'] as const).filter((_, i) => [this.video, this.audio, this.output][i]);
    return named.length ? new Set(named) : (this.devices.present ?? new Set());
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.#reflect();
    this.#observer ??= new MutationObserver(() => {
      if (this.isConnected) this.requestUpdate();
    });
    this.#observer.observe(this.renderRoot, { subtree: true, attributeFilter: WATCHED });
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#observer?.disconnect();
  }

  protected override willUpdate(): void {
    this.#conclude();
  }

  protected override updated(): void {
    const init = { bubbles: true, composed: true, detail: { result: this.#result } };
    if (this.#changed) this.dispatchEvent(new CustomEvent<DeviceCheckChangeDetail>(EventName.Change, init));
    this.#changed = false;
  }

  protected override render() {
    const { checks } = this;
    // A kind not found is said where its check would be, when no attribute named the checks.
    const missing = (kind: 'camera' | 'microphone') =>
      this.devices.present && !this.video && !this.audio && !this.output ? html`<p part="note">${innerWords(kind, 'not-found', langOf(this))}</p>` : nothing;
    const view = this.sectionsView();
    // The order of the sections is the visual and keyboard order in every layout (see the styles).
    return html`<slot name="header"></slot>
      <p part="status" class="next" role="status">${this.statusText()}</p>
      <div class="checks ${checks.has('camera') ? 'with-camera' : ''}" @change=${this.onChoice}>
        ${checks.has('camera') ? cameraSection(view) : missing('camera')}
        ${checks.has('microphone') ? microphoneSection(view) : missing('microphone')}
        ${checks.has('speaker') ? speakerSection(view) : nothing}
      </div>
      <audio id="speaker"></audio>
      <div class="footer"><slot name="footer"></slot></div>`;
  }

  /** What the sections show (device-check-sections.ts), as last rendered. */
  private sectionsView(): SectionsView {
    const { camera, microphone } = this;
    const out = (element: Element | null) => OUT.includes(element?.getAttribute('state') ?? '');
    const health = this.#reason === 'camera-dark' || this.#reason === 'camera-frozen' ? this.statusText() : '';
    return {
      t: (key, values) => this.text.t(key, values),
      browserControl: this.browserControl,
      remember: this.remember,
      effects: ['none', 'blur', ...(this.backgroundImage ? ['background'] : [])],
      out: { camera: out(camera), microphone: out(microphone) },
      cameraMuted: camera?.muted ?? false,
      cameraHealth: health,
      microphoneLive: microphone?.state === 'live',
      phase: this.sound.phase,
      seconds: Math.ceil(this.sound.remaining / 1000),
      testFailed: this.sound.failed,
      selectable: this.devices.outputs > 0 && typeof HTMLMediaElement.prototype.setSinkId === 'function',
      onStream: () => this.requestUpdate(),
      onEffect: event => {
        Object.assign(this.camera!, { effect: (event.target as HTMLSelectElement).value, backgroundImage: this.backgroundImage });
        this.requestUpdate();
      },
      onMicrophoneTest: () => this.sound.toggleMicrophoneTest(this.microphone?.stream ?? null),
      onSpeakerTest: () => this.sound.toggleTone(),
    };
  }

  /** What to do next (device-check.strings.ts). */
  private statusText(): string {
    return statusWords(this.#reason, key => this.text.t(key), langOf(this));
  }

  /** An inner element; none on a server, which renders without a root to look in. */
  private inner<T extends Element>(selector: string): T | null {
    return (this.renderRoot as ParentNode | undefined)?.querySelector<T>(selector) ?? null;
  }

  private get camera(): CameraPreview | null {
    return this.inner('camera-preview');
  }

  private get microphone(): MicMeter | null {
    return this.inner('mic-meter');
  }

  /**
   * A choice in an inner control: read the result again (a speaker now; a camera or microphone once its new stream
   * is there, see `onStream`). Their own `change` events stay inside: the page hears this element's, with the result.
   */
  private onChoice(event: Event): void {
    event.stopPropagation();
    this.requestUpdate();
  }

  /** Reads the inner elements (as last rendered): status, reason and result; reflects them; notes a new result. */
  #conclude(): void {
    const { camera, microphone, checks } = this;
    const { status, reason } = checksStatus(checks, camera, microphone);
    if (status !== this.#status || reason !== this.#reason) {
      this.#status = status;
      this.#reason = reason;
      this.#reflect();
    }
    // Firefox lists the outputs only once the microphone is allowed.
    if (microphone?.state === 'live') this.devices.relistOnce();
    const speaker = checks.has('speaker') ? this.inner<DeviceSelect>('device-select[kind=audiooutput]') : null;
    const result = readResult(camera, microphone, checks.has('speaker') ? { select: speaker } : null, this.backgroundImage);
    const key = JSON.stringify(result);
    if (key === this.#resultKey) return;
    this.#changed = this.#resultKey !== undefined;
    this.#resultKey = key;
    this.#result = result;
  }

  #reflect(): void {
    this.setAttribute('status', this.#status);
    if (this.#reason) this.setAttribute('reason', this.#reason);
    else this.removeAttribute('reason');
  }
}

export type { DeviceCheckChangeDetail, DeviceCheckEventMap };

export interface DeviceCheck {
  addEventListener: TypedAddEventListener<DeviceCheckEventMap, DeviceCheck>;
  removeEventListener: TypedRemoveEventListener<DeviceCheckEventMap, DeviceCheck>;
}

declare global {
  interface HTMLElementTagNameMap {
    'device-check': DeviceCheck;
  }
}
