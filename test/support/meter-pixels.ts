/**
 * What a `<mic-meter>` drawn on a canvas shows (renderer="auto" where the browser has a worker with OffscreenCanvas):
 * the canvas's pixels, read back through the element the page keeps (its placeholder shows each committed frame).
 */
import type { MicMeter } from '../../components/mic-meter/mic-meter.js';

export type Rgba = [number, number, number, number];

export interface CanvasBar {
  /** Size in device pixels. */
  width: number;
  height: number;
  /** RGBA at a pixel. */
  at(x: number, y: number): Rgba;
  /** The pixels along the bar's axis, through its middle, from its empty end. */
  axis(): Rgba[];
}

/** The meter's canvas, or null while it draws its DOM bar. */
export const meterCanvas = (el: MicMeter): HTMLCanvasElement | null => el.shadowRoot!.querySelector('canvas');

/** The pixels the meter's canvas shows now. */
export function canvasBar(el: MicMeter): CanvasBar {
  const canvas = meterCanvas(el)!;
  const { width, height } = canvas.getBoundingClientRect();
  const [w, h] = [Math.round(width * devicePixelRatio), Math.round(height * devicePixelRatio)];
  const context = new OffscreenCanvas(w, h).getContext('2d')!;
  context.drawImage(canvas, 0, 0, w, h);
  const { data } = context.getImageData(0, 0, w, h);
  const at = (x: number, y: number): Rgba => {
    const i = 4 * (y * w + x);
    return [data[i]!, data[i + 1]!, data[i + 2]!, data[i + 3]!];
  };
  const vertical = el.orientation === 'vertical';
  const axis = () => (vertical ? Array.from({ length: h }, (_, i) => at(w >> 1, h - 1 - i)) : Array.from({ length: w }, (_, i) => at(i, h >> 1)));
  return { width: w, height: h, at, axis };
}

/** Whether two colours are within `tolerance` in each channel (RGB; alpha must be over half). */
export const closeTo = (pixel: Rgba, [r, g, b]: number[], tolerance = 24) =>
  pixel[3] > 128 && Math.abs(pixel[0] - r!) <= tolerance && Math.abs(pixel[1] - g!) <= tolerance && Math.abs(pixel[2] - b!) <= tolerance;

/** The share of the bar, from its empty end, whose pixels are `color`: the fill's end. */
export function filledShare(el: MicMeter, color: number[]): number {
  const axis = canvasBar(el).axis();
  let end = 0;
  while (end < axis.length && closeTo(axis[end]!, color)) end++;
  return end / axis.length;
}
