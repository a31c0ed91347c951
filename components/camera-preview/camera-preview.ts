import { html, nothing, type PropertyValues, type PropertyDeclarations } from 'lit';
import { warnInvalid, type CaptureElementEventMap, type TypedAddEventListener, type TypedRemoveEventListener } from '../base/capture-element.js';
import { LocalizeController } from '../base/localize-controller.js';
import { waitBeforeUpdate } from '../base/kit-element.js';
import { previewMessage, previewVideo, renderPreview, showWhileLive } from '../base/preview.js';
import { effectsOnDemand } from '../controllers/lazy-effects.js';
import { watchHealthOnDemand } from '../controllers/lazy-health.js';
import { Attr, CaptureState, ErrorKind, EventName, TagName } from '../core/constants.js';
import type { CameraCapabilities } from '../core/camera-capabilities.js';
import { capabilitiesOf } from '../core/capabilities-of.js';
import { cameraConstraints, parseResolution, type FacingMode } from '../core/constraints.js';
import { lazy } from '../core/lazy.js';
import type { LocalMediaStream } from '../core/local-media-stream.js';
import type { EffectProcessor, EffectState } from '../core/effects/effect-types.js';
import type { DevicePermissionName } from '../core/permissions.js';
import type { SnapshotOptions } from '../core/photo.js';
import { cameraPreviewDenied, cameraPreviewStrings, type CameraPreviewStrings } from './camera-preview.strings.js';
import { styles } from './camera-preview.styles.js';
import { PhotoFormElement } from './photo-form-element.js';

export type MirrorMode = 'auto' | 'on' | 'off';

/** A camera's controls (zoom, pan, tilt, torch): loaded when one is set or the live camera has one. */
const cameraControls = lazy(() => import('../core/camera-capabilities.js'));
/** Stills (snapshot, takePhoto with Image Capture): loaded with the first one. */
const photos = lazy(() => import('../core/photo.js'));
const CONTROLS = ['zoom', 'pan', 'tilt', 'torch'] as const;

/**
 * @summary A live camera preview that owns its capture: it asks for the camera when connected and stops every
 * track when removed.
 *
 * In a `<form>` it is a form control, as `<input type="file" capture>` with a live picture: with `name`, its
 * `value`, the last `takePhoto()` or `snapshot()` as a File, is in the form's data; `required` makes it invalid until
 * a photo is taken; a reset clears it.
 *
 * Its texts (default slot texts, the video's name, the status region that announces each state once) come from its
 * dictionary in the closest `lang`: see `strings` and camera-preview.strings.ts for the keys.
 *
 * @attr state - read-only: `idle`, `requesting`, `live`, `stopped`, `ended` or `error`
 * @attr error - read-only: the error kind while `state="error"`
 * @attr permission - read-only: `prompt`, `granted` or `denied`, absent where the browser can't tell
 * @attr interrupted - read-only: the source muted the track
 * @attr denied-by - read-only, while `error="denied"`: `user`, `system` (the OS blocks the browser) or `policy` (the frame's permissions policy)
 * @attr dark - read-only: the frames have been nearly black for about 2 s (lens covered, privacy shutter); off while muted
 * @attr frozen - read-only: no new frame for about 2 s while live and not muted (camera taken by another application)
 * @attr silent - read-only, with `audio`: the microphone has sent digital silence for about 3 s (muted in the OS)
 * @attr mirrored - read-only: the preview is shown mirrored
 * @attr effect - `none` (default), `blur` (the background blurred, the person sharp) or `background` (replaced by `background-image`)
 * @attr blur-radius - the blur of `effect="blur"`, in pixels of the camera's frames (0 to 100, default 12)
 * @attr background-image - for `effect="background"`: the URL of the image behind the person (cover-fitted)
 * @attr effect-state - read-only, while an effect is asked for: `loading`, `on` or `error` (the camera's own picture shows until `on`)
 * @attr browser-control - `auto` (default) or `off`: where the browser has its own camera control (Chromium), show it
 *   while a click is needed (`manual`, not started) and when access is blocked; what it gives becomes the capture
 *
 * @fires statechange - `{ state, previous, error? }` on every state change; the first (`idle` to `requesting`) in a
 *   microtask after the insertion, once the element has updated, so listeners added in that task hear it
 * @fires error - the LocalMediaError, when a request fails
 * @fires capabilitieschange - the camera's `capabilities` or settings may have changed (another camera, a live change)
 * @fires streamchange - `{ stream, previous }` whenever `stream` is replaced: a capture goes live, another device
 *   replaces the stream (once, old to new), or it is released (to null)
 * @fires healthchange - `{ silent, dark, frozen }` when one of them changes
 *
 * @slot idle - shown before the capture starts and after `stop()`
 * @slot requesting - shown while waiting for the camera (default: a short text)
 * @slot error - shown on failure (default: a message for the error kind)
 * @slot denied - shown when the camera is blocked (error `denied`, or ended by a revoked permission): how to allow it
 *   again; falls back to the `error` slot, then to a default text. The capture restarts by itself once allowed.
 *
 * @attr zoom - the camera's zoom, applied live within its range (see `capabilities`)
 * @attr pan - the camera's pan, applied live within its range
 * @attr tilt - the camera's tilt, applied live within its range
 * @attr torch - turns on the camera's torch where it has one
 * @attr ptz - asks for the pan-tilt-zoom permission with the camera
 * @attr reconnect - after the camera was unplugged, capture again when one comes back
 * @attr retry - how many times to retry a camera that is in use (with backoff; default 0)
 * @slot ended - shown when the source ended the capture (default: a short text)
 *
 * @csspart frame - the box that keeps the camera's aspect ratio
 * @csspart video - the `<video>` element
 * @csspart message - the default text of the requesting, error and ended slots
 * @csspart browser-control - the browser's own camera control (`<camera>`, or `<usermedia>` with `audio`), where it
 *   has one: the idle slot's default content with `manual`, and above the denied text when access is blocked
 *
 * @cssprop --camera-preview-aspect-ratio - overrides the camera's aspect ratio (default: the live video's)
 * @cssprop --camera-preview-object-fit - how the video fills the frame (default `cover`)
 * @cssprop --camera-preview-background - behind the video and the messages (default `--lme-stage`)
 * @cssprop --camera-preview-color - message text colour (default `--lme-on-stage`)
 * @cssprop --camera-preview-font - message font (default `--lme-font`, else inherited)
 * @cssprop --camera-preview-radius - the frame's corner radius (default `--lme-radius`)
 */
export class CameraPreview extends PhotoFormElement {
  static override styles = styles;
  static override properties: PropertyDeclarations = {
    facingMode: { attribute: Attr.FacingMode, useDefault: true },
    resolution: { useDefault: true },
    frameRate: { attribute: Attr.FrameRate, useDefault: true },
    mirror: { useDefault: true },
    audio: { type: Boolean, useDefault: true },
    zoom: { type: Number, useDefault: true },
    pan: { type: Number, useDefault: true },
    tilt: { type: Number, useDefault: true },
    torch: { type: Boolean, useDefault: true },
    ptz: { type: Boolean, useDefault: true },
    constraints: { attribute: false },
    effect: { useDefault: true },
    blurRadius: { attribute: 'blur-radius', type: Number, useDefault: true },
    backgroundImage: { attribute: 'background-image', useDefault: true },
    processor: { attribute: false },
    strings: { attribute: false },
    videoSize: { state: true },
  };

  /** `user` (front) or `environment` (back): a preference, ignored by cameras that don't report it. */
  facingMode: FacingMode | '' = '';

  /** `WIDTHxHEIGHT` or `480p`/`720p`/`1080p`/`4k`: an ideal size, not an exact one. */
  resolution = '';

  /** An ideal frame rate, in frames per second. */
  frameRate = '';

  /** `auto` (mirror user-facing cameras), `on` or `off`. */
  mirror: MirrorMode = 'auto';

  /** Also capture the microphone (the preview itself stays silent), e.g. for recording. */
  audio = false;

  /** The camera's zoom, within `capabilities.zoom` (nearer the range's end otherwise, with a warning). */
  zoom: number | null = null;

  /** The camera's pan, within `capabilities.pan`; absent: the camera's own. */
  pan: number | null = null;

  /** The camera's tilt, within `capabilities.tilt`; absent: the camera's own. */
  tilt: number | null = null;

  /** Turns on the camera's torch (flash light), where `capabilities.torch` has one. */
  torch = false;

  /** Asks for the pan-tilt-zoom permission with the camera (Chromium exposes and applies pan, tilt, zoom only then). */
  ptz = false;

  /** MediaTrackConstraints for the video track, merged over those derived from the attributes. */
  constraints: MediaTrackConstraints | null = null;

  /** `none`, `blur` or `background`: see README, Effects. Unknown values warn and show the camera's own picture. */
  effect = 'none';

  /** The blur of `effect="blur"`, in pixels of the camera's frames (0 to 100; default 12). */
  blurRadius = 12;

  /** For `effect="background"`: the URL of the image shown behind the person, cover-fitted. */
  backgroundImage = '';

  /** The app's own effect (README, Effects: it gets the camera's track and gives a track back); wins over `effect`. */
  processor: EffectProcessor | null = null;

  /** Texts that win over the dictionary of any language (see README, Localisation): e.g. `{ live: 'On air' }`. */
  strings: Partial<CameraPreviewStrings> | null = null;

  protected readonly text = new LocalizeController(this, TagName.CameraPreview, cameraPreviewStrings, cameraPreviewDenied);

  /** The constraints of the controls that drive this camera (`setControlConstraints`), by control. */
  private readonly controlLayers = new Map<object, MediaTrackConstraints>();

  private videoSize: { width: number; height: number } | undefined;

  private readonly effects = effectsOnDemand(this);

  // The health of the camera itself, not of its effect: on its own picture while an effect is on.
  protected override readonly healthMonitor = watchHealthOnDemand(this, { audio: true, video: true }, health => this.healthChanged(health), () => this.effects.cameraVideo);

  constructor() {
    super();
    // No control constraint can be asked before a control is set or the live camera has one: the update that first
    // needs them waits for their chunk.
    waitBeforeUpdate(this, () => (this.usesControls() ? cameraControls.pending() : undefined));
  }

  /**
   * What the live camera can do (`getCapabilities()` of its track: sizes, zoom, pan, tilt, torch, focus, exposure,
   * white balance...), or null while not live.
   */
  get capabilities(): CameraCapabilities | null {
    return capabilitiesOf(this.session.stream) ?? null;
  }

  /** What the element shows and hands out: the processed picture while an effect is `on`, else the camera's. */
  override get stream(): LocalMediaStream | null {
    return this.effects.stream ?? this.session.stream;
  }

  /** The camera's own stream, without the effect (its device, settings and capabilities): `stream` while no effect is on. */
  get cameraStream(): LocalMediaStream | null {
    return this.session.stream;
  }

  /** `loading`, `on` or `error` while an effect is asked for (reflected as `effect-state`); undefined without one. */
  get effectState(): EffectState | undefined {
    return this.effects.state;
  }

  /** True while a live picture is shown mirrored (reflected as the `mirrored` attribute). */
  get mirrored(): boolean {
    if (!this.session.stream) return false;
    const mode = this.mirror === 'on' || this.mirror === 'off' ? this.mirror : 'auto';
    if (mode !== 'auto') return mode === 'on';
    const facing = this.session.stream.getVideoTracks()[0]?.getSettings().facingMode ?? this.facingMode;
    return facing !== 'environment';
  }

  /**
   * Captures the current frame, at the size the camera delivers it; it becomes `value`. Rejects with an
   * `InvalidStateError` DOMException unless the preview is live.
   */
  async snapshot(options: SnapshotOptions = {}): Promise<Blob> {
    const { encodeImage, liveFrame } = await photos.load();
    const video = await liveFrame(this, () => this.video);
    return this.keepPhoto(await encodeImage(video, video.videoWidth, video.videoHeight, { ...options, mirror: options.mirror ?? this.mirrored }));
  }

  /**
   * A still at the camera's full resolution: the camera's own photo where the browser has Image Capture (Chromium;
   * often larger than the live frames), else a frame at the live track's own size; the camera's raw picture, without
   * the `effect` (`snapshot()` has it). Mirrored as `snapshot()` is. It becomes `value`. Rejects with an
   * `InvalidStateError` DOMException unless the preview is live.
   */
  async takePhoto(options: SnapshotOptions = {}): Promise<Blob> {
    const { cameraPhoto, encodeImage, liveFrame } = await photos.load();
    const shown = await liveFrame(this, () => this.video);
    const encode = { ...options, mirror: options.mirror ?? this.mirrored };
    const video = this.effects.cameraVideo ?? shown;
    const photo = await cameraPhoto(this.session.stream!.getVideoTracks()[0]!, encode);
    return this.keepPhoto(photo ?? (await encodeImage(video, video.videoWidth, video.videoHeight, encode)));
  }

  /**
   * Switches between the user-facing and the environment-facing camera (and forgets `device-id`). Resolves once
   * the other camera is live; does not start a capture that is not running.
   */
  async switchCamera(): Promise<void> {
    const current = this.session.stream?.getVideoTracks()[0]?.getSettings().facingMode ?? this.facingMode;
    const next = current === 'environment' ? 'user' : 'environment';
    // A camera may report another facing mode than the one asked for (Firefox's fake camera does), so the
    // property may already hold `next`: restart explicitly then, since no property change will.
    const unchanged = next === this.facingMode && !this.deviceId;
    this.facingMode = next;
    this.deviceId = '';
    if (unchanged) this.session.restart();
    await this.updateComplete;
    return this.session.latest;
  }

  /**
   * Sets the constraints that a control (such as `<camera-controls>`) adds for the person's choices, e.g. a manual
   * focus; `null` removes them. Each control keeps its own layer, applied live, under the page's `constraints`, which
   * it never writes and which win over it.
   */
  setControlConstraints(control: object, constraints: MediaTrackConstraints | null): void {
    if (constraints) this.controlLayers.set(control, constraints);
    else this.controlLayers.delete(control);
    this.requestUpdate();
  }

  protected captureConstraints(): MediaStreamConstraints {
    const onInvalid = (attribute: string, value: unknown, fallback: string) => warnInvalid(this, attribute, value, fallback);
    const requested = cameraConstraints(
      {
        deviceId: this.deviceId,
        facingMode: this.facingMode,
        resolution: this.resolution,
        frameRate: this.frameRate,
        audio: this.audio,
        constraints: this.constraints,
      },
      onInvalid,
    );
    const controls = cameraControls.value?.cameraControlConstraints(this, capabilitiesOf(this.session.stream), onInvalid) ?? {};
    const layers = Object.assign({}, ...this.controlLayers.values()) as MediaTrackConstraints;
    return { ...requested, video: { ...controls, ...layers, ...(requested.video as MediaTrackConstraints) } };
  }

  private usesControls(): boolean {
    const capabilities = capabilitiesOf(this.session.stream);
    return this.ptz || CONTROLS.some(name => (this[name] ?? false) !== false || (!!capabilities && name in capabilities));
  }

  protected permissionNames(): readonly DevicePermissionName[] {
    return this.audio ? ['camera', 'microphone'] : ['camera'];
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (changed.has('mirror') && this.mirror && !['auto', 'on', 'off'].includes(this.mirror)) {
      warnInvalid(this, Attr.Mirror, this.mirror, 'auto');
    }
  }

  protected photoRequired(): string {
    return this.text.t('photo-required');
  }

  protected override updated(): void {
    showWhileLive(this);
    this.capture.announceStream(); // an effect turned on or off replaces `stream` too
    this.toggleAttribute(Attr.Mirrored, this.mirrored);
    if (this.effectState) this.setAttribute('effect-state', this.effectState);
    else this.removeAttribute('effect-state');
    const size = this.videoSize ?? parseResolution(this.resolution) ?? { width: 4, height: 3 };
    this.video.parentElement!.style.setProperty('--_ratio', `${size.width} / ${size.height}`);
  }

  protected override streamChanged(stream: LocalMediaStream | null): void {
    super.streamChanged(stream);
    this.effects.sync();
    this.dispatchEvent(new Event(EventName.CapabilitiesChange));
  }

  protected override settingsChanged(): void {
    this.effects.followCamera();
    this.dispatchEvent(new Event(EventName.CapabilitiesChange));
  }

  protected override render() {
    const overlay = this.renderOverlay();
    return renderPreview({ label: this.text.t('video-label'), overlay, status: this.renderStatus(), videoClass: this.mirrored ? 'mirrored' : '', onResize: this.videoResized });
  }

  private readonly videoResized = (): void => {
    const { videoWidth: width, videoHeight: height } = this.video;
    const known = this.videoSize;
    if (width > 0 && height > 0 && (known?.width !== width || known?.height !== height)) this.videoSize = { width, height };
  };

  private get video(): HTMLVideoElement {
    return previewVideo(this);
  }

  private renderOverlay() {
    switch (this.state) {
      case CaptureState.Idle:
      case CaptureState.Stopped:
        return html`<slot name="idle">${this.renderBrowserControl()}</slot>`;
      case CaptureState.Requesting:
        return html`<slot name="requesting">${previewMessage(this.text.t('requesting'))}</slot>`;
      case CaptureState.Ended:
        if (this.permission === 'denied') return this.renderDenied();
        return html`<slot name="ended">${previewMessage(this.text.t('ended'))}</slot>`;
      case CaptureState.Error:
        if (this.error === ErrorKind.Denied) return this.renderDenied();
        return html`<slot name="error">${previewMessage(this.statusText())}</slot>`;
      default:
        return nothing;
    }
  }

  /**
   * How to allow the camera again: the browser's own control where it has one, above the `denied` slot, else the
   * `error` slot, else the default text.
   */
  private renderDenied() {
    return html`${this.renderBrowserControl()}<slot name="denied"><slot name="error">${previewMessage(this.deniedText())}</slot></slot>`;
  }
}

export interface CameraPreviewEventMap extends CaptureElementEventMap {
  capabilitieschange: Event;
}

export interface CameraPreview {
  addEventListener: TypedAddEventListener<CameraPreviewEventMap, CameraPreview>;
  removeEventListener: TypedRemoveEventListener<CameraPreviewEventMap, CameraPreview>;
}

declare global {
  interface HTMLElementTagNameMap {
    'camera-preview': CameraPreview;
  }
}
