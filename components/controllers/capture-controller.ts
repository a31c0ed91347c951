import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { Attr, CaptureState, ErrorKind, EventName, type PermissionValue } from '../core/constants.js';
import { requestedDevices, watchDevices } from '../core/devices.js';
import { abortedError, LocalMediaError, toLocalMediaError } from '../core/errors.js';
import { getLocalDisplayMedia } from '../core/get-local-media.js';
import { getSharedMedia } from '../core/shared-media.js';
import type { LocalMediaStream } from '../core/local-media-stream.js';
import { watchPermission, type DevicePermissionName } from '../core/permissions.js';
import { onTrackStop } from '../core/track-stop.js';

/** The first retry of an `in-use` device waits this long; each further one twice as long. */
const RETRY_BASE_MS = 250;

const sleep = (ms: number, signal: AbortSignal) =>
  new Promise<void>((resolve, reject) => {
    const timer = setTimeout(resolve, ms);
    signal.addEventListener('abort', () => (clearTimeout(timer), reject(abortedError(signal.reason))), { once: true });
  });

export interface StateChangeDetail {
  state: CaptureState;
  previous: CaptureState;
  error?: LocalMediaError;
}

export interface CaptureControllerOptions {
  /** `user` for getUserMedia, `display` for getDisplayMedia. */
  source?: 'user' | 'display';
  /** The constraints of the next request, read at every start and restart. */
  constraints: () => MediaStreamConstraints;
  /** The permissions that govern this capture, for the `permission` attribute. */
  permissions: () => readonly DevicePermissionName[];
  /** Whether to start when the host connects (false for `manual`). */
  autoStart: () => boolean;
  /** Whether to capture again when a device of the lost kind comes back after the source ended. */
  reconnect?: () => boolean;
  /** How many times to retry, with backoff, a device that is `in-use`. */
  retries?: () => number;
  /** Where the `:state()` custom states go; omit to skip them. */
  internals?: ElementInternals;
  /** Called with every failure, before `error` is dispatched (for console warnings that name an attribute). */
  onError?: (error: LocalMediaError) => void;
  /** Called when a stream is attached (live) or released (stopped, ended, replaced), before the state changes. */
  onStream?: (stream: LocalMediaStream | null) => void;
}

/**
 * Binds one capture to its host element's lifecycle: starts on connect (unless told not to), stops on disconnect
 * before the next task while a DOM move in the same task keeps the stream, restarts when constraints change,
 * drops the stream of any request that is no longer the newest, and follows the tracks' `ended`, `mute` and
 * `unmute` events. It reflects `state`, `error`, `interrupted` and `permission` on the host, sets the `:state()`
 * custom states, and dispatches `statechange` and `error` from the host.
 */
export class CaptureController implements ReactiveController {
  #state: CaptureState = CaptureState.Idle;
  #error: LocalMediaError | undefined;
  #stream: LocalMediaStream | null = null;
  #interrupted = false;
  #muted = false;
  #permission: PermissionValue | undefined;
  #request: AbortController | undefined;
  #disconnecting = false;
  #unwatchPermission: (() => void) | undefined;
  #permissionNames = '';
  #latest: Promise<void> | undefined;
  #unwatchDevices: (() => void) | undefined;
  /** The devices of a capture the source ended, preferred when `reconnect` captures again. */
  #lostDevices = new Map<MediaDeviceKind, string>();
  #resumeOnShow = false;
  #unwatchTrackStops: (() => void)[] = [];

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly options: CaptureControllerOptions,
  ) {
    host.addController(this);
  }

  /** The capture's lifecycle state. */
  get state(): CaptureState {
    return this.#state;
  }

  /** The failure behind `state === 'error'`. */
  get error(): LocalMediaError | undefined {
    return this.#error;
  }

  /** The live stream, or null. */
  get stream(): LocalMediaStream | null {
    return this.#stream;
  }

  /** True while the source has muted a track (e.g. the OS took the camera away). */
  get interrupted(): boolean {
    return this.#interrupted;
  }

  /** The Permissions API's answer for this capture's devices; undefined where the browser can't tell. */
  get permission(): PermissionValue | undefined {
    return this.#permission;
  }

  /** When true, tracks stay open but carry black frames / silence (`track.enabled = false`). */
  get muted(): boolean {
    return this.#muted;
  }

  set muted(value: boolean) {
    this.#muted = value;
    this.#applyMuted();
  }

  hostConnected(): void {
    if (this.#disconnecting) {
      this.#disconnecting = false; // A DOM move: keep everything as it is.
      return;
    }
    this.#reflect();
    this.#watchPermission();
    if (this.options.source !== 'display') this.#unwatchDevices ??= watchDevices(this.#onDevices);
    globalThis.addEventListener?.('pagehide', this.#onPageHide);
    globalThis.addEventListener?.('pageshow', this.#onPageShow);
    globalThis.document?.addEventListener('freeze', this.#onPageHide);
    globalThis.document?.addEventListener('resume', this.#onPageShow);
    const active = this.#state === CaptureState.Live || this.#state === CaptureState.Requesting;
    if (this.options.autoStart() && !active) this.start().catch(() => {});
  }

  hostDisconnected(): void {
    this.#disconnecting = true;
    // A microtask runs before the next task but after the rest of this one, so a remove-then-insert in the same
    // task (a DOM move) reconnects first and keeps the stream.
    queueMicrotask(() => {
      if (!this.#disconnecting) return;
      this.#disconnecting = false;
      this.#unwatchPermission?.();
      this.#unwatchPermission = undefined;
      this.#unwatchDevices?.();
      this.#unwatchDevices = undefined;
      globalThis.removeEventListener?.('pagehide', this.#onPageHide);
      globalThis.removeEventListener?.('pageshow', this.#onPageShow);
      globalThis.document?.removeEventListener('freeze', this.#onPageHide);
      globalThis.document?.removeEventListener('resume', this.#onPageShow);
      this.stop();
    });
  }

  /**
   * Requests the capture. A request made while live replaces the stream once the new one arrives (the old
   * tracks end then). Resolves once live; rejects with the failure; resolves without going live if a newer
   * request or `stop()` supersedes this one.
   */
  start(): Promise<void> {
    const attempt = this.#start();
    this.#latest = attempt;
    return attempt;
  }

  /** The newest `start()` (or restart) in flight or done: how callers that changed constraints await the result. */
  get latest(): Promise<void> {
    return this.#latest ?? Promise.resolve();
  }

  async #start(): Promise<void> {
    this.#request?.abort();
    const request = new AbortController();
    this.#request = request;
    if (!this.#stream) this.#setState(CaptureState.Requesting);
    this.#watchPermission();

    let stream: LocalMediaStream;
    try {
      // Properties set in the same task as the connect (or the change that restarted) land first.
      await this.host.updateComplete;
      stream = await this.#open(request.signal);
    } catch (thrown) {
      const error = toLocalMediaError(thrown);
      if (request !== this.#request) return; // Superseded: whatever replaced it owns the state.
      this.#request = undefined;
      this.#release();
      this.#fail(error);
      throw error;
    }
    if (request !== this.#request) {
      stream.stop(); // Superseded after its answer arrived.
      return;
    }
    this.#request = undefined;
    this.#release();
    this.#attach(stream);
    this.#setState(CaptureState.Live);
  }

  /**
   * One request, with the two answers to `in-use`: during a switch, free the old device and ask again once
   * (many cameras can't be opened twice); then retry with backoff as many times as `retries()` allows.
   */
  async #open(signal: AbortSignal): Promise<LocalMediaStream> {
    const constraints = this.#preferLostDevices(this.options.constraints());
    for (let attempt = 0; ; attempt++) {
      try {
        return this.options.source === 'display'
          ? await getLocalDisplayMedia(constraints as DisplayMediaStreamOptions, { signal })
          : await getSharedMedia(constraints, { signal });
      } catch (thrown) {
        const error = toLocalMediaError(thrown);
        if (error.kind !== ErrorKind.InUse || signal.aborted) throw error;
        if (this.#stream) {
          this.#release();
          this.#setState(CaptureState.Requesting);
          attempt--;
          continue;
        }
        if (attempt >= Math.min(this.options.retries?.() ?? 0, 10)) throw error;
        await sleep(RETRY_BASE_MS * 2 ** attempt, signal);
      }
    }
  }

  /** Asks for the devices the source lost (as an ideal) where the constraints name none. */
  #preferLostDevices(constraints: MediaStreamConstraints): MediaStreamConstraints {
    const lost = this.#lostDevices;
    if (lost.size === 0) return constraints;
    this.#lostDevices = new Map();
    const prefer = (track: boolean | MediaTrackConstraints | undefined, kind: MediaDeviceKind) => {
      const id = lost.get(kind);
      if (!track || !id || (typeof track === 'object' && track.deviceId)) return track;
      return { ...(typeof track === 'object' ? track : {}), deviceId: { ideal: id } };
    };
    return { ...constraints, video: prefer(constraints.video, 'videoinput'), audio: prefer(constraints.audio, 'audioinput') };
  }

  /** Restarts with fresh constraints if a capture is live or being requested; otherwise does nothing. */
  restart(): void {
    if (this.#state === CaptureState.Live || this.#state === CaptureState.Requesting) {
      this.start().catch(() => {});
    }
  }

  /** Cancels any request and stops every track. */
  stop(): void {
    const wasActive = this.#request !== undefined || this.#stream !== null;
    this.#request?.abort();
    this.#request = undefined;
    this.#release();
    if (wasActive) this.#setState(CaptureState.Stopped);
  }

  #attach(stream: LocalMediaStream): void {
    this.#stream = stream;
    stream.addEventListener('ended', this.#onStreamEnded);
    for (const track of stream.getTracks()) {
      track.addEventListener('ended', this.#onTrackEnded);
      track.addEventListener('mute', this.#onMuteChange);
      track.addEventListener('unmute', this.#onMuteChange);
      this.#unwatchTrackStops.push(onTrackStop(track, this.#onTrackStopped));
    }
    this.#applyMuted();
    this.#onMuteChange();
    this.options.onStream?.(stream);
  }

  /** Stops the current stream, if any, after detaching from it so its end reads as requested, not as a loss. */
  #release(): void {
    const stream = this.#stream;
    if (!stream) return;
    this.#stream = null;
    stream.removeEventListener('ended', this.#onStreamEnded);
    for (const track of stream.getTracks()) {
      track.removeEventListener('ended', this.#onTrackEnded);
      track.removeEventListener('mute', this.#onMuteChange);
      track.removeEventListener('unmute', this.#onMuteChange);
    }
    for (const unwatch of this.#unwatchTrackStops.splice(0)) unwatch();
    stream.stop();
    this.#setInterrupted(false);
    this.options.onStream?.(null);
  }

  readonly #onTrackEnded = (): void => {
    // One track ended by its source (unplugged, revoked, "stop sharing"): the capture is over.
    for (const track of this.#stream?.getTracks() ?? []) {
      const id = track.getSettings().deviceId;
      if (id) this.#lostDevices.set(track.kind === 'video' ? 'videoinput' : 'audioinput', id);
    }
    this.#release();
    this.#setState(CaptureState.Ended);
  };

  /** After a burst of `devicechange`: a live device that left the list was unplugged; a lost one may be back. */
  readonly #onDevices = (devices: MediaDeviceInfo[]): void => {
    const listed = (kind: MediaDeviceKind, id: string | undefined) =>
      devices.some(device => device.kind === kind && (!id || device.deviceId === id));
    // Without permission for a kind, its devices have no ids: then nothing can be told about that kind.
    const anonymous = (kind: MediaDeviceKind) => devices.some(device => device.kind === kind && !device.deviceId);
    if (this.#stream) {
      const gone = this.#stream.getTracks().some(track => {
        const kind = track.kind === 'video' ? 'videoinput' : 'audioinput';
        const id = track.getSettings().deviceId;
        return id !== undefined && !anonymous(kind) && !listed(kind, id);
      });
      if (gone) this.#onTrackEnded();
    } else if (this.#state === CaptureState.Ended && this.options.reconnect?.()) {
      const wanted = requestedDevices(this.options.constraints());
      if ([...wanted].every(([kind, id]) => listed(kind, id))) this.start().catch(() => {});
    }
  };

  // The page goes away, into the back/forward cache, or is frozen: no camera stays on behind it. Back from the
  // cache or thawed, the capture that was live starts again.
  readonly #onPageHide = (event: Event): void => {
    const resumable = event.type === 'freeze' || (event as PageTransitionEvent).persisted;
    this.#resumeOnShow = resumable && (this.#stream !== null || this.#request !== undefined);
    this.stop();
  };

  readonly #onPageShow = (event: Event): void => {
    if (event.type === 'pageshow' && !(event as PageTransitionEvent).persisted) return;
    if (!this.#resumeOnShow) return;
    this.#resumeOnShow = false;
    this.start().catch(() => {});
  };

  // The page stopped one of the tracks itself (`stream.getTracks().forEach(t => t.stop())`): the same as `stop()`,
  // so the rest of the capture goes too and the device is released.
  readonly #onTrackStopped = (_track: MediaStreamTrack, wasLive: boolean): void => {
    if (!wasLive || !this.#stream) return;
    this.#release();
    this.#setState(CaptureState.Stopped);
  };

  // Every track ended: by the page's `stream.stop()` (stopped), or by the source (ended).
  readonly #onStreamEnded = (): void => {
    const stopped = this.#stream?.stopped;
    this.#release();
    this.#setState(stopped ? CaptureState.Stopped : CaptureState.Ended);
  };

  readonly #onMuteChange = (): void => {
    this.#setInterrupted(this.#stream?.getTracks().some(track => track.muted) ?? false);
  };

  #applyMuted(): void {
    for (const track of this.#stream?.getTracks() ?? []) track.enabled = !this.#muted;
  }

  #fail(error: LocalMediaError): void {
    this.#error = error;
    this.options.onError?.(error);
    this.#setState(CaptureState.Error);
    this.host.dispatchEvent(new CustomEvent(EventName.Error, { detail: error }));
  }

  #setState(state: CaptureState): void {
    const previous = this.#state;
    if (state !== CaptureState.Error) this.#error = undefined;
    if (state === previous && state !== CaptureState.Error) return;
    this.#state = state;
    this.#reflect();
    this.host.requestUpdate();
    const detail: StateChangeDetail = { state, previous, ...(this.#error ? { error: this.#error } : {}) };
    this.host.dispatchEvent(new CustomEvent(EventName.StateChange, { detail }));
  }

  #setInterrupted(value: boolean): void {
    if (value === this.#interrupted) return;
    this.#interrupted = value;
    this.host.toggleAttribute(Attr.Interrupted, value);
    this.#setCustomState('interrupted', value);
    this.host.requestUpdate();
  }

  #reflect(): void {
    const { host } = this;
    if (host.getAttribute(Attr.State) !== this.#state) host.setAttribute(Attr.State, this.#state);
    if (this.#error) host.setAttribute(Attr.Error, this.#error.kind);
    else host.removeAttribute(Attr.Error);
    for (const state of Object.values(CaptureState)) this.#setCustomState(state, state === this.#state);
  }

  #setCustomState(name: string, on: boolean): void {
    const states = this.options.internals?.states;
    if (!states) return;
    try {
      if (on) states.add(name);
      else states.delete(name);
    } catch {
      // Chromium before 125 accepted only dashed names (`--live`); it gets the attributes only.
    }
  }

  /** (Re)subscribes to the Permissions API when the set of devices this capture needs has changed. */
  #watchPermission(): void {
    const names = this.options.permissions();
    const key = names.join();
    if (this.#unwatchPermission && key === this.#permissionNames) return;
    this.#unwatchPermission?.();
    this.#permissionNames = key;
    this.#unwatchPermission = watchPermission(names, value => {
      if (value === this.#permission) return;
      const wasDenied = this.#permission === 'denied';
      this.#permission = value;
      if (value) this.host.setAttribute(Attr.Permission, value);
      else this.host.removeAttribute(Attr.Permission);
      this.host.requestUpdate();
      // Revoked while live: over, even where the browser tells only the PermissionStatus and not the tracks.
      if (value === 'denied' && this.#stream) this.#onTrackEnded();
      // The user allowed the device again in the browser's settings: capture again without waiting for a click.
      const blocked = this.#error?.kind === ErrorKind.Denied || this.#state === CaptureState.Ended;
      if (value === 'granted' && wasDenied && blocked) this.start().catch(() => {});
    });
  }
}

