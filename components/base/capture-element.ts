import { html, type PropertyValues, type PropertyDeclarations } from 'lit';
import { CaptureController } from '../controllers/capture-controller.js';
import type { CaptureChangeDetail, CaptureSession } from '../core/capture-session.js';
import { Attr, CaptureState, ErrorKind, type DeniedBy, type PermissionValue } from '../core/constants.js';
import { attributeForConstraint } from '../core/constraints.js';
import { lazy, whenLoaded } from '../core/lazy.js';
import type { LocalMediaError } from '../core/errors.js';
import type { LocalMediaStream } from '../core/local-media-stream.js';
import type { DevicePermissionName } from '../core/permissions.js';
import { KitElement, waitBeforeUpdate } from './kit-element.js';
import type { LocalizeController } from './localize-controller.js';
import { warnInvalid } from './warn.js';

export { warnInvalid };
import type { CaptureElementEventMap, CaptureStrings, ProcessingSwitch, TypedAddEventListener, TypedRemoveEventListener } from './capture-element-types.js';

export type { CaptureElementEventMap, CaptureStrings, ProcessingSwitch, TypedAddEventListener, TypedRemoveEventListener };

/** Who denied and which browser and OS: read only when a denial is shown (the same chunk getLocalMedia loads). */
const denial = lazy(() => import('../core/denial.js'));

/**
 * The shared contract of every capture element (`<camera-preview>`, `<mic-meter>`, `<screen-preview>`): the
 * read-only `state`, `error`, `permission`, `interrupted` and `stream`, the settable `muted` and `manual`, `start()`
 * and `stop()`. The capture itself lives in a {@link CaptureController}; subclasses say what to request and render
 * it. What only a device has (`deviceId`, `reconnect`, `retry`, audio processing, health) is DeviceCaptureElement's.
 */
export abstract class CaptureElement extends KitElement {
  static override properties: PropertyDeclarations = {
    manual: { type: Boolean, reflect: true, useDefault: true },
    muted: { type: Boolean, reflect: true, useDefault: true },
  };
  /** `user` captures with getUserMedia, `display` with getDisplayMedia. */
  protected static readonly captureSource: 'user' | 'display' = 'user';

  /** Do not start on connect; wait for `start()`. Read once the element has finished its first update. */
  manual = false;

  /** Keep the device open but send black frames / silence (`track.enabled = false`). */
  muted = false;

  protected readonly internals: ElementInternals = this.attachInternals();

  /** The element's texts in its language (see `strings`). */
  protected abstract readonly text: LocalizeController<CaptureStrings>;

  protected readonly capture = new CaptureController(this, {
    source: (this.constructor as typeof CaptureElement).captureSource,
    // A new screen capture needs a new gesture: changed hints apply to its next start() instead.
    restartOnChange: (this.constructor as typeof CaptureElement).captureSource !== 'display',
    constraints: () => this.requestConstraints(),
    permissions: () => this.permissionNames(),
    autoStart: () => this.startsOnConnect(),
    reconnect: () => this.reconnects(),
    retries: () => this.retries(),
    onChange: detail => this.captureChanged(detail),
    failing: error => (error.kind === ErrorKind.Denied ? this.deniedLoading() : undefined),
  });

  constructor() {
    super();
    // The denied steps (core/denial.ts and the element's `.denied.ts` texts) load when a denial is first shown.
    waitBeforeUpdate(this, () => (this.showsDenied() ? this.deniedLoading() : undefined));
  }

  /** The capture this element shows. */
  protected get session(): CaptureSession {
    return this.capture.session;
  }

  /** `idle`, `requesting`, `live`, `stopped`, `ended` or `error`; reflected as the `state` attribute. */
  get state(): CaptureState {
    return this.session.state;
  }

  /** The error kind while `state` is `error`; reflected as the `error` attribute. */
  get error(): ErrorKind | undefined {
    return this.session.error?.kind;
  }

  /** The full error while `state` is `error`, with the browser's exception as `cause`. */
  get lastError(): LocalMediaError | undefined {
    return this.session.error;
  }

  /** `prompt`, `granted`, `denied`, or undefined where the Permissions API can't tell. */
  get permission(): PermissionValue | undefined {
    return this.session.permission;
  }

  /** True while the source has muted a track (not the app: see `muted`). */
  get interrupted(): boolean {
    return this.session.interrupted;
  }

  /** While `denied`: who denied it, `user`, `system` (the OS blocks the browser) or `policy` (the frame's permissions policy). */
  get deniedBy(): DeniedBy | undefined {
    return this.error === ErrorKind.Denied ? this.session.error?.deniedBy : undefined;
  }

  /** The current stream, or null. Stopping it is the same as calling `stop()`. */
  get stream(): LocalMediaStream | null {
    return this.session.stream;
  }

  /**
   * Starts (or restarts) the capture. Resolves once live; rejects with the LocalMediaError that put the element
   * in `state="error"`; resolves without going live when `stop()` or a newer request supersedes it. On an element
   * that is not in the document (never inserted, or removed) it asks for nothing and rejects with kind `aborted`.
   */
  start(): Promise<void> {
    return this.session.start();
  }

  /** Stops every track and cancels a pending request. The element goes to `state="stopped"`. */
  stop(): void {
    this.session.stop();
  }

  protected abstract captureConstraints(): MediaStreamConstraints;

  protected abstract permissionNames(): readonly DevicePermissionName[];

  /** Hook: the constraints of the next request; by default, `captureConstraints()`. */
  protected requestConstraints(): MediaStreamConstraints {
    return this.captureConstraints();
  }

  /** Hook: whether to capture again when a lost device comes back; a screen never does. */
  protected reconnects(): boolean {
    return false;
  }

  /** Hook: how many times to retry a device that is `in-use`; a screen is asked for once. */
  protected retries(): number {
    return 0;
  }

  /** Hook: while live, what is wrong with the signal, as a key of the dictionary; nothing by default. */
  protected unhealthy(): keyof CaptureStrings | undefined {
    return undefined;
  }

  /** Hook: whether connecting starts the capture; by default, unless `manual`. */
  protected startsOnConnect(): boolean {
    return !this.manual;
  }

  /** Hook: a stream was attached, or `null` when it was released. */
  protected streamChanged(_stream: LocalMediaStream | null): void {}

  /** Hook: a live change of the constraints took, on the same tracks. */
  protected settingsChanged(): void {}

  override connectedCallback(): void {
    super.connectedCallback();
    this.reflectState();
  }

  protected override willUpdate(changed: PropertyValues): void {
    if (changed.has('muted')) this.session.muted = this.muted;
  }

  /** Reflects each change of the capture at once, before `statechange` is dispatched. */
  private captureChanged({ what, error }: CaptureChangeDetail): void {
    if (what === 'state') this.reflectState();
    else if (what === 'stream') this.streamChanged(this.session.stream);
    else if (what === 'error') this.warnFor(error!);
    else if (what === 'interrupted') {
      this.toggleAttribute(Attr.Interrupted, this.session.interrupted);
      this.setCustomState('interrupted', this.session.interrupted);
    } else if (what === 'settings') this.settingsChanged();
    else if (this.session.permission) {
      this.setAttribute(Attr.Permission, this.session.permission);
      if (this.session.permission === 'denied') void this.deniedLoading();
    }
    else this.removeAttribute(Attr.Permission);
  }

  private reflectState(): void {
    const { state, error } = this.session;
    if (this.getAttribute(Attr.State) !== state) this.setAttribute(Attr.State, state);
    if (error) this.setAttribute(Attr.Error, error.kind);
    else this.removeAttribute(Attr.Error);
    const { deniedBy } = this;
    if (deniedBy) this.setAttribute(Attr.DeniedBy, deniedBy);
    else this.removeAttribute(Attr.DeniedBy);
    for (const name of Object.values(CaptureState)) this.setCustomState(name, name === state);
  }

  /** Adds or removes a custom state (`:state(name)`), where the browser has them. */
  protected setCustomState(name: string, on: boolean): void {
    const states = this.internals.states;
    if (!states) return;
    try {
      if (on) states.add(name);
      else states.delete(name);
    } catch {
      // Chromium before 125 accepted only dashed names (`--live`); it gets the attributes only.
    }
  }

  /**
   * The status region: visually hidden, `role="status"`, so that screen readers say each new state once, politely
   * ("Camera is on", the error's text). Subclasses render it in their shadow root, with `statusStyles`.
   */
  protected renderStatus() {
    return html`<div class="status" role="status">${this.statusText()}</div>`;
  }

  /**
   * The text for the current state: none while idle; why it failed for an error or a revoked permission; while
   * live, what is wrong with the signal (`unhealthy()`), if anything.
   */
  protected statusText(): string {
    const { state, error } = this;
    if (state === CaptureState.Idle) return '';
    if (this.showsDenied()) return this.deniedText();
    if (state === CaptureState.Error) return error && error !== ErrorKind.Aborted ? this.text.t(error) : '';
    return this.text.t((state === CaptureState.Live ? this.unhealthy() : undefined) ?? state);
  }

  /** The pending load of what the denied text needs (who denied, the element's `.denied.ts` texts), if any. */
  private deniedLoading(): Promise<unknown> | undefined {
    return whenLoaded(denial.pending(), this.text.loadRare());
  }

  /** Whether the element says how to allow the device again: denied, or ended by a revoked permission. */
  protected showsDenied(): boolean {
    const { state } = this;
    return (state === CaptureState.Error && this.error === ErrorKind.Denied) || (state === CaptureState.Ended && this.permission === 'denied');
  }

  /** How to allow the device again, for who denied it and for this browser and OS. */
  protected deniedText(): string {
    const keys = denial.value?.deniedTextKeys(this.deniedBy) ?? [];
    return this.text.t((keys.find(key => this.text.has(key)) as keyof CaptureStrings) ?? ErrorKind.Denied);
  }

  /** Names the attribute behind an `overconstrained` failure, where one is. */
  protected warnFor(error: LocalMediaError): void {
    if (error.kind !== ErrorKind.Overconstrained) return;
    const attribute = attributeForConstraint(error.constraint);
    if (attribute && attribute !== Attr.DeviceId) warnInvalid(this, attribute, this.getAttribute(attribute), 'nothing: no device can satisfy it');
  }
}

export interface CaptureElement {
  addEventListener: TypedAddEventListener<CaptureElementEventMap, CaptureElement>;
  removeEventListener: TypedRemoveEventListener<CaptureElementEventMap, CaptureElement>;
}
