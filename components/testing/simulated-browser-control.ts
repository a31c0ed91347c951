/**
 * The media simulator's stand-in for the browser's own capture controls (`<camera>`, `<microphone>`, `<usermedia>`,
 * which only Chromium has): a native button with their interface (`track` or `stream`, `error`, `setConstraints()`,
 * `isValid`, `invalidReason`; events `track`, `stream`, `cancel`, `validationstatuschange`) that says it is simulated,
 * so that stories and tests show the way back after a block in every engine. A click is the person allowing access
 * in the browser's prompt.
 */
import type { BrowserControlTag } from '../core/browser-control-support.js';

/** What the simulator does when the person allows access through the control: captures as the browser would. */
export type ControlCapture = (constraints: MediaStreamConstraints) => Promise<MediaStream>;

const LABELS: Record<BrowserControlTag, string> = { camera: 'Use camera', microphone: 'Use microphone', usermedia: 'Use microphone and camera' };
const KINDS: Record<BrowserControlTag, readonly ('video' | 'audio')[]> = { camera: ['video'], microphone: ['audio'], usermedia: ['video', 'audio'] };

/** What the simulated control exposes, as the browser's elements do. */
export interface SimulatedBrowserControl extends HTMLButtonElement {
  track: MediaStreamTrack | null;
  stream: MediaStream | null;
  error: DOMException | null;
  isValid: boolean;
  invalidReason: string;
  setConstraints(constraints: MediaStreamConstraints): void;
}

/** Makes the simulated control for `tag`; `invalidReason`: the reason it reports once shown (a browser's judgement). */
export function simulatedBrowserControl(tag: BrowserControlTag, capture: ControlCapture, invalidReason = ''): HTMLElement {
  const kinds = KINDS[tag];
  let constraints: MediaStreamConstraints = Object.fromEntries(kinds.map(kind => [kind, {}]));
  const control = Object.assign(document.createElement('button'), {
    type: 'button',
    textContent: `${LABELS[tag]} (simulated)`,
    track: null,
    stream: null,
    error: null,
    isValid: true,
    invalidReason: '',
    setConstraints(given: MediaStreamConstraints) {
      for (const kind of kinds) {
        if (given[kind] !== undefined && typeof given[kind] !== 'object') throw new TypeError(`setConstraints: ${kind} must be a MediaTrackConstraints object`);
      }
      constraints = Object.fromEntries(kinds.map(kind => [kind, given[kind] ?? {}]));
    },
  }) as SimulatedBrowserControl;
  control.dataset.simulated = '';
  control.addEventListener('click', () => {
    if (!control.isValid || control.track?.readyState === 'live' || control.stream?.active) return;
    capture(constraints).then(
      stream => {
        control.error = null;
        if (tag === 'usermedia') control.stream = stream;
        else control.track = stream.getTracks()[0] ?? null;
        control.dispatchEvent(new Event(tag === 'usermedia' ? 'stream' : 'track'));
      },
      (error: unknown) => {
        control.error = error instanceof DOMException ? error : new DOMException(String(error), 'NotAllowedError');
        control.dispatchEvent(new Event('cancel'));
      },
    );
  });
  if (invalidReason) {
    // Once the element that asked for it has put it in place (in the same task).
    queueMicrotask(() => {
      control.isValid = false;
      control.invalidReason = invalidReason;
      control.dispatchEvent(new Event('validationstatuschange', { bubbles: true, cancelable: true }));
    });
  }
  return control;
}
