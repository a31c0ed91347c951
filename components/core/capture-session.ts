import { CaptureState, ErrorKind } from './constants.js';
import { constraintsKey } from './constraints.js';
import { preferDevices, requestCapture } from './capture-request.js';
import { devicesOf, listsRequested, unplugged, watchDevices } from './devices.js';
import { Connection } from './connection.js';
import { abortedError, reportError, toLocalMediaError } from './errors.js';
import { CaptureStateTarget } from './capture-state.js';
import type { LocalMediaStream } from './local-media-stream.js';
import { pauseWithPage } from './page-lifecycle.js';
import { PermissionWatch } from './permission-watch.js';
import { lazy } from './lazy.js';
import { changeableLive, forRequest, hasLiveOnly } from './live-only.js';
import { followStream } from './track-events.js';
import type { CaptureChange, CaptureChangeDetail, CaptureSessionOptions } from './capture-session-types.js';

export type { CaptureChange, CaptureChangeDetail, CaptureSessionOptions };

/** Live changes (applyConstraints and its fallbacks): a chunk loaded with the first change of a live capture. */
const liveChanges = lazy(() => import('./live-constraints.js'));
/** Fitting an adopted stream (a capture of the browser's own control) loads only where one is adopted. */
const adoption = lazy(() => import('./adopted-constraints.js'));

/**
 * One capture's state machine and request lifecycle, without a framework: connected, it starts once its owner has
 * settled (unless `autoStart()` then says not to), follows its tracks (`ended`, `mute`, a `stop()` by the page),
 * the permission, the device list and the page lifecycle; disconnected, it stops before the next task, while a
 * reconnect in the same task (a DOM move) keeps the stream. A newer request supersedes an older one, whose late
 * stream is stopped. Every change is a `change` event whose detail says what changed.
 */
export class CaptureSession extends CaptureStateTarget {
  #stream: LocalMediaStream | null = null;
  #muted = false;
  #request: AbortController | undefined;
  /** The constraints of the capture live or being requested, as a key. */
  #requested: string | undefined;
  /** Those constraints, as the last request or live change read them. */
  #applied: MediaStreamConstraints | undefined;
  #latest: Promise<void> | undefined;
  readonly #connection = new Connection({ connected: () => this.#onConnected(), disconnected: () => this.#onDisconnected() });
  #unwatch: (() => void)[] = [];
  readonly #permissionWatch = new PermissionWatch();
  #unfollow: (() => void) | undefined;
  /** The devices of a capture the source ended, preferred when `reconnect` captures again. */
  #lostDevices = new Map<MediaDeviceKind, string>();

  constructor(private readonly options: CaptureSessionOptions) {
    super();
  }

  get stream(): LocalMediaStream | null {
    return this.#stream;
  }

  /** When true, tracks stay open but carry black frames / silence (`track.enabled = false`). */
  get muted(): boolean {
    return this.#muted;
  }

  set muted(value: boolean) {
    this.#muted = value;
    for (const track of this.#stream?.getTracks() ?? []) track.enabled = !value;
  }

  /** The newest `start()` (or restart) in flight or done. */
  get latest(): Promise<void> {
    return this.#latest ?? Promise.resolve();
  }

  /**
   * Starts following the page, the devices and the permission; once the owner has settled (its first update: what
   * was set on it right after insertion counts), starts the capture unless `autoStart()` says not to.
   */
  connect(): void {
    this.#connection.connect();
  }

  /** Stops before the next task, unless `connect()` comes first in this task (a DOM move). */
  disconnect(): void {
    this.#connection.disconnect();
  }

  /**
   * Requests the capture. A request made while live replaces the stream once the new one arrives. Resolves once
   * live; rejects with the failure; resolves without going live if a newer request or `stop()` supersedes it.
   * Rejects at once (kind `aborted`), asking for nothing, while the session is not connected.
   */
  start(): Promise<void> {
    if (!this.#connection.connected) {
      return Promise.reject(abortedError(undefined, 'Not started: the capture is not connected (its element is not in the document).'));
    }
    const attempt = this.#start();
    this.#latest = attempt;
    return attempt;
  }

  /** Starts again, with the constraints of now, if a capture is live or being requested. */
  restart(): void {
    if (this.#active()) this.start().catch(() => {});
  }

  /**
   * When the constraints are no longer those of the capture: applies them to the live tracks, and captures again
   * only where they can't be (see live-constraints.ts); restarts a request in flight.
   */
  update(): void {
    if (this.options.restartOnChange === false || this.#requested === undefined || !this.#active()) return;
    const constraints = this.options.constraints();
    const key = constraintsKey(constraints);
    if (key === this.#requested) return;
    const stream = this.#stream;
    const previous = this.#applied!;
    if (!stream || this.#request || !changeableLive(previous, constraints)) return this.restart();
    this.#requested = key;
    this.#applied = constraints;
    const change = liveChanges.load().then(({ changeLive }) => changeLive(stream, previous, constraints, {
      stream: () => (this.#requested === key ? this.#stream : null),
      applied: () => this.emit('settings'),
      again: release => (release && this.#release(), this.start()),
    }));
    (this.#latest = change).catch(() => {});
  }

  /**
   * Makes `stream`, captured by the browser's own capture control, this session's capture, on the path of an
   * answered request: a request in flight is superseded, the previous stream released, the state goes `live`; then
   * the constraints are applied as a live change is (see adopted-constraints.ts). A session that is not connected
   * stops it at once.
   */
  adopt(stream: LocalMediaStream): void {
    if (!this.#connection.connected) return stream.stop();
    this.#request?.abort();
    this.#request = undefined;
    const constraints = this.options.constraints();
    this.#requested = constraintsKey(constraints);
    this.#applied = constraints;
    this.#attach(stream, this.#release(false));
    this.setState(CaptureState.Live);
    const key = this.#requested;
    (this.#latest = adoption.load().then(({ fitAdopted }) => fitAdopted(stream, constraints, {
      stream: () => (this.#requested === key ? this.#stream : null),
      applied: () => this.emit('settings'),
      again: release => (release && this.#release(), this.start()),
      mayAskAgain: () => this.permission !== 'denied',
    }))).catch(() => {});
  }

  /** Cancels any request and stops every track. */
  stop(): void {
    const wasActive = this.#active();
    this.#request?.abort();
    this.#request = this.#requested = undefined;
    this.#release();
    if (wasActive) this.setState(CaptureState.Stopped);
  }

  #active(): boolean {
    return this.#request !== undefined || this.#stream !== null;
  }

  #onConnected(): void {
    this.#watchPermission();
    if (this.options.source !== 'display') this.#unwatch.push(watchDevices(this.#onDevices));
    // A shared screen needs a new gesture: one stopped by the page going away stays stopped when it comes back.
    const resume = this.options.source === 'display' ? () => {} : () => void this.start().catch(() => {});
    this.#unwatch.push(pauseWithPage({ active: () => this.#active(), stop: () => this.stop(), start: resume }));
    void this.#autoStart();
  }

  #onDisconnected(): void {
    for (const unwatch of this.#unwatch.splice(0)) unwatch();
    this.#permissionWatch.close();
    this.stop();
  }

  /** Decides once the owner has settled, so that what was set on it right after insertion (`manual`) counts. */
  async #autoStart(): Promise<void> {
    try {
      await this.options.settle?.();
    } catch (error) {
      return reportError(error); // The owner's update failed: the page's own error.
    }
    if (this.#connection.connected && !this.#active() && this.options.autoStart()) this.start().catch(() => {});
  }

  async #start(): Promise<void> {
    this.#request?.abort();
    const request = new AbortController();
    // Where a request that never reached the browser leaves the state: as before it, or idle after a request or a failure.
    const resting = this.state === CaptureState.Requesting || this.state === CaptureState.Error ? CaptureState.Idle : this.state;
    this.#request = request;
    this.#requested = undefined;
    if (!this.#stream) this.setState(CaptureState.Requesting);
    if (this.#connection.connected) this.#watchPermission();

    let constraints: MediaStreamConstraints;
    try {
      await this.options.settle?.();
      if (request !== this.#request) return;
      constraints = this.options.constraints();
    } catch (error) {
      // The page's own code threw (the owner's update, a `constraints` getter): its error, reported as it is, and
      // nothing asked for. Only what the capture request throws is a capture failure (a LocalMediaError).
      if (request === this.#request) {
        this.#request = undefined;
        if (!this.#stream) this.setState(resting);
      }
      reportError(error);
      throw error;
    }
    this.#requested = constraintsKey(constraints);
    this.#applied = constraints;
    const lost = this.#lostDevices;
    this.#lostDevices = new Map();
    let stream: LocalMediaStream;
    try {
      stream = await requestCapture({
        source: this.options.source ?? 'user',
        constraints: preferDevices(forRequest(constraints), lost),
        signal: request.signal,
        retries: this.options.retries?.() ?? 0,
        freeHeld: () => {
          if (!this.#stream) return false;
          this.#release();
          this.setState(CaptureState.Requesting);
          return true;
        },
      });
    } catch (thrown) {
      if (request !== this.#request) return; // Superseded: whatever replaced it owns the state.
      const error = toLocalMediaError(thrown);
      const loading = this.options.failing?.(error);
      if (loading) await loading.catch(() => {});
      if (request !== this.#request) return;
      this.#request = this.#requested = undefined;
      this.#release();
      this.fail(error);
      throw error;
    }
    if (request !== this.#request) {
      stream.stop(); // Superseded after its answer arrived.
      return;
    }
    this.#request = undefined;
    this.#attach(stream, this.#release(false));
    this.setState(CaptureState.Live);
    if (hasLiveOnly(constraints)) {
      void liveChanges.load().then(({ applyAfterStart }) => applyAfterStart(stream, constraints)).then(() => this.emit('settings'), () => {});
    }
  }

  /** Follows `stream` as the capture's, in place of `previous` (released already). */
  #attach(stream: LocalMediaStream, previous: LocalMediaStream | null): void {
    this.#stream = stream;
    this.#unfollow = followStream(stream, {
      ended: this.#onEnded,
      // The page stopped a track itself: the same as `stop()`, so the rest goes too and the device is released.
      stopped: () => this.stop(),
      muted: any => this.setInterrupted(any),
    });
    this.muted = this.#muted;
    this.emit('stream', { previousStream: previous });
  }

  /**
   * Stops the current stream, if any, after detaching from it so its end reads as requested, not as a loss; tells
   * of it unless a new stream replaces it at once (`announce` false). Returns the stream released.
   */
  #release(announce = true): LocalMediaStream | null {
    const stream = this.#stream;
    if (!stream) return null;
    this.#stream = null;
    this.#unfollow?.();
    stream.stop();
    this.setInterrupted(false);
    if (announce) this.emit('stream', { previousStream: stream });
    return stream;
  }

  /** The source ended the capture (unplugged, revoked, "stop sharing"): it is over. */
  readonly #onEnded = (): void => {
    // A screen has no device to ask for again.
    if (this.options.source !== 'display') this.#lostDevices = devicesOf(this.#stream?.getTracks() ?? []);
    this.#requested = undefined;
    this.#release();
    this.setState(CaptureState.Ended);
  };

  /** After a burst of `devicechange`: a live device that left the list was unplugged; a lost one may be back. */
  readonly #onDevices = (devices: MediaDeviceInfo[]): void => {
    if (this.#stream) {
      if (unplugged(this.#stream.getTracks(), devices)) this.#onEnded();
    } else if (this.state === CaptureState.Ended && this.options.reconnect?.()) {
      if (listsRequested(this.options.constraints(), devices)) this.start().catch(() => {});
    }
  };

  /** (Re)subscribes to the Permissions API when the set of devices this capture needs has changed. */
  #watchPermission(): void {
    this.#permissionWatch.follow(this.options.permissions(), value => {
      const wasDenied = this.permission === 'denied';
      if (!this.setPermission(value)) return;
      // Revoked while live: over, even where the browser tells only the PermissionStatus and not the tracks.
      if (value === 'denied' && this.#stream) this.#onEnded();
      // The user allowed the device again in the browser's settings: capture again without waiting for a click.
      const blocked = this.error?.kind === ErrorKind.Denied || this.state === CaptureState.Ended;
      if (value === 'granted' && wasDenied && blocked) this.start().catch(() => {});
    });
  }
}
