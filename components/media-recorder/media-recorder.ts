import { html, nothing, type PropertyValues, type PropertyDeclarations } from 'lit';
import { pauseIcon, recordIcon, stopIcon } from '../base/icons.js';
import { KitElement } from '../base/kit-element.js';
import type { TypedAddEventListener, TypedRemoveEventListener } from '../base/capture-element.js';
import { LocalizeController } from '../base/localize-controller.js';
import { warnInvalid } from '../base/warn.js';
import { ForTargetController } from '../controllers/for-target-controller.js';
import { PersistController, type RecoveredRecording } from '../controllers/persist-controller.js';
import { RecordingController, type RecordingResult } from '../controllers/recording-controller.js';
import { Attr, EventName, RecorderState, TagName } from '../core/constants.js';
import { extensionFor, formatDuration } from '../core/recording.js';
import { mediaRecorderStrings, type MediaRecorderStrings } from './media-recorder.strings.js';
import { styles } from './media-recorder.styles.js';

export type { RecordingResult, RecoveredRecording };

export interface RecorderStateChangeDetail {
  state: RecorderState;
  previous: RecorderState;
}

export interface DataAvailableDetail {
  data: Blob;
}

/**
 * What `for` may name: anything with a `stream` that fires `streamchange` when it replaces it, such as
 * `<camera-preview>`, `<mic-meter>` or `<screen-preview>`.
 */
type Source = Element & { stream?: MediaStream | null };

const isLive = (stream: MediaStream | null) => !!stream?.getTracks().some(track => track.readyState === 'live');

/**
 * @summary Records the stream of a capture element (named by `for`) or any MediaStream (the `stream` property), with
 * record, pause/resume and stop buttons and a timer.
 *
 * Its texts (the buttons, the names of its group and timer, the file name) come from its dictionary in the closest
 * `lang`: see `strings` and media-recorder.strings.ts for the keys. The timer shows digits (`m:ss`) in every language.
 *
 * @attr for - the id of the capture element to record, in the same root (like `<label for>`)
 * @attr state - read-only: `inactive`, `recording` or `paused`
 * @attr mime-type - the preferred type, or a comma-separated list in order of preference, e.g.
 *   `video/mp4, video/webm`; unsupported ones are skipped with a warning. Default: negotiated (see `chosenMimeType`)
 * @attr timeslice - milliseconds per `dataavailable` chunk (default: one chunk at the end)
 * @attr max-duration - stop by itself after this many seconds of recording, pauses excluded
 * @attr persist - a key (letters, digits, `.`, `_`, `-`): each recording is also written to the origin's storage as
 *   it is made (a chunk at least every second), so that a reload, a crash or a closed tab loses at most about the
 *   last second; the next `<media-recorder>` with the same key fires `recovered` with what was left unfinished.
 *   A change while recording applies to the next recording.
 *
 * Every recording handed out has its duration and a seek index, whatever the engine, `timeslice` or pauses: the
 * container is rewritten when the browser didn't write them (code loaded when a recording stops).
 *
 * @fires statechange - `{ state, previous }` on every state change
 * @fires dataavailable - `{ data }` for every chunk of recorded data
 * @fires recordingstop - `{ blob, duration }` once a recording is finalized, however it ended (`stop()`, the
 *   maximum duration, the source ending, the element leaving the page)
 * @fires recovered - `{ blob, duration, key, damaged }` once for a recording under the `persist` key that an earlier
 *   page left unfinished (a reload, a crash, a closed tab); it is then removed from storage
 * @fires error - the Error, when the browser cannot record or the recording fails, when a recording can't be
 *   given its duration and seek index (it is handed out as recorded), when `persist` can't be used (an invalid
 *   key, a key another recorder uses, storage refused, unavailable or full: the recording goes on in memory) and
 *   when a recovered recording is damaged
 *
 * @csspart controls - the row of buttons and the timer
 * @csspart button - every button
 * @csspart record-button - starts a recording (disabled while there is no live stream)
 * @csspart pause-button - pauses and resumes (`aria-pressed` while paused)
 * @csspart stop-button - stops the recording
 * @csspart download-button - saves the last recording (shown once there is one)
 * @csspart timer - the recorded time, `m:ss`, after a dot that shows while recording
 * @csspart icon - the buttons' default icons (inline SVG in the text colour)
 *
 * @slot record-icon - replaces the record button's icon (a dot)
 * @slot pause-icon - replaces the pause button's icon
 * @slot resume-icon - replaces the icon of the pause button while paused (a dot)
 * @slot stop-icon - replaces the stop button's icon (a square)
 *
 * @cssprop --media-recorder-accent - the recording dot and the running timer (default `--lme-danger`)
 * @cssprop --media-recorder-font - the font (default `--lme-font`, else inherited)
 * @cssprop --media-recorder-color - the text colour (default: inherited)
 * @cssprop --media-recorder-gap - the space between the controls (default `--lme-space`)
 * @cssprop --media-recorder-button-padding - the buttons' padding
 * @cssprop --media-recorder-button-border - the buttons' border (default 1px solid `--lme-border-color`)
 * @cssprop --media-recorder-button-radius - the buttons' corner radius (default `--lme-radius`)
 * @cssprop --media-recorder-button-background - the secondary buttons' background (default `--lme-surface`); the
 *   main action (record, then stop) and a pressed pause are filled with `--lme-accent`
 * @cssprop --media-recorder-focus-ring - the focused button's outline (default `--lme-focus-ring`)
 */
export class MediaRecorderElement extends KitElement {
  static override styles = styles;
  static override properties: PropertyDeclarations = {
    htmlFor: { attribute: Attr.For, reflect: true, useDefault: true },
    mimeType: { attribute: Attr.MimeType, useDefault: true },
    timeslice: { type: Number, useDefault: true },
    maxDuration: { type: Number, attribute: Attr.MaxDuration, useDefault: true },
    persist: { attribute: Attr.Persist, reflect: true, useDefault: true },
    strings: { attribute: false },
  };

  /** The id of the element whose stream is recorded. */
  htmlFor = '';

  /** The preferred MIME type(s); see `chosenMimeType` for the one used. */
  mimeType = '';

  /** Milliseconds per `dataavailable` chunk; null (unset) for one chunk at the end. */
  timeslice: number | null = null;

  /** Stop by itself after this many seconds of recording (pauses excluded); null (unset) for no limit. */
  maxDuration: number | null = null;

  /** The key under which recordings are kept in the origin's storage as they are made; '' for none. */
  persist = '';

  /** Texts that win over the dictionary of any language (see README, Localisation): e.g. `{ record: 'Rec' }`. */
  strings: Partial<MediaRecorderStrings> | null = null;

  #stream: MediaStream | null = null;

  private readonly text = new LocalizeController(this, TagName.MediaRecorder, mediaRecorderStrings);

  private readonly source = new ForTargetController<Source>(this, (target, previous) => this.onTarget(target, previous));

  private readonly persistence = new PersistController(this, {
    key: () => this.persist,
    onInvalid: value => {
      warnInvalid(this, Attr.Persist, value, 'no storage (letters, digits, ".", "_" and "-" only, 64 at most)');
      this.dispatchEvent(new CustomEvent<Error>(EventName.Error, { detail: new DOMException(`persist="${value}" is not a valid key.`, 'SyntaxError') }));
    },
    onRecovered: recording => this.dispatchEvent(new CustomEvent<RecoveredRecording>(EventName.Recovered, { detail: recording })),
    onError: error => this.dispatchEvent(new CustomEvent<Error>(EventName.Error, { detail: error })),
  });

  private readonly recording = new RecordingController(this, {
    mimeType: () => this.mimeType,
    sink: () => this.persistence.begin(),
    timeslice: () => this.positive(Attr.Timeslice, this.timeslice),
    maxDuration: () => {
      const seconds = this.positive(Attr.MaxDuration, this.maxDuration);
      return seconds === undefined ? undefined : seconds * 1000;
    },
    onInvalidMimeType: value => warnInvalid(this, Attr.MimeType, value, 'a type this browser can record'),
    onState: (state, previous) => {
      this.setAttribute(Attr.State, state);
      this.dispatchEvent(new CustomEvent<RecorderStateChangeDetail>(EventName.StateChange, { detail: { state, previous } }));
    },
    onData: data => this.dispatchEvent(new CustomEvent<DataAvailableDetail>(EventName.DataAvailable, { detail: { data } })),
    onStop: result => this.dispatchEvent(new CustomEvent<RecordingResult>(EventName.RecordingStop, { detail: result })),
    onError: error => this.dispatchEvent(new CustomEvent<Error>(EventName.Error, { detail: error })),
  });

  /**
   * The stream to record: the one set here, else the `stream` of the element named by `for`. Setting it (to a
   * MediaStream, or null to follow `for` again) ends a recording of another stream.
   */
  get stream(): MediaStream | null {
    return this.#stream ?? this.source.target?.stream ?? null;
  }

  set stream(stream: MediaStream | null) {
    this.#stream = stream;
    this.sourceChanged();
  }

  /** `inactive`, `recording` or `paused`; reflected as the `state` attribute. */
  get state(): RecorderState {
    return this.recording.state;
  }

  /** Seconds recorded so far (or in the last recording), pauses excluded. */
  get duration(): number {
    return this.recording.duration;
  }

  /** The MIME type of the current or last recording, as negotiated ('' before the first). */
  get chosenMimeType(): string {
    return this.recording.mimeType;
  }

  /** The last finished recording, or null. */
  get blob(): Blob | null {
    return this.recording.result?.blob ?? null;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.setAttribute(Attr.State, this.state);
  }

  /** Starts recording. Throws InvalidStateError while recording or without a live stream, NotSupportedError from the browser. */
  start(): void {
    this.recording.start(this.stream);
  }

  /** Pauses; the paused time is left out of the recording and of `duration`. */
  pause(): void {
    this.recording.pause();
  }

  resume(): void {
    this.recording.resume();
  }

  /** Stops, and resolves with the recording once it is finalized (also fired as `recordingstop`). */
  stop(): Promise<Blob> {
    return this.recording.stop();
  }

  /** Saves the last recording as a file, named `recording-<date>.<ext>` (`file-name` in `strings`) unless given a name. */
  download(filename?: string): void {
    const blob = this.blob;
    if (!blob) throw new DOMException('Nothing was recorded yet.', 'InvalidStateError');
    const link = document.createElement('a');
    link.href = URL.createObjectURL(blob);
    link.download = filename ?? `${this.text.t('file-name')}-${new Date().toISOString().slice(0, 19).replaceAll(':', '-')}.${extensionFor(blob.type)}`;
    link.hidden = true;
    this.renderRoot.append(link);
    link.click();
    link.remove();
    // Firefox cancels a download whose URL is revoked while it starts.
    setTimeout(() => URL.revokeObjectURL(link.href), 40_000);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('htmlFor')) this.source.resolve(this.htmlFor);
    if (changed.has('persist')) this.persistence.update();
  }

  protected override render() {
    const { state, text } = this;
    const inactive = state === RecorderState.Inactive;
    const paused = state === RecorderState.Paused;
    // One primary action at a time: record, then stop. No white space inside a button: its text is its label.
    return html`<div part="controls" role="group" aria-label=${text.t('controls-label')}>
      ${inactive
        ? html`<button part="button record-button" class="button primary" type="button" ?disabled=${!isLive(this.stream)} @click=${this.onRecord}
            ><slot name="record-icon">${recordIcon()}</slot>${text.t('record')}</button
          >`
        : html`<button part="button pause-button" class="button" type="button" aria-pressed=${paused} @click=${this.onPause}
              >${paused ? html`<slot name="resume-icon">${recordIcon()}</slot>` : html`<slot name="pause-icon">${pauseIcon()}</slot>`}${text.t(paused ? 'resume' : 'pause')}</button
            ><button part="button stop-button" class="button primary" type="button" @click=${this.onStop}><slot name="stop-icon">${stopIcon()}</slot>${text.t('stop')}</button>`}
      <span part="timer" role="timer" aria-label=${text.t('timer-label')}>${formatDuration(this.duration * 1000)}</span>
      ${inactive && this.blob ? html`<button part="button download-button" class="button" type="button" @click=${() => this.download()}>${text.t('download')}</button>` : nothing}
    </div>`;
  }

  private onRecord(): void {
    try {
      this.start();
    } catch (error) {
      this.dispatchEvent(new CustomEvent<Error>(EventName.Error, { detail: error as Error }));
      return;
    }
    void this.focusPart('stop-button');
  }

  private onPause(): void {
    if (this.state === RecorderState.Paused) this.resume();
    else this.pause();
  }

  private onStop(): void {
    void this.stop().catch(() => {});
    void this.focusPart('record-button');
  }

  /** Keeps keyboard focus on the controls when the button that had it is replaced. */
  private async focusPart(part: string): Promise<void> {
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>(`[part~="${part}"]`)?.focus();
  }

  private positive(attribute: string, value: number | null | undefined): number | undefined {
    if (value === undefined || value === null) return undefined;
    if (Number.isFinite(value) && value > 0) return value;
    warnInvalid(this, attribute, value, 'no value');
    return undefined;
  }

  private readonly onTargetStream = (): void => this.sourceChanged();

  private onTarget(target: Source | null, previous: Source | null): void {
    previous?.removeEventListener(EventName.StreamChange, this.onTargetStream);
    target?.addEventListener(EventName.StreamChange, this.onTargetStream);
    this.sourceChanged();
  }

  /** A recording follows one stream: when the source moves to another (or none), it is finalized. */
  private sourceChanged(): void {
    const recorded = this.recording.stream;
    if (recorded && recorded !== this.stream) void this.stop().catch(() => {});
    this.requestUpdate();
  }
}

export interface MediaRecorderEventMap {
  statechange: CustomEvent<RecorderStateChangeDetail>;
  dataavailable: CustomEvent<DataAvailableDetail>;
  recordingstop: CustomEvent<RecordingResult>;
  recovered: CustomEvent<RecoveredRecording>;
  error: CustomEvent<Error>;
}

export interface MediaRecorderElement {
  addEventListener: TypedAddEventListener<MediaRecorderEventMap, MediaRecorderElement>;
  removeEventListener: TypedRemoveEventListener<MediaRecorderEventMap, MediaRecorderElement>;
}

declare global {
  interface HTMLElementTagNameMap {
    'media-recorder': MediaRecorderElement;
  }
}
