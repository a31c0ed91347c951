import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { CaptureSession, type CaptureChangeDetail, type CaptureSessionOptions } from '../core/capture-session.js';
import { EventName } from '../core/constants.js';
import type { LocalMediaError } from '../core/errors.js';
import type { LocalMediaStream } from '../core/local-media-stream.js';

export interface StateChangeDetail {
  state: CaptureChangeDetail['state'];
  previous: CaptureChangeDetail['previous'];
  error?: LocalMediaError;
}

/** The detail of `streamchange`: the stream of now (null once released) and the one it replaced. */
export interface StreamChangeDetail {
  stream: LocalMediaStream | null;
  previous: LocalMediaStream | null;
}

export interface CaptureControllerOptions extends Omit<CaptureSessionOptions, 'settle'> {
  /** Called with every change of the session, before the host hears of it: where the element reflects it. */
  onChange?: (detail: CaptureChangeDetail) => void;
}

/**
 * Binds a {@link CaptureSession} to its host element: the session connects and disconnects with the host, is
 * asked at every host update whether its constraints changed (as @lit/task compares its args), and every change
 * of the session requests a host update, so no path can forget to. State changes, failures and replaced streams
 * are dispatched from the host as `statechange`, `error` and `streamchange`. Reflecting what the session says is
 * the element's job.
 */
export class CaptureController implements ReactiveController {
  /** The capture itself; the element reads and drives it through this controller. */
  readonly session: CaptureSession;

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly options: CaptureControllerOptions,
  ) {
    // Properties set in the same task as the connect (or the change that restarted) land before a request.
    this.session = new CaptureSession({ ...options, settle: () => host.updateComplete });
    this.session.addEventListener('change', this.#onChange);
    host.addController(this);
  }

  hostConnected(): void {
    this.session.connect();
  }

  hostDisconnected(): void {
    this.session.disconnect();
  }

  hostUpdate(): void {
    this.session.update();
  }

  readonly #onChange = ({ detail }: CustomEvent<CaptureChangeDetail>): void => {
    this.options.onChange?.(detail);
    this.host.requestUpdate();
    if (detail.what === 'state') {
      const { state, previous, error } = detail;
      const event: StateChangeDetail = { state, previous, ...(error ? { error } : {}) };
      this.host.dispatchEvent(new CustomEvent(EventName.StateChange, { detail: event }));
    } else if (detail.what === 'error') {
      this.host.dispatchEvent(new CustomEvent(EventName.Error, { detail: detail.error }));
    } else if (detail.what === 'stream') {
      const event: StreamChangeDetail = { stream: this.session.stream, previous: detail.previousStream ?? null };
      this.host.dispatchEvent(new CustomEvent(EventName.StreamChange, { detail: event }));
    }
  };
}
