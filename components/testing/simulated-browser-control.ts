/**
 * The media simulator's stand-in for the browser's own capture controls (`<camera>`, `<microphone>`, `<usermedia>`,
 * which only Chromium has): an element with their interface (`track` or `stream`, `error`, `setConstraints()`,
 * `isValid`, `invalidReason`; events `track`, `stream`, `cancel`, `validationstatuschange`) that says it is simulated,
 * so that stories and tests show the way back after a block in every engine. A click (or Enter, Space) is the person
 * allowing access in the browser's prompt.
 */
import type { BrowserControlTag } from '../core/browser-control-support.js';

/** What the simulator does when the person allows access through the control: captures as the browser would. */
export type ControlCapture = (constraints: MediaStreamConstraints) => Promise<MediaStream>;

const TAG = 'simulated-browser-control';
const LABELS: Record<BrowserControlTag, string> = { camera: 'Use camera', microphone: 'Use microphone', usermedia: 'Use microphone and camera' };
const DEFAULTS: Record<BrowserControlTag, MediaStreamConstraints> = { camera: { video: true }, microphone: { audio: true }, usermedia: { video: true, audio: true } };

export class SimulatedBrowserControl extends HTMLElement {
  track: MediaStreamTrack | null = null;
  stream: MediaStream | null = null;
  error: DOMException | null = null;
  isValid = true;
  invalidReason = '';
  #tag: BrowserControlTag = 'camera';
  #constraints: MediaStreamConstraints = DEFAULTS.camera;
  #capture: ControlCapture = () => Promise.reject(new DOMException('No simulator', 'NotAllowedError'));
  #scripted = '';

  /** Sets it up for `tag`; `invalidReason`: the reason it reports once attached (as a browser judges its style or place). */
  setUp(tag: BrowserControlTag, capture: ControlCapture, invalidReason = ''): this {
    this.#tag = tag;
    this.#constraints = DEFAULTS[tag];
    this.#capture = capture;
    this.#scripted = invalidReason;
    this.dataset.simulated = '';
    this.textContent = `${LABELS[tag]} (simulated)`;
    return this;
  }

  connectedCallback(): void {
    this.setAttribute('role', 'button');
    this.tabIndex = 0;
    Object.assign(this.style, { display: 'inline-block', padding: '0.5em 1em', border: '1px dashed', borderRadius: '4px', cursor: 'pointer' });
    this.addEventListener('click', this.#onClick);
    this.addEventListener('keydown', this.#onKey);
    if (this.#scripted) {
      queueMicrotask(() => {
        this.isValid = false;
        this.invalidReason = this.#scripted;
        this.dispatchEvent(new Event('validationstatuschange', { bubbles: true, cancelable: true }));
      });
    }
  }

  disconnectedCallback(): void {
    this.removeEventListener('click', this.#onClick);
    this.removeEventListener('keydown', this.#onKey);
  }

  setConstraints(constraints: MediaStreamConstraints): void {
    const kinds = (['video', 'audio'] as const).filter(kind => DEFAULTS[this.#tag][kind]);
    for (const kind of kinds) {
      if (constraints[kind] !== undefined && typeof constraints[kind] !== 'object') throw new TypeError(`setConstraints: ${kind} must be a MediaTrackConstraints object`);
    }
    this.#constraints = Object.fromEntries(kinds.map(kind => [kind, constraints[kind] ?? {}]));
  }

  readonly #onKey = (event: KeyboardEvent): void => {
    if (event.key !== 'Enter' && event.key !== ' ') return;
    event.preventDefault();
    this.click();
  };

  readonly #onClick = (): void => {
    if (!this.isValid || this.track?.readyState === 'live' || this.stream?.active) return;
    this.#capture(this.#constraints).then(
      stream => {
        this.error = null;
        if (this.#tag === 'usermedia') {
          this.stream = stream;
          this.dispatchEvent(new Event('stream'));
        } else {
          this.track = stream.getTracks()[0] ?? null;
          this.dispatchEvent(new Event('track'));
        }
      },
      (error: unknown) => {
        this.error = error instanceof DOMException ? error : new DOMException(String(error), 'NotAllowedError');
        this.dispatchEvent(new Event('cancel'));
      },
    );
  };
}

/** Makes the simulated control for `tag`. */
export function simulatedBrowserControl(tag: BrowserControlTag, capture: ControlCapture, invalidReason?: string): HTMLElement {
  if (!customElements.get(TAG)) customElements.define(TAG, SimulatedBrowserControl);
  return (document.createElement(TAG) as SimulatedBrowserControl).setUp(tag, capture, invalidReason);
}
