import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { waitBeforeUpdate } from '../base/kit-element.js';
import { browserControlTag } from '../core/browser-control-support.js';
import type { CaptureSession } from '../core/capture-session.js';
import { lazy } from '../core/lazy.js';
import type { BrowserControlBinding } from './browser-control-binding.js';

// Loaded once per page, the first time a host needs it: browsers without the elements never download it.
const binding = lazy(() => import('./browser-control-binding.js'));

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
 * where the browser has it, and hands what the person's click gives to the host's capture (see
 * browser-control-binding.ts, which loads on demand). The host renders {@link element}.
 */
export class BrowserControlController implements ReactiveController {
  #binding: BrowserControlBinding | undefined;

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly options: BrowserControlControllerOptions,
  ) {
    host.addController(this);
    // The first render in a state that needs the control shows it at once: the update waits for its chunk.
    waitBeforeUpdate(host, () => (this.#tag() ? binding.pending() : undefined));
  }

  /** The browser's control while it is shown (part `browser-control`), for the host to render. */
  get element(): HTMLElement | undefined {
    return this.#binding?.element;
  }

  hostUpdate(): void {
    const constraints = this.options.constraints();
    const tag = this.#tag(constraints);
    const loaded = binding.value; // undefined: not needed yet, or its chunk failed (the host shows its own)
    if (tag && loaded) this.#binding ??= new loaded.BrowserControlBinding(this.host, this.options);
    this.#binding?.show(tag, constraints);
  }

  hostDisconnected(): void {
    this.#binding?.show(undefined, {});
  }

  /** The browser's element that the host needs now, if the browser has it and the host wants it. */
  #tag(constraints = this.options.constraints()) {
    return this.options.wanted() && !this.#binding?.fallback && this.host.isConnected ? browserControlTag(constraints) : undefined;
  }
}
