import { html, nothing, type PropertyDeclarations } from 'lit';
import type { TypedAddEventListener, TypedRemoveEventListener } from '../base/capture-element.js';
import { KitElement, waitBeforeUpdate } from '../base/kit-element.js';
import { LocalizeController } from '../base/localize-controller.js';
import type { CameraPreview } from '../camera-preview/camera-preview.js';
import { SoundCheckController } from '../controllers/sound-check-controller.js';
import { EventName, TagName } from '../core/constants.js';
import { listDevices, watchDevices } from '../core/devices.js';
import { langOf } from '../core/localize.js';
import type { DeviceSelect } from '../device-select/device-select.js';
import type { MicMeter } from '../mic-meter/mic-meter.js';
import {
  chosenInput,
  resultOf,
  statusOf,
  type CheckKind,
  type DeviceCheckChangeDetail,
  type DeviceCheckEventMap,
  type DeviceCheckReason,
  type DeviceCheckResult,
  type DeviceCheckStatus,
} from './device-check-status.js';
import { deviceCheckStrings, innerWords, innerWordsLoading, type DeviceCheckStrings } from './device-check.strings.js';
import { styles } from './device-check.styles.js';

/** The inner elements' attributes that change the status or the result. */
const WATCHED = ['state', 'error', 'permission', 'muted', 'silent', 'dark', 'frozen', 'denied-by', 'effect-state'];
/** How long the microphone test records. */
const RECORD_MS = 3000;

/**
 * @summary The "check your camera, microphone and speakers" panel before a call or a recording, made of the kit's
 * own elements: a camera preview, a microphone meter, device selects and mute buttons, a speaker test and a
 * microphone test that plays back what it recorded. One capture per kind; the app reads the chosen devices from
 * `result` and opens them with `result.constraints`.
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
 * @slot footer - below them (the page's own Join button)
 *
 * @csspart status - the line that says what to do next (a polite live region)
 * @csspart camera - the camera's section
 * @csspart microphone - the microphone's section
 * @csspart speaker - the speakers' section
 * @csspart note - a note: no camera or microphone found, an output that can't be chosen, the microphone test
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
 * @cssprop --device-check-gap - the space between the checks (default 1rem); from 36rem wide, the camera takes a
 *   column of its own beside the sound checks
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
    present: { state: true },
    outputs: { state: true },
    testFailed: { state: true },
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
  private present: ReadonlySet<CheckKind> | undefined;
  /** How many audio outputs the browser lists. */
  private outputs = 0;
  private testFailed = false;

  #status: DeviceCheckStatus = 'checking';
  #reason: DeviceCheckReason | undefined = 'starting';
  #result: DeviceCheckResult = resultOf(null, null, null);
  #resultKey: string | undefined;
  #changed = false;
  #relisted = false;
  #observer: MutationObserver | undefined;
  #unwatchDevices: (() => void) | undefined;

  private readonly sound = new SoundCheckController(this, {
    output: () => this.renderRoot.querySelector('audio')!,
    recordFor: RECORD_MS,
    onFailure: () => (this.testFailed = true),
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
    return named.length ? new Set(named) : (this.present ?? new Set());
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.#reflect();
    this.#observer ??= new MutationObserver(() => {
      if (this.isConnected) this.requestUpdate();
    });
    this.#observer.observe(this.renderRoot, { subtree: true, attributeFilter: WATCHED });
    this.#unwatchDevices = watchDevices(devices => this.#listed(devices));
    void listDevices().then(devices => this.#listed(devices));
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#observer?.disconnect();
    this.#unwatchDevices?.();
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
    const { checks, text } = this;
    const missing = (kind: 'camera' | 'microphone') =>
      this.present && !this.video && !this.audio && !this.output ? html`<p part="note">${innerWords(kind, 'not-found', langOf(this))}</p>` : nothing;
    const { phase } = this.sound;
    const testing = phase === 'recording' || phase === 'playback';
    const seconds = Math.ceil(this.sound.remaining / 1000);
    const testLabel = phase === 'recording' ? text.t('microphone-recording', { s: seconds }) : text.t(phase === 'playback' ? 'microphone-playback' : 'microphone-test');
    const toneLabel = text.t(phase === 'tone' ? 'speaker-playing' : 'speaker-test');
    const selectable = this.outputs > 0 && typeof HTMLMediaElement.prototype.setSinkId === 'function';
    // The order of the sections is the visual and keyboard order in every layout (see the styles).
    return html`<slot name="header"></slot>
      <p part="status" class="next" role="status">${this.statusText()}</p>
      <div class="checks ${checks.has('camera') ? 'with-camera' : ''}" @change=${this.onChoice}>
        ${checks.has('camera')
          ? html`<div part="camera" class="camera">
              <camera-preview id="camera" browser-control=${this.browserControl} @streamchange=${this.onStream}
                exportparts="frame:camera-frame,video:camera-video,message:camera-message,browser-control:camera-browser-control"></camera-preview>
              <div class="row">${this.select('videoinput', 'camera')}${this.toggle('camera')}</div>
              <div class="row">${this.effectChoice()}</div>
            </div>`
          : missing('camera')}
        ${checks.has('microphone')
          ? html`<div part="microphone" class="microphone">
              <mic-meter id="microphone" browser-control=${this.browserControl} @streamchange=${this.onStream}
                exportparts="track:meter-track,fill:meter-fill,peak:meter-peak,hint:meter-hint,browser-control:microphone-browser-control"></mic-meter>
              <div class="row">${this.select('audioinput', 'microphone')}${this.toggle('microphone')}</div>
              <div class="row">
                <button part="button microphone-test-button" class="button" type="button" aria-pressed=${testing}
                  ?disabled=${!testing && this.microphone?.state !== 'live'} @click=${this.onMicrophoneTest}>${testLabel}</button>
              </div>
              <p part="note" role="status">${this.testFailed ? text.t('microphone-test-failed') : testing ? text.t(`microphone-${phase}`, { s: '' }) : ''}</p>
            </div>`
          : missing('microphone')}
        ${checks.has('speaker')
          ? html`<div part="speaker" class="speaker">
              ${selectable ? this.select('audiooutput', 'speaker') : html`<p part="note" class="default-output">${text.t('speaker-default')}</p>`}
              <div class="row">
                <button part="button speaker-test-button" class="button" type="button" aria-pressed=${phase === 'tone'} @click=${this.onSpeakerTest}>${toneLabel}</button>
              </div>
            </div>`
          : nothing}
      </div>
      <audio id="speaker"></audio>
      <slot name="footer"></slot>`;
  }

  /** A device select for the inner element `id`, its parts exported as `<id>-select`. */
  private select(kind: string, id: string) {
    return html`<device-select kind=${kind} for=${id} ?remember=${this.remember} exportparts="label:select-label,select:${id}-select,hint:note"></device-select>`;
  }

  /** The background effect of the camera: none, blurred, and the `background-image` where one is given. */
  private effectChoice() {
    const choices: ('none' | 'blur' | 'background')[] = ['none', 'blur', ...(this.backgroundImage ? (['background'] as const) : [])];
    const choose = (event: Event) => {
      const camera = this.camera!;
      camera.effect = (event.target as HTMLSelectElement).value;
      camera.backgroundImage = this.backgroundImage;
      this.requestUpdate();
    };
    return html`<label part="select-label">${this.text.t('effect-label')}
      <select part="effect-select" @change=${choose}>
        ${choices.map(effect => html`<option value=${effect}>${this.text.t(`effect-${effect}`)}</option>`)}
      </select></label>`;
  }

  private toggle(id: 'camera' | 'microphone') {
    return html`<media-toggle for=${id} exportparts="button:${id}-toggle">${this.text.t(`${id}-off`)}</media-toggle>`;
  }

  /**
   * What to do next: the text for the reason (`status-camera-dark`), else the words of the element that shows the
   * problem (`<camera-preview>`'s `denied`, `<mic-meter>`'s `not-found`...).
   */
  private statusText(): string {
    const reason = this.#reason ?? 'ready';
    const key = `status-${reason}`;
    if (key in deviceCheckStrings) return this.text.t(key as keyof DeviceCheckStrings);
    const [kind, problem] = reason.split(/-(.*)/) as ['camera' | 'microphone', string];
    return innerWords(kind, problem, langOf(this));
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

  private onSpeakerTest(): void {
    this.testFailed = false;
    if (this.sound.phase === 'tone') this.sound.cancel();
    else this.sound.playTone();
  }

  private onMicrophoneTest(): void {
    this.testFailed = false;
    if (this.sound.phase !== 'idle' && this.sound.phase !== 'tone') this.sound.cancel();
    else this.sound.testMicrophone(this.microphone?.stream ?? null);
  }

  /**
   * A choice in an inner control: read the result again (a speaker now; a camera or microphone once its new stream
   * is there, see `onStream`). Their own `change` events stay inside: the page hears this element's, with the result.
   */
  private onChoice(event: Event): void {
    event.stopPropagation();
    this.requestUpdate();
  }

  /** An inner capture replaced its stream (a device switch: its state may not change): read the result again. */
  private onStream(): void {
    this.requestUpdate();
  }

  #listed(devices: MediaDeviceInfo[]): void {
    this.outputs = devices.filter(device => device.kind === 'audiooutput').length;
    // Nothing listed (no API, or it failed): show both captures, whose errors then say why.
    const has = (kind: string) => !devices.length || devices.some(device => device.kind === kind);
    // Every listing: a camera plugged in later gets its check, one unplugged loses it.
    const present = new Set<CheckKind>([...(has('videoinput') ? ['camera' as const] : []), ...(has('audioinput') ? ['microphone' as const] : []), 'speaker']);
    if ([...present].join() !== [...(this.present ?? [])].join()) this.present = present;
  }

  /** Reads the inner elements (as last rendered): status, reason and result; reflects them; notes a new result. */
  #conclude(): void {
    const { camera, microphone, checks } = this;
    const decided = checks.size > 0;
    const { status, reason } = decided
      ? statusOf([...(checks.has('camera') ? [['camera', camera] as const] : []), ...(checks.has('microphone') ? [['microphone', microphone] as const] : [])])
      : ({ status: 'checking', reason: 'starting' } as const);
    if (status !== this.#status || reason !== this.#reason) {
      this.#status = status;
      this.#reason = reason;
      this.#reflect();
    }
    // Firefox lists the outputs only once the microphone is allowed.
    if (microphone?.state === 'live' && !this.#relisted) {
      this.#relisted = true;
      void listDevices().then(devices => this.#listed(devices));
    }
    const select = this.inner<DeviceSelect>('device-select[kind=audiooutput]');
    const label = select?.options.find(device => device.deviceId === select.value)?.label ?? '';
    const speaker = checks.has('speaker') ? { deviceId: select?.value ?? '', label, muted: false } : null;
    const effect = camera?.effect === 'blur' || camera?.effect === 'background' ? camera.effect : 'none';
    const choice: DeviceCheckResult['effect'] = effect === 'background' ? { effect, backgroundImage: this.backgroundImage } : { effect };
    const result = resultOf(chosenInput(camera, 'video'), chosenInput(microphone, 'audio'), speaker, choice);
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
