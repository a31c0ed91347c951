import { html, LitElement, nothing, type PropertyDeclarations } from 'lit';
import type { TypedAddEventListener, TypedRemoveEventListener } from '../base/capture-element.js';
import { LocalizeController } from '../base/localize-controller.js';
import { SoundCheckController } from '../controllers/sound-check-controller.js';
import { EventName, TagName } from '../core/constants.js';
import { listDevices, watchDevices } from '../core/devices.js';
import type { CameraPreview } from '../camera-preview/camera-preview.js';
import type { DeviceSelect } from '../device-select/device-select.js';
import type { MicMeter } from '../mic-meter/mic-meter.js';
import {
  chosenInput,
  DeviceCheckStatus,
  resultOf,
  statusOf,
  type CheckKind,
  type DeviceCheckReason,
  type DeviceCheckResult,
} from './device-check-status.js';
import { deviceCheckStrings, type DeviceCheckStrings } from './device-check.strings.js';
import { styles } from './device-check.styles.js';

/** The inner elements' attributes that change the status or the result. */
const WATCHED = ['state', 'error', 'permission', 'muted', 'silent', 'dark', 'frozen', 'denied-by'];
/** How long the microphone test records. */
const RECORD_MS = 3000;
/** How long a device switch may take before the result is read anyway. */
const SWITCH_MS = 5000;

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
 * @attr status - read-only: `checking`, `ready` or `attention`
 * @attr reason - read-only: why the check is not ready: `permission`, `starting`, or `<camera|microphone>-<problem>`
 *   (`camera-denied`, `microphone-not-found`, `microphone-silent`, ...); absent when ready
 *
 * @fires change - `{ result }` when the chosen devices, mute choices or constraints change
 *
 * @slot header - above the checks (a heading, an explanation)
 * @slot footer - below them (the page's own Join button)
 *
 * @csspart status - the line that says what to do next (a polite live region)
 * @csspart camera - the camera's section
 * @csspart microphone - the microphone's section
 * @csspart speaker - the speakers' section
 * @csspart note - a note: no camera or microphone found, the output that can't be chosen, the microphone test
 * @csspart button - each test button; also `speaker-test-button` and `microphone-test-button`
 * @csspart speaker-test-button - plays the test sound
 * @csspart microphone-test-button - records a few seconds and plays them back
 * @csspart camera-frame - exported from the `<camera-preview>` (also `camera-video`, `camera-message`)
 * @csspart camera-video - the preview's `<video>`
 * @csspart camera-message - the preview's messages
 * @csspart meter-track - exported from the `<mic-meter>` (also `meter-fill`, `meter-peak`)
 * @csspart meter-fill - the meter's bar
 * @csspart meter-peak - the meter's peak marker
 * @csspart camera-select - each device select's `<select>`: `camera-select`, `microphone-select`, `speaker-select`
 * @csspart microphone-select - the microphone's `<select>`
 * @csspart speaker-select - the speakers' `<select>`
 * @csspart select-label - the device selects' labels
 * @csspart camera-toggle - the button that turns the camera off (exported from its `<media-toggle>`)
 * @csspart microphone-toggle - the button that mutes the microphone
 *
 * @cssprop --device-check-gap - the space between the checks (default 1rem); from 36rem wide, the camera takes a
 *   column of its own beside the sound checks
 */
export class DeviceCheck extends LitElement {
  static override styles = styles;
  static override properties: PropertyDeclarations = {
    video: { type: Boolean, reflect: true },
    audio: { type: Boolean, reflect: true },
    output: { type: Boolean, reflect: true },
    remember: { type: Boolean, reflect: true },
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

  /** Texts that win over the dictionary of any language (see README, Localisation). */
  strings: Partial<DeviceCheckStrings> | null = null;

  private readonly text = new LocalizeController(this, TagName.DeviceCheck, deviceCheckStrings);

  /** The kinds of device this device has, once listed (what is checked when no attribute says). */
  private present: ReadonlySet<CheckKind> | undefined;
  /** How many audio outputs the browser lists. */
  private outputs = 0;
  private testFailed = false;

  #status: DeviceCheckStatus = DeviceCheckStatus.Checking;
  #reason: DeviceCheckReason | undefined = 'starting';
  #result: DeviceCheckResult = resultOf(null, null, null);
  #resultKey: string | undefined;
  #changed = false;
  #observer: MutationObserver | undefined;
  #unwatchDevices: (() => void) | undefined;

  private readonly sound = new SoundCheckController(this, {
    output: () => this.renderRoot.querySelector('audio')!,
    recordFor: RECORD_MS,
    onFailure: () => (this.testFailed = true),
  });

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

  /** The checks shown: those the attributes name, else those of the kinds the device has. */
  get checks(): ReadonlySet<CheckKind> {
    if (this.video || this.audio || this.output) {
      return new Set(([['camera', this.video], ['microphone', this.audio], ['speaker', this.output]] as const).filter(([, on]) => on).map(([kind]) => kind));
    }
    return this.present ?? new Set();
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
    if (this.#changed) this.dispatchEvent(new CustomEvent<DeviceCheckChangeDetail>(EventName.Change, { detail: { result: this.#result } }));
    this.#changed = false;
  }

  protected override render() {
    const checks = this.checks;
    const guessed = !(this.video || this.audio || this.output);
    const missing = (kind: CheckKind, key: 'no-camera' | 'no-microphone') =>
      guessed && this.present && !checks.has(kind) ? html`<p part="note">${this.text.t(key)}</p>` : nothing;
    return html`
      <slot name="header"></slot>
      <p part="status" class="next" role="status">${this.statusText()}</p>
      <div class="checks ${checks.has('camera') ? 'with-camera' : ''}" @change=${this.onChoice}>
        ${checks.has('camera') ? this.renderCamera() : missing('camera', 'no-camera')}
        ${checks.has('microphone') ? this.renderMicrophone() : missing('microphone', 'no-microphone')}
        ${checks.has('speaker') ? this.renderSpeaker() : nothing}
      </div>
      <audio id="output" preload="none"></audio>
      <slot name="footer"></slot>
    `;
  }

  /** What to do next: the text for the reason, else the kind's general failure (`overconstrained`, `insecure`...). */
  private statusText(): string {
    const reason = this.#reason ?? 'ready';
    const key = `status-${reason}`;
    if (key in deviceCheckStrings) return this.text.t(key as keyof DeviceCheckStrings);
    return this.text.t(reason.startsWith('camera') ? 'status-camera-failed' : 'status-microphone-failed');
  }

  private renderCamera() {
    return html`<div part="camera" class="camera">
      <camera-preview id="camera" exportparts="frame: camera-frame, video: camera-video, message: camera-message"></camera-preview>
      <div class="row">
        ${this.renderSelect('videoinput', 'camera')}
        <media-toggle for="camera" exportparts="button: camera-toggle">${this.text.t('camera-off')}</media-toggle>
      </div>
    </div>`;
  }

  private renderMicrophone() {
    const { phase } = this.sound;
    const live = this.microphone?.getAttribute('state') === 'live';
    const busy = phase === 'recording' || phase === 'playback';
    const label =
      phase === 'recording'
        ? this.text.t('microphone-recording', { s: Math.ceil(this.sound.remaining / 1000) })
        : phase === 'playback'
          ? this.text.t('microphone-playback')
          : this.text.t('microphone-test');
    const progress = phase === 'recording' ? this.text.t('microphone-recording', { s: '' }).trim() : phase === 'playback' ? label : '';
    return html`<div part="microphone" class="microphone">
      <mic-meter id="microphone" exportparts="track: meter-track, fill: meter-fill, peak: meter-peak"></mic-meter>
      <div class="row">
        ${this.renderSelect('audioinput', 'microphone')}
        <media-toggle for="microphone" exportparts="button: microphone-toggle">${this.text.t('microphone-off')}</media-toggle>
      </div>
      <div class="row">
        <button part="button microphone-test-button" type="button" aria-pressed=${busy} aria-describedby="microphone-test-hint"
          ?disabled=${!live && !busy} @click=${this.onMicrophoneTest}>${label}</button>
        <span class="visually-hidden" role="status">${this.testFailed ? '' : progress}</span>
      </div>
      <p part="note" id="microphone-test-hint">${this.testFailed ? this.text.t('microphone-test-failed') : this.text.t('microphone-test-hint')}</p>
    </div>`;
  }

  private renderSpeaker() {
    const selectable = this.outputs > 0 && typeof HTMLMediaElement.prototype.setSinkId === 'function';
    const playing = this.sound.phase === 'tone';
    return html`<div part="speaker" class="speaker">
      ${selectable ? this.renderSelect('audiooutput', 'output') : html`<p part="note" class="default-output">${this.text.t('speaker-default')}</p>`}
      <div class="row">
        <button part="button speaker-test-button" type="button" aria-pressed=${playing} @click=${this.onSpeakerTest}>
          ${this.text.t(playing ? 'speaker-playing' : 'speaker-test')}
        </button>
      </div>
    </div>`;
  }

  private renderSelect(kind: 'videoinput' | 'audioinput' | 'audiooutput', target: string) {
    const name = { videoinput: 'camera', audioinput: 'microphone', audiooutput: 'speaker' }[kind];
    return html`<device-select kind=${kind} for=${target} ?remember=${this.remember}
      exportparts="label: select-label, select: ${name}-select, hint: note"></device-select>`;
  }

  private get camera(): CameraPreview | null {
    return this.renderRoot.querySelector<CameraPreview>('camera-preview');
  }

  private get microphone(): MicMeter | null {
    return this.renderRoot.querySelector<MicMeter>('mic-meter');
  }

  private onSpeakerTest(): void {
    this.testFailed = false;
    if (this.sound.phase === 'tone') this.sound.cancel();
    else this.sound.playTone();
  }

  private onMicrophoneTest(): void {
    this.testFailed = false;
    if (this.sound.phase === 'recording' || this.sound.phase === 'playback') this.sound.cancel();
    else this.sound.testMicrophone(this.microphone?.stream ?? null);
  }

  /** A device select's choice: read the result again once the target has switched (its state may not change). */
  private async onChoice(event: Event): Promise<void> {
    // The inner controls' own `change` events stay inside: the page hears this element's (with the result).
    event.stopPropagation();
    const select = event.target as DeviceSelect;
    if (select.localName !== TagName.DeviceSelect) return;
    const target = select.kind === 'videoinput' ? this.camera : select.kind === 'audioinput' ? this.microphone : null;
    const wanted = select.value;
    const started = performance.now();
    const switched = () => target?.stream?.getTracks().some(track => track.getSettings().deviceId === wanted);
    while (target && !switched() && target.getAttribute('state') !== 'error' && performance.now() - started < SWITCH_MS) {
      await new Promise(resolve => setTimeout(resolve, 50));
    }
    this.requestUpdate();
  }

  #listed(devices: MediaDeviceInfo[]): void {
    this.outputs = devices.filter(device => device.kind === 'audiooutput').length;
    if (this.present) return;
    const has = (kind: MediaDeviceKind) => devices.length === 0 || devices.some(device => device.kind === kind);
    this.present = new Set([...(has('videoinput') ? ['camera' as const] : []), ...(has('audioinput') ? ['microphone' as const] : []), 'speaker']);
  }

  /** Reads the inner elements (as last rendered): status, reason and result; reflects them; notes a new result. */
  #conclude(): void {
    const captures = [
      ...(this.camera ? [['camera', this.camera] as const] : []),
      ...(this.microphone ? [['microphone', this.microphone] as const] : []),
    ];
    const decided = this.present || this.video || this.audio || this.output;
    const concluded = decided ? statusOf(captures) : { status: DeviceCheckStatus.Checking, reason: 'starting' as DeviceCheckReason };
    const { status } = concluded;
    let { reason } = concluded;
    if (reason?.endsWith('-denied')) {
      const by = captures.find(([kind]) => reason === `${kind}-denied`)?.[1].getAttribute('denied-by');
      if (by === 'system' || by === 'policy') reason = `${reason}-${by}` as DeviceCheckReason;
    }
    if (status !== this.#status || reason !== this.#reason) {
      this.#status = status;
      this.#reason = reason;
      this.#reflect();
    }
    // The microphone's permission may reveal the outputs (Firefox lists them only then).
    if (this.microphone?.getAttribute('state') === 'live' && this.outputs === 0) void listDevices().then(devices => this.#listed(devices));

    const speakerSelect = this.renderRoot.querySelector<DeviceSelect>('device-select[kind=audiooutput]');
    const speaker = this.checks.has('speaker')
      ? { deviceId: speakerSelect?.value ?? '', label: speakerSelect?.options.find(d => d.deviceId === speakerSelect.value)?.label ?? '', muted: false }
      : null;
    const result = resultOf(chosenInput(this.camera, 'video'), chosenInput(this.microphone, 'audio'), speaker);
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

export interface DeviceCheckChangeDetail {
  result: DeviceCheckResult;
}

export interface DeviceCheckEventMap {
  change: CustomEvent<DeviceCheckChangeDetail>;
}

export interface DeviceCheck {
  addEventListener: TypedAddEventListener<DeviceCheckEventMap, DeviceCheck>;
  removeEventListener: TypedRemoveEventListener<DeviceCheckEventMap, DeviceCheck>;
}

declare global {
  interface HTMLElementTagNameMap {
    'device-check': DeviceCheck;
  }
}
