import type { BarPaint, LinearGradient, Paint } from './bar-paint.js';

/** Where a bar is and what it shows. */
export interface BarView {
  /** The canvas's size in device pixels, and CSS pixels to device pixels. */
  width: number;
  height: number;
  scale: number;
  vertical: boolean;
  /** The level and the held peak, 0..1, as the meter shows them (in its steps). */
  level: number;
  peak: number;
}

/** A CSS linear gradient over the whole canvas, with the CSS gradient line (its length fits the box at its angle). */
function gradient(context: OffscreenCanvasRenderingContext2D, { angle, stops }: LinearGradient, width: number, height: number): CanvasGradient {
  const radians = (angle * Math.PI) / 180;
  const [dx, dy] = [Math.sin(radians), -Math.cos(radians)];
  const half = (Math.abs(width * dx) + Math.abs(height * dy)) / 2;
  const result = context.createLinearGradient(width / 2 - dx * half, height / 2 - dy * half, width / 2 + dx * half, height / 2 + dy * half);
  for (const [offset, color] of stops) {
    try {
      result.addColorStop(Math.min(1, Math.max(0, offset)), color);
    } catch {
      // a colour this context can't parse: left out
    }
  }
  return result;
}

function paintWith(context: OffscreenCanvasRenderingContext2D, paint: Exclude<Paint, null>, width: number, height: number): void {
  context.fillStyle = typeof paint === 'string' ? paint : gradient(context, paint, width, height);
}

/**
 * Draws the bar as the DOM bar shows it: the fill from the empty end up to `level` (the fill's colour or gradient
 * fixed to the whole track), and the peak marker, `peakSize` thick, riding a lane one marker shorter than the track.
 */
export function drawBar(context: OffscreenCanvasRenderingContext2D, paint: BarPaint, view: BarView): void {
  const { width, height, scale, vertical, level, peak } = view;
  context.clearRect(0, 0, width, height);
  if (paint.fill && level > 0) {
    context.globalAlpha = paint.fillOpacity;
    paintWith(context, paint.fill, width, height);
    if (vertical) context.fillRect(0, height * (1 - level), width, height * level);
    else context.fillRect(0, 0, width * level, height);
  }
  if (paint.peak) {
    const size = paint.peakSize * scale;
    context.globalAlpha = paint.peakOpacity;
    paintWith(context, paint.peak, width, height);
    if (vertical) context.fillRect(0, (height - size) * (1 - peak), width, size);
    else context.fillRect((width - size) * peak, 0, size, height);
  }
  context.globalAlpha = 1;
}
