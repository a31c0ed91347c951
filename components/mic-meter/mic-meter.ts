import { html, nothing, type PropertyValues, type PropertyDeclarations } from 'lit';
import { warnInvalid, type CaptureElementEventMap, type TypedAddEventListener, type TypedRemoveEventListener } from '../base/capture-element.js';
import { DeviceCaptureElement } from '../base/device-capture-element.js';
import { LocalizeController } from '../base/localize-controller.js';
import { AudioLevelController, type LevelScale } from '../controllers/audio-level-controller.js';
import { watchHealthOnDemand } from '../controllers/lazy-health.js';
import { MeterBarController } from '../controllers/meter-bar-controller.js';
import { MutedSpeakingController } from '../controllers/muted-speaking-controller.js';
import { SpeakingController } from '../controllers/speaking-controller.js';
import { Attr, CaptureState, TagName } from '../core/constants.js';
import { microphoneConstraints } from '../core/constraints.js';
import { waitsForGesture } from '../core/gesture-wall.js';
import type { LocalMediaStream } from '../core/local-media-stream.js';
import type { DevicePermissionName } from '../core/permissions.js';
import { micMeterDenied, micMeterStrings, type MicMeterStrings } from './mic-meter.strings.js';
import { DEFAULTS, validScale } from './mic-meter.scale.js';
import { styles } from './mic-meter.styles.js';

export type MeterOrientation = 'horizontal' | 'vertical';

/** `auto`: the bar drawn off the main thread where the browser can and the styles allow; `dom`: by the page. */
export type MeterRenderer = 'auto' | 'dom';

export interface SpeakingChangeDetail {
  speaking: boolean;
}

/** Screen readers get a new value at most this often. */
const ARIA_INTERVAL_MS = 250;

/** The meter's value text in each state but `live` (a key of its dictionary). */
const stateText = {
  idle: 'off',
  requesting: 'requesting',
  stopped: 'off',
  ended: 'ended',
  error: 'unavailable',
} as const satisfies Partial<Record<CaptureState, keyof MicMeterStrings>>;

/**
 * @summary A live microphone level meter: it asks for the microphone when connected, meters it on the page's
 * shared audio loop, and stops the track when removed.
 *
 * The levels are summed on the audio thread (every sample, so a 5 ms click always reaches `peak`) and read 15
 * times a second; the bar and the peak marker follow every reading. With `renderer="auto"` (the default) the bar is
 * drawn by a worker on a canvas once live, where the browser can and the `fill` and `peak` parts' styles are what a
 * canvas draws (colours, linear gradients, opacity): the page then hears nothing per reading, only `speaking` and
 * `clipping` when they change and the values every 250 ms (every reading while a script reads `level`, `db` or
 * `peak`). Otherwise (`renderer="dom"`) the page moves its DOM bar with transforms on each reading.
 * `--mic-meter-level`, `--mic-meter-peak` and the meter role's values follow at most every 250 ms: they restyle
 * more than the bar does. Nothing is read while the meter is off-screen or the page hidden.
 *
 * Its texts (its accessible name and value text, the status region that announces each state once) come from its
 * dictionary in the closest `lang`: see `strings` and mic-meter.strings.ts for the keys.
 *
 * @attr state - read-only: `idle`, `requesting`, `live`, `stopped`, `ended` or `error`
 * @attr error - read-only: the error kind while `state="error"`
 * @attr permission - read-only: `prompt`, `granted` or `denied`, absent where the browser can't tell
 * @attr interrupted - read-only: the source muted the track
 * @attr denied-by - read-only, while `error="denied"`: `user`, `system` (the OS blocks the browser) or `policy` (the frame's permissions policy)
 * @attr silent - read-only: the microphone has sent digital silence for about 3 s (muted in the OS, input volume at zero); off while muted
 * @attr speaking - read-only: the level is above `speaking-threshold` (with hysteresis), while `muted` too: `[muted][speaking]` is the "you are muted" hint
 * @attr clipping - read-only: a sample reached full scale in the last second
 * @attr suspended - read-only: the AudioContext waits for a user gesture (any click or key on the page)
 * @attr browser-control - `auto` (default) or `off`: the browser's own microphone control in the bar's place while a
 *   click is needed or access is blocked, where the browser has one (Chromium); what it gives becomes the capture
 *
 * @fires statechange - `{ state, previous, error? }` on every state change; the first (`idle` to `requesting`) in a
 *   microtask after the insertion, once the element has updated, so listeners added in that task hear it
 * @fires error - the LocalMediaError, when a request fails
 * @fires streamchange - `{ stream, previous }` whenever `stream` is replaced: a capture goes live, another device
 *   replaces the stream (once, old to new), or it is released (to null)
 * @fires healthchange - `{ silent, dark, frozen }` when `silent` changes
 * @fires speakingchange - `{ speaking }` when `speaking` changes
 *
 * @csspart track - the meter's background: its box, border, radius and the segments' gaps hold for both renderers
 * @csspart fill - the bar: it slides in a clipping box, so that a gradient stays fixed to the track (its `transform` is the element's); on a canvas, its colour or linear gradient and opacity
 * @csspart peak - the held-peak marker (it rides a lane that the element moves); on a canvas, its colour, opacity and size
 * @csspart hint - in the bar's place while live and `suspended` by the browser's autoplay policy (Firefox and Safari
 *   before the page's first click; custom state `:state(suspended-hint)`): "Click anywhere to see your level"; gone
 *   once the audio runs
 * @csspart browser-control - the browser's own microphone control, in the bar's place while a click is needed
 *   (`manual`, not started) or access is blocked, where the browser has one (see `browser-control`)
 *
 * @cssprop --mic-meter-level - set by the element on itself, at most every 250 ms: the level on the display scale, 0..1 (read it in page CSS)
 * @cssprop --mic-meter-peak - set by the element on itself, at most every 250 ms: the held peak, 0..1
 * @cssprop --level - deprecated (removed in the next release): the same as `--mic-meter-level`
 * @cssprop --peak - deprecated (removed in the next release): the same as `--mic-meter-peak`
 * @cssprop --mic-meter-fill - the bar's background (a colour or a gradient); default `--lme-accent`
 * @cssprop --mic-meter-speaking-fill - the bar while speaking
 * @cssprop --mic-meter-clipping-fill - the bar while clipping; default `--lme-danger`
 * @cssprop --mic-meter-track-color - behind the bar; default `--lme-on-surface` at 18 %
 * @cssprop --mic-meter-peak-color - the peak marker; default `currentColor`
 * @cssprop --mic-meter-peak-size - the peak marker's thickness; default 2px
 * @cssprop --mic-meter-segment-gap - the gap between segments; default 2px
 * @cssprop --mic-meter-radius - the track's corner radius (continuous bar only); default `--lme-radius`
 */
export class MicMeter extends DeviceCaptureElement {
  static override styles = styles;
  static override properties: PropertyDeclarations = {
    orientation: { reflect: true, useDefault: true },
    segments: { type: Number, useDefault: true },
    renderer: { useDefault: true },
    minDb: { type: Number, attribute: Attr.MinDb, useDefault: true },
    maxDb: { type: Number, attribute: Attr.MaxDb, useDefault: true },
    speakingThreshold: { type: Number, attribute: Attr.SpeakingThreshold, useDefault: true },
    constraints: { attribute: false },
    strings: { attribute: false },
  };

  /** `horizontal` (default) or `vertical`. */
  orientation: MeterOrientation = 'horizontal';

  /** Number of segments; 0 draws a continuous bar. */
  segments = 0;

  /**
   * `auto` (default): once live, the bar is drawn on a canvas by a worker (nothing written to the page per reading)
   * where the browser can, unless the `fill` or `peak` part is styled in a way a canvas can't draw (see README);
   * `dom`: always the page's own bar, moved with transforms.
   */
  renderer: MeterRenderer = 'auto';

  /** The level at the empty end of the meter, in dBFS. */
  minDb: number = DEFAULTS.minDb;

  /** The level at the full end of the meter, in dBFS. */
  maxDb: number = DEFAULTS.maxDb;

  /** `speaking` turns on at this level, in dBFS. */
  speakingThreshold: number = DEFAULTS.speakingThreshold;

  /** MediaTrackConstraints for the audio track, merged over the defaults (processing off, see README). */
  constraints: MediaTrackConstraints | null = null;

  /** Texts that win over the dictionary of any language (see README, Localisation): e.g. `{ label: 'Your voice' }`. */
  strings: Partial<MicMeterStrings> | null = null;

  protected readonly text = new LocalizeController(this, TagName.MicMeter, micMeterStrings, micMeterDenied);

  /** The display scale, and where `speaking` turns on. */
  private scale: LevelScale = { ...DEFAULTS, segments: 0 };
  private ariaShownAt = 0;
  /** What the meter role's values were last set to. */
  private ariaShown = '';

  /** `speaking`, from the level feed, or while muted from the muted track's enabled clone. */
  private readonly voice = new SpeakingController(this, () => this.scale.speakingThreshold);

  private readonly levels = new AudioLevelController(this, {
    scale: () => this.scale,
    onChange: moved => {
      this.bar.changed(moved);
      this.updateAria(false);
    },
    onReading: (db, now) => {
      if (!this.muted) this.voice.hear(db, now);
    },
    onSpeaking: (speaking, current) => {
      if (!this.muted && current) this.voice.follow(speaking, performance.now());
    },
    speaking: () => this.voice.speaking,
    // The hint's text goes to the status region (announced once) and the value text. A new meter (the bar's move to a
    // canvas, from hostUpdated) hears the context's state at once: its render is asked for after that update.
    onSuspendedChange: () => queueMicrotask(() => this.requestUpdate()),
    onCanvasFailed: () => this.bar.refuse(),
  });

  private readonly bar = new MeterBarController(this, this.levels);

  protected override readonly healthMonitor = watchHealthOnDemand(this, { audio: true, video: false }, health => this.healthChanged(health));

  private readonly mutedVoice = new MutedSpeakingController(this, {
    running: () => this.muted && this.state === CaptureState.Live,
    onReading: (db, now) => {
      if (this.muted) this.voice.hear(db, now);
    },
  });

  /**
   * The RMS level on the display scale (`min-db`..`max-db` mapped to 0..1). With the bar on a canvas, reading this
   * (or `db`, `peak`) makes the values follow every reading for the next two seconds, instead of every 250 ms.
   */
  get level(): number {
    this.levels.read();
    return this.levels.level;
  }

  /** The RMS level in dBFS, floored at -100. */
  get db(): number {
    this.levels.read();
    return this.levels.db;
  }

  /** The held peak on the display scale, 0..1: holds for a second, then falls. */
  get peak(): number {
    this.levels.read();
    return this.levels.peak;
  }

  /**
   * True while the level is above `speaking-threshold`; ends 300 ms after it drops 6 dB below it. Follows the voice
   * while `muted` too (the bar shows what is sent: nothing), so `[muted][speaking]` is the "you are muted" hint.
   */
  get speaking(): boolean {
    return this.voice.speaking;
  }

  /** True for a second after a sample reached full scale. */
  get clipping(): boolean {
    return this.levels.clipping;
  }

  /** True while the page's AudioContext waits for a user gesture; the first click or key press resumes it. */
  get suspended(): boolean {
    return this.levels.suspended;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.internals.role = 'meter';
  }

  protected captureConstraints(): MediaStreamConstraints {
    return microphoneConstraints({ deviceId: this.deviceId, constraints: this.constraints });
  }

  protected permissionNames(): readonly DevicePermissionName[] {
    return ['microphone'];
  }

  protected override streamChanged(stream: LocalMediaStream | null): void {
    super.streamChanged(stream);
    this.voice.reset();
    this.levels.setStream(stream);
    this.mutedVoice.setStream(stream);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (changed.has('orientation') && this.orientation !== 'horizontal' && this.orientation !== 'vertical') {
      warnInvalid(this, Attr.Orientation, this.orientation, 'horizontal');
      this.orientation = 'horizontal';
    }
    if (changed.has('renderer') && this.renderer !== 'auto' && this.renderer !== 'dom') {
      warnInvalid(this, Attr.Renderer, this.renderer, 'auto');
      this.renderer = 'auto';
    }
    if (changed.has('minDb') || changed.has('maxDb') || changed.has('speakingThreshold') || changed.has('segments')) {
      this.scale = validScale(this);
      this.levels.rescale();
    }
    // Unmuted: the worker's meter goes on from what the muted voice said (one `speaking`, no flip on unmute).
    if (changed.has('muted') && !this.muted) this.levels.handOverSpeaking();
  }

  protected override updated(): void {
    this.setCustomState('suspended-hint', this.waitingForGesture());
    this.updateAria(true);
    this.renderRoot.querySelector<HTMLElement>('.track')!.style.setProperty('--_segments', String(this.scale.segments));
  }

  protected override render() {
    // The track stays rendered (the bar keeps its nodes): the styles show the browser's control or the hint instead.
    const control = this.renderBrowserControl();
    const { onCanvas } = this.bar;
    return html`<div part="track" class="track ${this.scale.segments > 0 ? 'segmented' : ''} ${onCanvas ? 'on-canvas' : ''}">
        ${onCanvas ? html`<canvas aria-hidden="true"></canvas>` : nothing}
        <div class="bar"><div part="fill" class="fill"></div></div>
        <div class="lane"><div part="peak" class="peak"></div></div>
      </div>
      ${control === nothing ? nothing : html`<div class="way-back">${control}</div>`}
      ${this.waitingForGesture() ? html`<div part="hint" class="hint" aria-hidden="true">${this.text.t('suspended-hint')}</div>` : nothing}
      ${this.renderStatus()}`;
  }

  /** While the AudioContext waits for a gesture, the hint says why the bar stays empty (once: not a level update). */
  protected override statusText(): string {
    return this.waitingForGesture() ? this.text.t('suspended-hint') : super.statusText();
  }

  /** Live, and the audio waits for a gesture by the browser's autoplay policy (not a context starting or paused). */
  private waitingForGesture(): boolean {
    return this.suspended && this.state === CaptureState.Live && waitsForGesture('suspended');
  }

  /**
   * Keeps the meter role's values current, at most every 250 ms of readings, unless `force`d (an update: the label
   * and the scale too); each is written only when it changed.
   */
  private updateAria(force: boolean): void {
    if (!force && performance.now() - this.ariaShownAt < ARIA_INTERVAL_MS) return;
    this.ariaShownAt = performance.now();
    const { minDb, maxDb } = this.scale;
    const { internals, text } = this;
    // A meter's content is presentational: while the browser's control takes the bar's place, the host is a group
    // around it, so that the control can be reached.
    const control = !!this.browserControls.element;
    if (force) {
      internals.role = control ? 'group' : 'meter';
      if (!this.hasAttribute('aria-label')) internals.ariaLabel = text.t('label');
      internals.ariaValueMin = control ? null : String(minDb);
      internals.ariaValueMax = control ? null : String(maxDb);
    }
    if (control) {
      if (force) internals.ariaValueNow = internals.ariaValueText = null;
      this.ariaShown = '';
      return;
    }
    const db = Math.round(Math.min(maxDb, Math.max(minDb, this.levels.db)));
    const live = this.state === CaptureState.Live;
    const hint = this.waitingForGesture();
    const shown = `${db} ${live && this.speaking} ${live && this.clipping} ${this.state} ${hint}`;
    if (!force && shown === this.ariaShown) return;
    this.ariaShown = shown;
    internals.ariaValueNow = String(db);
    const values = [text.t('level', { db })];
    if (this.speaking) values.push(text.t('speaking'));
    if (this.clipping) values.push(text.t('clipping'));
    internals.ariaValueText = hint ? text.t('suspended-hint') : live ? values.join(', ') : text.t(stateText[this.state]);
  }
}

export interface MicMeterEventMap extends CaptureElementEventMap {
  speakingchange: CustomEvent<SpeakingChangeDetail>;
}

export interface MicMeter {
  addEventListener: TypedAddEventListener<MicMeterEventMap, MicMeter>;
  removeEventListener: TypedRemoveEventListener<MicMeterEventMap, MicMeter>;
}

declare global {
  interface HTMLElementTagNameMap {
    'mic-meter': MicMeter;
  }
}
