import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { waitBeforeUpdate } from '../base/kit-element.js';
import { browserControlTag } from '../core/browser-control-support.js';
import type { Blocker, BrowserControl } from '../core/browser-control/browser-control.js';
import type { CaptureSession } from '../core/capture-session.js';
import { CaptureState } from '../core/constants.js';
import { lazy } from '../core/lazy.js';
import type { LocalMediaStream } from '../core/local-media-stream.js';

// Loaded once per page, the first time a host needs it: browsers without the elements never download it.
const controlModule = lazy(() => import('../core/browser-control/browser-control.js'));

export interface BrowserControlControllerOptions {
  /** The capture that adopts what the browser's control gives. */
  session: () => CaptureSession;
  /** What the host would request itself: the control asks for the same. */
  constraints: () => MediaStreamConstraints;
  /** Whether the host is in a state that needs the control (a gesture, or a way back after a block) and wants it. */
  wanted: () => boolean;
  /** The control was put in the host's shadow root (true) or taken out. */
  onShown?: (shown: boolean) => void;
}

/**
 * Shows the browser's own capture control (`<camera>`, `<microphone>`, `<usermedia>`) while its host needs one,
 * where the browser has it, and hands what the person's click gives to the host's capture (`session.adopt`). The
 * host renders {@link element}. When the browser says the control can't be used where it is, the host falls back to
 * its own for good, with one `console.warn` saying why.
 */
export class BrowserControlController implements ReactiveController {
  #control: BrowserControl | undefined;
  #fallback: Blocker | undefined;

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly options: BrowserControlControllerOptions,
  ) {
    host.addController(this);
    // The first render in a state that needs the control shows it at once: the update waits for its chunk.
    waitBeforeUpdate(host, () => (this.#tag() && !this.#control ? controlModule.pending() : undefined));
  }

  /** The browser's control while it is shown (part `browser-control`), for the host to render. */
  get element(): HTMLElement | undefined {
    return this.#control?.element;
  }

  hostUpdate(): void {
    const constraints = this.options.constraints();
    const tag = this.#tag(constraints);
    if (this.#control && this.#control.tag !== tag) this.#drop();
    if (!tag) return;
    if (!this.#control) {
      const loaded = controlModule.value;
      if (!loaded) return; // The chunk failed to load: the host shows its own, as where the browser has none.
      this.#control = new loaded.BrowserControl(tag, this.host, {
        granted: stream => this.#granted(stream),
        invalid: blocker => this.#invalid(blocker),
      });
      this.options.onShown?.(true);
    }
    this.#control.setConstraints(constraints);
  }

  hostDisconnected(): void {
    this.#drop();
  }

  /** The browser's element that the host needs now, if the browser has it and the host wants it. */
  #tag(constraints = this.options.constraints()) {
    return this.options.wanted() && !this.#fallback && this.host.isConnected ? browserControlTag(constraints) : undefined;
  }

  #granted(stream: LocalMediaStream): void {
    const session = this.options.session();
    // Live meanwhile by its own request (allowed in the site settings, which restarts it): one capture is enough.
    if (session.state === CaptureState.Live) return stream.stop();
    session.adopt(stream);
  }

  #invalid(blocker: Blocker): void {
    const tag = this.#control?.tag;
    this.#fallback = blocker;
    this.#drop();
    const why = controlModule.value?.BLOCKER_TEXT[blocker] ?? 'the browser says it is not valid';
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
