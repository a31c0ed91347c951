/**
 * Draws each camera frame with its effect, in the effect worker, on a 2D OffscreenCanvas: the person (the mask's
 * alpha) over the blurred frame or over the background image. The blur runs on a quarter-size copy of the frame
 * (a blur hides the lost detail), which keeps it cheap on a CPU; the mask is the latest the segmenter made.
 */
import type { BuiltInEffect } from './effect-types.js';

/** How much smaller the blurred copy is than the frame. */
const BLUR_SCALE = 4;

export class Compositor {
  readonly canvas = new OffscreenCanvas(1, 1);
  readonly #context = this.canvas.getContext('2d')!;
  readonly #person = new OffscreenCanvas(1, 1);
  readonly #personContext = this.#person.getContext('2d')!;
  readonly #small = new OffscreenCanvas(1, 1);
  readonly #smallContext = this.#small.getContext('2d')!;
  /** The background image cover-fitted to the frame size, drawn once per size or image. */
  #backdrop: OffscreenCanvas | undefined;
  #effect: BuiltInEffect = { effect: 'blur', blurRadius: 12 };

  set effect(effect: BuiltInEffect) {
    if (effect.background !== this.#effect.background) this.#effect.background?.close();
    this.#effect = effect;
    this.#backdrop = undefined;
  }

  /**
   * Copies `frame` (width × height) onto {@link canvas}, which the segmenter and {@link draw} then read. A camera's
   * VideoFrame is converted to RGB once here: in Chromium without a GPU, each conversion in a worker also costs a
   * task on the page's main thread (it asks there for a GPU context), so it is not drawn again for each layer.
   */
  take(frame: CanvasImageSource, width: number, height: number): OffscreenCanvas {
    this.#resize(width, height);
    this.#context.globalCompositeOperation = 'copy';
    this.#context.drawImage(frame, 0, 0, width, height);
    this.#context.globalCompositeOperation = 'source-over';
    return this.canvas;
  }

  /** Draws the frame last {@link take}n with the effect, using `mask` (any size, alpha = person). */
  draw(mask: CanvasImageSource): OffscreenCanvas {
    const { width, height } = this.canvas;
    const person = this.#personContext;
    person.globalCompositeOperation = 'copy';
    person.drawImage(mask, 0, 0, width, height);
    person.globalCompositeOperation = 'source-in';
    person.drawImage(this.canvas, 0, 0);
    if (this.#effect.effect === 'background' && this.#effect.background) this.#context.drawImage(this.#backdropFor(width, height), 0, 0);
    else this.#drawBlurred(width, height);
    this.#context.drawImage(this.#person, 0, 0);
    return this.canvas;
  }

  close(): void {
    this.#effect.background?.close();
  }

  #resize(width: number, height: number): void {
    if (this.canvas.width === width && this.canvas.height === height) return;
    for (const canvas of [this.canvas, this.#person]) Object.assign(canvas, { width, height });
    Object.assign(this.#small, { width: Math.max(1, Math.round(width / BLUR_SCALE)), height: Math.max(1, Math.round(height / BLUR_SCALE)) });
    this.#backdrop = undefined;
  }

  /** Blurs the frame on {@link canvas} in place. */
  #drawBlurred(width: number, height: number): void {
    const small = this.#smallContext;
    if (!('filter' in small)) return this.#drawScaledBlur(width, height);
    small.filter = `blur(${Math.max(this.#effect.blurRadius / BLUR_SCALE, 0)}px)`;
    // Drawn a little larger than the canvas, so that the blur does not pull in transparent edges.
    const margin = Math.ceil((2 * this.#effect.blurRadius) / BLUR_SCALE);
    small.drawImage(this.canvas, -margin, -margin, this.#small.width + 2 * margin, this.#small.height + 2 * margin);
    this.#context.imageSmoothingQuality = 'low';
    this.#context.drawImage(this.#small, 0, 0, width, height);
  }

  /** Without canvas filters (WebKit): a blur by scaling down to a few pixels per radius and back up, smoothed. */
  #drawScaledBlur(width: number, height: number): void {
    const scale = Math.max(BLUR_SCALE, this.#effect.blurRadius);
    const [w, h] = [Math.max(1, Math.round(width / scale)), Math.max(1, Math.round(height / scale))];
    this.#smallContext.drawImage(this.canvas, 0, 0, w, h);
    this.#context.imageSmoothingQuality = 'high';
    this.#context.drawImage(this.#small, 0, 0, w, h, 0, 0, width, height);
  }

  #backdropFor(width: number, height: number): OffscreenCanvas {
    if (this.#backdrop) return this.#backdrop;
    const image = this.#effect.background!;
    const backdrop = new OffscreenCanvas(width, height);
    const scale = Math.max(width / image.width, height / image.height);
    const [w, h] = [image.width * scale, image.height * scale];
    backdrop.getContext('2d')!.drawImage(image, (width - w) / 2, (height - h) / 2, w, h);
    this.#backdrop = backdrop;
    return backdrop;
  }
}
