/**
 * What {@link BrowserControlController} loads on demand, where the browser has the elements and a state needs one:
 * the control itself, shown while its host needs it, and the hand-over of what the person's click gives to the
 * host's capture (`session.adopt`). When the browser says the control can't be used where it is, the host falls
 * back to its own for good, with one `console.warn` saying why.
 */
import type { ReactiveControllerHost } from 'lit';
import type { BrowserControlTag } from '../core/browser-control-support.js';
import { BLOCKER_TEXT, BrowserControl, type Blocker } from '../core/browser-control/browser-control.js';
import { CaptureState } from '../core/constants.js';
import type { LocalMediaStream } from '../core/local-media-stream.js';
import type { BrowserControlControllerOptions } from './browser-control-controller.js';

export class BrowserControlBinding {
  #control: BrowserControl | undefined;
  /** Why the host fell back to its own control, for good. */
  fallback: Blocker | undefined;

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly options: BrowserControlControllerOptions,
  ) {}

  /** The control while it is shown. */
  get element(): HTMLElement | undefined {
    return this.#control?.element;
  }

  /** Shows the control for `tag` (made anew if it was another), or none. */
  show(tag: BrowserControlTag | undefined, constraints: MediaStreamConstraints): void {
    if (this.#control && this.#control.tag !== tag) this.#drop();
    if (!tag) return;
    this.#control ??= this.#make(tag);
    this.#control.setConstraints(constraints);
  }

  #make(tag: BrowserControlTag): BrowserControl {
    const control = new BrowserControl(tag, this.host, {
      granted: stream => this.#granted(stream),
      invalid: blocker => this.#invalid(tag, blocker),
    });
    this.options.onShown?.(true);
    return control;
  }

  #granted(stream: LocalMediaStream): void {
    const session = this.options.session();
    // Live meanwhile by its own request (allowed in the site settings, which restarts it): one capture is enough.
    if (session.state === CaptureState.Live) return stream.stop();
    session.adopt(stream);
  }

  #invalid(tag: BrowserControlTag, blocker: Blocker): void {
    this.fallback = blocker;
    this.#drop();
    const why = BLOCKER_TEXT[blocker] ?? 'the browser says it is not valid';
    console.warn(`<${this.host.localName}>: the browser's own <${tag}> control can't be used here (${blocker}: ${why}); showing the element's own instead.`, this.host);
    this.host.requestUpdate();
  }

  #drop(): void {
    if (!this.#control) return;
    this.#control.release();
    this.#control = undefined;
    this.options.onShown?.(false);
  }
}
