import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { warnInvalid } from '../base/warn.js';
import type { BuiltInEffect, EffectName, EffectProcessor, EffectState } from '../core/effects/effect-types.js';
import { LocalMediaStream } from '../core/local-media-stream.js';
import { onTrackOver } from '../core/track-stop.js';

export type { EffectName, EffectProcessor, EffectState };

/** The effects an element accepts in its `effect` attribute. */
export const EFFECTS: readonly EffectName[] = ['none', 'blur', 'background'];

/** The blur radius when `blur-radius` is absent or invalid, in pixels of the camera's frames. */
export const DEFAULT_BLUR_RADIUS = 12;

/** An element with effects, as the controller sees it: its effect properties, its camera and its mute. */
export interface EffectHost extends ReactiveControllerHost, HTMLElement {
  readonly effect: string;
  readonly blurRadius: number;
  readonly backgroundImage: string;
  readonly processor: EffectProcessor | null;
  readonly muted: boolean;
  /** The camera's own stream (the capture), or null. */
  readonly cameraStream: LocalMediaStream | null;
  /** Stops the capture: what the page stopping the processed stream means, as stopping the camera's own would. */
  stop(): void;
}

type BuiltInWanted = Omit<BuiltInEffect, 'background'> & { image: string };

/** What the settings ask for: a built-in effect or the app's processor. */
interface Wanted {
  key: string;
  builtIn?: BuiltInWanted;
  processor?: EffectProcessor;
}

/** A number per processor object, so that another processor (or the same one set again after a failure) is a change. */
const processorIds = new WeakMap<EffectProcessor, number>();
let processorCount = 0;
function idOf(processor: EffectProcessor): number {
  if (!processorIds.has(processor)) processorIds.set(processor, ++processorCount);
  return processorIds.get(processor)!;
}

/** One effect running on one camera stream. */
interface Run {
  camera: LocalMediaStream;
  /** The clone of the camera's track the effect reads. */
  input: MediaStreamTrack;
  key: string;
  stop(): void;
  update?(effect: BuiltInEffect): void;
}

/**
 * Runs `<camera-preview>`'s effect on its camera: the built-in `blur` or `background`, or the app's `processor`,
 * loaded with `import()` the first time one is asked for. While an effect loads, and when it fails, `stream` is
 * null and the element shows the camera's own picture; once the effect is `on`, `stream` is the processed
 * picture (with the camera's own audio tracks), which the element shows and hands out. Changing between built-in
 * effects keeps the worker and the track. Muted, the processed track is disabled too (black frames out).
 */
export class EffectController implements ReactiveController {
  #state: EffectState | undefined;
  #stream: LocalMediaStream | null = null;
  #run: Run | undefined;
  /** The run key that failed: not tried again until the settings or the camera change. */
  #failed: string | undefined;
  #cameraVideo: HTMLVideoElement | null = null;
  #generation = 0;

  constructor(private readonly host: EffectHost) {
    host.addController(this);
  }

  /** `loading`, `on` or `error` while an effect is asked for; undefined without one. */
  get state(): EffectState | undefined {
    return this.#state;
  }

  /** The processed stream while the effect is `on`, else null. */
  get stream(): LocalMediaStream | null {
    return this.#stream;
  }

  /** A detached `<video>` of the camera's own picture while an effect runs (health checks, photos), else null. */
  get cameraVideo(): HTMLVideoElement | null {
    return this.#stream ? this.#cameraVideo : null;
  }

  hostUpdated(): void {
    this.sync();
  }

  hostDisconnected(): void {
    // The capture stops before the next task (a DOM move keeps it): `sync()` follows it then.
    queueMicrotask(() => this.sync());
  }

  /** Starts, changes or stops the effect to match the settings and the camera. */
  sync(): void {
    const camera = this.host.cameraStream;
    const settings = this.#wanted();
    const video = camera?.getVideoTracks()[0];
    if (!camera || !video || video.readyState !== 'live' || !settings) {
      this.#failed = undefined;
      return this.#stop(undefined);
    }
    const key = `${camera.id} ${settings.key}`;
    if (this.#run?.key === key || this.#failed === key) return this.#mute();
    if (this.#run?.camera === camera && this.#run.update && settings.builtIn) return void this.#update(key, settings.builtIn);
    this.#stop('loading');
    void this.#start(camera, video, key, settings);
  }

  /**
   * The camera's track took new constraints live (a size, a frame rate): the processor's clone of it takes the same
   * ones. Chromium gives each clone its own format, so without this the processor would get the old size.
   */
  followCamera(): void {
    const run = this.#run;
    const camera = run?.camera.getVideoTracks()[0];
    if (!run || !camera || run.input === camera || run.input.readyState !== 'live') return;
    const constraints = camera.getConstraints();
    run.input.applyConstraints(constraints).catch(error => {
      if (this.#run === run) this.#fail(run.key, error);
    });
  }

  /** What to run: undefined for no effect. */
  #wanted(): Wanted | undefined {
    const { effect, blurRadius, backgroundImage, processor } = this.host;
    if (processor) return { key: `processor ${idOf(processor)}`, processor };
    if (effect && !EFFECTS.includes(effect as EffectName)) warnInvalid(this.host, 'effect', effect, 'none');
    if (effect !== 'blur' && effect !== 'background') return undefined;
    let radius = blurRadius;
    if (!(Number.isFinite(radius) && radius >= 0 && radius <= 100)) {
      warnInvalid(this.host, 'blur-radius', radius, String(DEFAULT_BLUR_RADIUS));
      radius = DEFAULT_BLUR_RADIUS;
    }
    const image = effect === 'background' ? backgroundImage : '';
    return { key: `${effect} ${radius} ${image}`, builtIn: { effect, blurRadius: radius, image } };
  }

  async #start(camera: LocalMediaStream, video: MediaStreamTrack, key: string, settings: Wanted): Promise<void> {
    const generation = ++this.#generation;
    // A processor gets a clone, which it may stop. The built-in effects read the camera's own track: a clone on the
    // camera would keep Chromium from resizing it live (it reconfigures a camera only for a track alone on it).
    const input = settings.processor ? video.clone() : video;
    const run: Run = { camera, input, key, stop: () => input !== video && input.stop() };
    this.#run = run;
    const current = () => this.#generation === generation;
    try {
      const effects = await import('../core/effects/index.js');
      if (!current()) return;
      let output: MediaStreamTrack;
      if (settings.processor) {
        const pipeline = effects.startProcessor(input, settings.processor);
        run.stop = pipeline.stop;
        output = await pipeline.track;
      } else {
        const effect = await this.#builtIn(settings.builtIn!);
        if (!current()) return effect.background?.close();
        const pipeline = effects.startEffect(input, effect);
        Object.assign(run, { stop: pipeline.stop, update: pipeline.update });
        output = pipeline.track;
        await pipeline.ready;
      }
      if (!current()) return;
      this.#show(camera, output, run);
    } catch (error) {
      if (!current()) return;
      this.#fail(key, error);
    }
  }

  /** Changes a running built-in effect in place. */
  async #update(key: string, wanted: BuiltInWanted): Promise<void> {
    const run = this.#run!;
    run.key = key;
    const generation = this.#generation;
    try {
      const effect = await this.#builtIn(wanted);
      if (generation !== this.#generation) return effect.background?.close();
      run.update!(effect);
    } catch (error) {
      if (generation === this.#generation) this.#fail(key, error);
    }
  }

  /** The built-in effect with its background image decoded (rejects when it can't be loaded). */
  async #builtIn({ effect, blurRadius, image }: BuiltInWanted): Promise<BuiltInEffect> {
    if (effect !== 'background') return { effect, blurRadius };
    if (!image) throw new Error('effect="background" needs a background-image');
    const response = await fetch(new URL(image, document.baseURI));
    if (!response.ok) throw new Error(`background-image "${image}" could not be loaded (HTTP ${response.status})`);
    const background = await createImageBitmap(await response.blob()).catch(() => {
      throw new Error(`background-image "${image}" is not an image this browser can decode`);
    });
    return { effect, blurRadius, background };
  }

  #show(camera: LocalMediaStream, output: MediaStreamTrack, run: Run): void {
    const stream = new LocalMediaStream([output, ...camera.getAudioTracks()]);
    onTrackOver(output, () => {
      if (this.#run !== run) return;
      // The page stopped the processed picture (its stream's stop()): the same as stopping the camera's own.
      if (output.readyState === 'ended' && stream.stopped) this.host.stop();
      else this.#fail(run.key, new Error('the processed track ended'));
    });
    const cameraVideo: HTMLVideoElement = Object.assign(document.createElement('video'), { muted: true, playsInline: true });
    cameraVideo.srcObject = new MediaStream(camera.getVideoTracks());
    void cameraVideo.play().catch(() => {});
    this.#cameraVideo = cameraVideo;
    this.#stream = stream;
    this.#setState('on');
    this.#mute();
  }

  #fail(key: string, error: unknown): void {
    console.warn(`<${this.host.localName}>: the effect could not run (${error instanceof Error ? error.message : String(error)}); showing the camera's own picture.`, this.host);
    this.#stop('error');
    this.#failed = key;
  }

  /** Stops the running effect, if any, and goes to `state`. */
  #stop(state: EffectState | undefined): void {
    this.#generation++;
    const run = this.#run;
    this.#run = undefined;
    this.#stream = null;
    if (this.#cameraVideo) this.#cameraVideo.srcObject = null;
    this.#cameraVideo = null;
    run?.stop();
    this.#setState(state);
  }

  #mute(): void {
    for (const track of this.#stream?.getVideoTracks() ?? []) track.enabled = !this.host.muted;
  }

  #setState(state: EffectState | undefined): void {
    if (state === this.#state) return;
    this.#state = state;
    this.host.requestUpdate();
  }
}
