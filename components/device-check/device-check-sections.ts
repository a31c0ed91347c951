import { html, nothing, type TemplateResult } from 'lit';
import { cameraOffIcon, microphoneIcon, speakerIcon, stopIcon } from '../base/icons.js';
import type { SoundCheckPhase } from '../controllers/sound-check-controller.js';
import type { DeviceCheckStrings } from './device-check.strings.js';

/**
 * The three sections of `<device-check>` (camera, microphone, speakers) as templates of what the element knows;
 * the element (device-check.ts) holds the state and the handlers. The order of the sections and of the controls in
 * them is the visual and keyboard order in every layout (device-check.styles.ts).
 */
export interface SectionsView {
  t(key: keyof DeviceCheckStrings, values?: Record<string, string | number>): string;
  browserControl: string;
  remember: boolean;
  /** The effects offered for the camera: `none`, `blur`, and `background` where an image is given. */
  effects: readonly string[];
  /** A capture that can't act now (blocked, missing, in use, unplugged, stopped): its controls are disabled. */
  out: { camera: boolean; microphone: boolean };
  /** The camera is turned off (its toggle is pressed). */
  cameraMuted: boolean;
  /** A health problem of the camera (dark, frozen), said over the preview; '' when none. */
  cameraHealth: string;
  microphoneLive: boolean;
  phase: SoundCheckPhase;
  /** Seconds left of the microphone test's recording. */
  seconds: number;
  testFailed: boolean;
  /** The browser lets a page choose the output. */
  selectable: boolean;
  onStream(): void;
  onEffect(event: Event): void;
  onMicrophoneTest(): void;
  onSpeakerTest(): void;
}

/** A device select for the inner element `id`, its parts exported as `<id>-select`. */
function select(view: SectionsView, kind: string, id: string) {
  return html`<device-select kind=${kind} for=${id} ?remember=${view.remember} exportparts="label:select-label,select:${id}-select,hint:note"></device-select>`;
}

/** The mute toggle of the inner element `id`: disabled, with the reason beside it, while that capture can't act. */
function toggle(view: SectionsView, id: 'camera' | 'microphone') {
  return html`<media-toggle for=${id} ?disabled=${view.out[id]} exportparts="button:${id}-toggle">${view.t(`${id}-off`)}</media-toggle>`;
}

/** Why the controls beside it are disabled; nothing while they can act. */
function unavailable(view: SectionsView, id: 'camera' | 'microphone') {
  return view.out[id] ? html`<p part="note" class="reason">${view.t(`${id}-unavailable`)}</p>` : nothing;
}

/** Over the preview: that the camera is turned off, or what is wrong with its picture. */
function cameraState(view: SectionsView) {
  if (view.out.camera) return nothing;
  if (view.cameraMuted) return html`<p part="camera-state" class="over off">${cameraOffIcon()}<span>${view.t('camera-is-off')}</span></p>`;
  return view.cameraHealth ? html`<p part="camera-state" class="over">${view.cameraHealth}</p>` : nothing;
}

/** The background effect of the camera: none, blurred, and the `background-image` where one is given. */
function effectChoice(view: SectionsView) {
  return html`<label part="select-label" class="labelled">${view.t('effect-label')}
    <select part="effect-select" class="select" ?disabled=${view.out.camera} @change=${view.onEffect}>
      ${view.effects.map(effect => html`<option value=${effect}>${view.t(`effect-${effect}` as keyof DeviceCheckStrings)}</option>`)}
    </select></label>`;
}

export function cameraSection(view: SectionsView): TemplateResult {
  return html`<div part="camera" class="camera">
    <div class="stage">
      <camera-preview id="camera" browser-control=${view.browserControl} @streamchange=${view.onStream}
        exportparts="frame:camera-frame,video:camera-video,message:camera-message,browser-control:camera-browser-control"></camera-preview>
      ${cameraState(view)}
    </div>
    <div class="row">${select(view, 'videoinput', 'camera')}${effectChoice(view)}</div>
    <div class="row">${toggle(view, 'camera')}${unavailable(view, 'camera')}</div>
  </div>`;
}

export function microphoneSection(view: SectionsView): TemplateResult {
  const { phase } = view;
  const testing = phase === 'recording' || phase === 'playback';
  const testLabel = phase === 'recording' ? view.t('microphone-recording', { s: view.seconds }) : view.t(phase === 'playback' ? 'microphone-playback' : 'microphone-test');
  const note = view.testFailed ? view.t('microphone-test-failed') : testing ? view.t(`microphone-${phase}`, { s: '' }) : '';
  return html`<div part="microphone" class="microphone">
    <div class="input">
      ${select(view, 'audioinput', 'microphone')}
      <div class="level">
        <span id="level-label" class="level-label" aria-hidden="true">${view.t('meter-label')}</span>
        <mic-meter id="microphone" aria-labelledby="level-label" browser-control=${view.browserControl} @streamchange=${view.onStream}
          exportparts="track:meter-track,fill:meter-fill,peak:meter-peak,hint:meter-hint,browser-control:microphone-browser-control"></mic-meter>
      </div>
    </div>
    <div class="row">
      ${toggle(view, 'microphone')}
      <button part="button microphone-test-button" class="button" type="button" aria-pressed=${testing}
        ?disabled=${!testing && !view.microphoneLive} @click=${view.onMicrophoneTest}>${testing ? stopIcon() : microphoneIcon()}${testLabel}</button>
      ${unavailable(view, 'microphone')}
    </div>
    <p part="note" role="status">${note}</p>
  </div>`;
}

export function speakerSection(view: SectionsView): TemplateResult {
  const playing = view.phase === 'tone';
  return html`<div part="speaker" class="speaker">
    ${view.selectable ? select(view, 'audiooutput', 'speaker') : html`<p part="note" class="default-output">${view.t('speaker-default')}</p>`}
    <div class="row">
      <button part="button speaker-test-button" class="button" type="button" aria-pressed=${playing} @click=${view.onSpeakerTest}>
        ${playing ? stopIcon() : speakerIcon()}${view.t(playing ? 'speaker-playing' : 'speaker-test')}</button>
    </div>
  </div>`;
}
