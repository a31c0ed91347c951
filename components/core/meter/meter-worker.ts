/**
 * The meters' worker: it hears the level feed straight from the audio thread (core/level-meter.ts, feedWorker),
 * keeps each meter's level, peak, `speaking` and `clipping` (level-state.ts, the rules the page runs for a DOM bar),
 * draws each meter's bar on its OffscreenCanvas, and tells the page only what it must reflect: a change of
 * `speaking` or `clipping` at once, the values every VALUES_MS, or on every reading while the page reads them
 * (core/meter/canvas-meters.ts has the other end).
 */
import type { BarPaint } from './bar-paint.js';
import { drawBar } from './draw-bar.js';
import { LevelState, stepped, type LevelScale } from './level-state.js';
import { Flag, type FromWorker, type ToWorker } from './worker-messages.js';

/** The page hears each meter's values this often (its `--level`, aria values and properties follow them). */
const VALUES_MS = 250;

interface Meter {
  readonly id: number;
  readonly canvas: OffscreenCanvas;
  readonly context: OffscreenCanvasRenderingContext2D;
  readonly state: LevelState;
  gen: number;
  source: number | null;
  scale?: LevelScale;
  paint?: BarPaint;
  vertical: boolean;
  /** The page wants the values of every reading. */
  fresh: boolean;
  /** The last `speaking` the page handed over (see worker-messages.ts). */
  handedOver: number;
  /** CSS pixels to device pixels. */
  pixelScale: number;
  /** What was last drawn: level, peak (in the meter's steps); NaN after anything else changed. */
  drawn: [number, number];
}

const meters = new Map<number, Meter>();
const links = new Map<number, MessagePort>();
let valuesAt = -Infinity;

const post = (message: FromWorker) => (self as unknown as Worker).postMessage(message);

function draw(meter: Meter): void {
  const { scale, paint, canvas, context, state } = meter;
  const level = meter.source === null || !scale ? 0 : stepped(state.level, scale.segments);
  const peak = meter.source === null || !scale ? 0 : stepped(state.peak, scale.segments);
  if (level === meter.drawn[0] && peak === meter.drawn[1]) return;
  meter.drawn = [level, peak];
  if (!paint || meter.source === null) return void context.clearRect(0, 0, canvas.width, canvas.height);
  drawBar(context, paint, { width: canvas.width, height: canvas.height, scale: meter.pixelScale, vertical: meter.vertical, level, peak });
}

/** The values entry of a meter (see worker-messages.ts). */
function entry(meter: Meter, due: boolean): number[] {
  const { state } = meter;
  const flags = (state.speaking ? Flag.Speaking : 0) | (state.clipping ? Flag.Clipping : 0) | (due ? Flag.Due : 0);
  return [meter.id, meter.gen, state.level, state.db, state.peak, flags, meter.handedOver];
}

/** One message from the audio thread: `[source, rms, peak]` for every source of its context. */
function onReadings({ data }: MessageEvent<number[]>): void {
  const now = performance.now();
  const due = now - valuesAt >= VALUES_MS;
  if (due) valuesAt = now;
  const out: number[] = [];
  for (let i = 0; i < data.length; i += 3) {
    for (const meter of meters.values()) {
      if (meter.source !== data[i] || !meter.scale) continue;
      const flipped = meter.state.read(data[i + 1]!, data[i + 2]!, now, meter.scale);
      draw(meter);
      if (flipped || due || meter.fresh) out.push(...entry(meter, due));
    }
  }
  if (out.length) post(out);
}

function update(message: Extract<ToWorker, { meter: number }>): void {
  let meter = meters.get(message.meter);
  if (!meter && message.canvas) {
    const context = message.canvas.getContext('2d')!;
    meter = { id: message.meter, canvas: message.canvas, context, state: new LevelState(), gen: 0, source: null, vertical: false, fresh: false, handedOver: 0, pixelScale: 1, drawn: [NaN, NaN] };
    meters.set(meter.id, meter);
  }
  if (!meter) return;
  if (message.gen !== undefined && message.gen !== meter.gen) {
    meter.gen = message.gen;
    meter.state.reset();
  }
  if (message.source !== undefined) meter.source = message.source;
  if (message.speaking !== undefined) {
    meter.state.follow(message.speaking, performance.now());
    meter.handedOver = message.handedOver ?? meter.handedOver;
  }
  if (message.scale) {
    meter.scale = message.scale;
    meter.state.rescale(message.scale);
  }
  if (message.paint) meter.paint = message.paint;
  if (message.vertical !== undefined) meter.vertical = message.vertical;
  if (message.fresh !== undefined) meter.fresh = message.fresh;
  if (message.size) {
    [meter.canvas.width, meter.canvas.height, meter.pixelScale] = message.size;
  }
  meter.drawn = [NaN, NaN];
  draw(meter);
}

self.onmessage = ({ data }: MessageEvent<ToWorker>) => {
  if ('link' in data) {
    links.set(data.link, data.port);
    data.port.onmessage = onReadings;
  } else if ('unlink' in data) {
    const port = links.get(data.unlink);
    if (port) port.onmessage = null;
    port?.close();
    links.delete(data.unlink);
  } else if ('remove' in data) {
    meters.delete(data.remove);
  } else {
    update(data);
  }
};
