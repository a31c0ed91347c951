/**
 * The browser's own capture control (`<camera>`, `<microphone>`, `<usermedia>`), loaded on demand: made, told what
 * to ask for, and listened to. What the person's click on it gives is handed over as a LocalMediaStream for the
 * caller to own; whatever arrives after the caller let go of it is stopped at once.
 */
import { browserControlFactory, type BrowserControlTag } from '../browser-control-support.js';
import { constraintsKey } from '../constraints.js';
import { forRequest } from '../live-only.js';
import { LocalMediaStream } from '../local-media-stream.js';
import { BLOCKER_TEXT, lastingBlocker, type Blocker } from './validity.js';

export { BLOCKER_TEXT, type Blocker };

/** What the capability elements expose (PEPC's usermedia-element delta; Chromium 156 has these). */
interface CapabilityElement extends HTMLElement {
  readonly track?: MediaStreamTrack | null;
  readonly stream?: MediaStream | null;
  setConstraints?(constraints: MediaStreamConstraints): void;
}

export interface BrowserControlHandlers {
  /** The person allowed access: the capture is now the handler's to own (and to stop). */
  granted(stream: LocalMediaStream): void;
  /** The control can't be used where it is (see validity.ts), for a reason that lasts. */
  invalid(blocker: Blocker): void;
}

/** The kinds each element captures: its constraint filter drops the others. */
const KINDS = { camera: ['video'], microphone: ['audio'], usermedia: ['video', 'audio'] } as const;

/**
 * The constraints to give the element's `setConstraints()`: of its kinds only, as objects (Chromium 156 throws a
 * TypeError on `video: true`), without the settings that only `applyConstraints()` takes.
 */
export function controlConstraints(tag: BrowserControlTag, constraints: MediaStreamConstraints): MediaStreamConstraints {
  const request = forRequest(constraints);
  const given: MediaStreamConstraints = {};
  for (const kind of KINDS[tag]) {
    const track = request[kind];
    given[kind] = typeof track === 'object' ? track : {};
  }
  return given;
}

export class BrowserControl {
  /** The element to render (part `browser-control`). */
  readonly element: CapabilityElement;
  #key: string | undefined;
  #released = false;
  #judging = false;
  #judgeAgain = false;
  readonly #handedOver = new WeakSet<MediaStreamTrack>();

  constructor(
    readonly tag: BrowserControlTag,
    private readonly host: HTMLElement,
    private readonly handlers: BrowserControlHandlers,
  ) {
    const make = browserControlFactory() ?? ((name: string) => document.createElement(name));
    this.element = make(tag);
    this.element.setAttribute('part', 'browser-control');
    this.element.addEventListener('track', this.#onGranted);
    this.element.addEventListener('stream', this.#onGranted);
    this.element.addEventListener('validationstatuschange', this.#onValidation);
  }

  /** Tells the element what to ask for (again only when it changed). */
  setConstraints(constraints: MediaStreamConstraints): void {
    const given = controlConstraints(this.tag, constraints);
    const key = constraintsKey(given);
    if (key === this.#key) return;
    this.#key = key;
    try {
      this.element.setConstraints?.(given);
    } catch {
      // Constraints the element refuses: it asks with its defaults, and the live tracks get ours afterwards.
    }
  }

  /** Lets go: a capture the element still delivers (a prompt answered late) is stopped on arrival. */
  release(): void {
    this.#released = true;
  }

  readonly #onGranted = (): void => {
    const { track, stream } = this.element;
    const tracks = (stream ? stream.getTracks() : track ? [track] : []).filter(t => t.readyState === 'live' && !this.#handedOver.has(t));
    if (tracks.length === 0) return;
    for (const t of tracks) this.#handedOver.add(t);
    const captured = new LocalMediaStream(tracks);
    if (this.#released) return captured.stop();
    this.handlers.granted(captured);
  };

  readonly #onValidation = (): void => {
    if (this.#judging) return void (this.#judgeAgain = true);
    this.#judging = true;
    void lastingBlocker(this.element, this.host).then(blocker => {
      this.#judging = false;
      if (this.#released) return;
      if (blocker) return this.handlers.invalid(blocker);
      if (this.#judgeAgain) {
        this.#judgeAgain = false;
        this.#onValidation();
      }
    });
  };
}
