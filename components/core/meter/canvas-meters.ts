/**
 * The page's side of the meters' worker (meter-worker.ts): one worker for every meter of the page, started with the
 * first one, each meter's canvas handed over to it (`transferControlToOffscreen`), its size followed by one
 * ResizeObserver, and its values brought back to the element.
 */
import { feedWorker, type WorkerFeed } from '../level-meter.js';
import type { LevelValues } from './level-state.js';
import { canvasMeters } from './support.js';
import { ENTRY, Flag, type FromWorker, type ToWorker } from './worker-messages.js';

/** What a canvas meter tells its element. */
export interface CanvasMeterOptions {
  /**
   * The meter's values: on a change of `speaking` or `clipping`, and regularly (`due`) every 250 ms; `handedOver`:
   * the last `handedOver` the worker took with a `speaking` (see `set`).
   */
  values(values: LevelValues, due: boolean, handedOver: number): void;
  /** Whether the page's AudioContext waits for a user gesture. */
  suspended(suspended: boolean): void;
  /** The worker could not start (a blocked or missing script): the element draws its bar itself. */
  failed(): void;
}

let worker: Worker | undefined;
let resizes: ResizeObserver | undefined;
const meters = new Map<number, CanvasMeter>();
const byCanvas = new WeakMap<Element, CanvasMeter>();
let nextMeter = 1;
let nextLink = 1;

function onWorkerMessage({ data }: MessageEvent<FromWorker>): void {
  for (let i = 0; i < data.length; i += ENTRY) meters.get(data[i]!)?.received(data, i);
}

function onWorkerError(): void {
  canvasMeters.failed = true;
  worker?.terminate();
  worker = undefined;
  for (const meter of [...meters.values()]) meter.fail();
}

function send(message: ToWorker, transfer: Transferable[] = []): void {
  if (!worker) {
    // Written so that bundlers see the worker and emit it as a file of its own (it is never in a first download).
    worker = new Worker(new URL('./meter-worker.js', import.meta.url), { type: 'module' });
    worker.addEventListener('message', onWorkerMessage);
    worker.addEventListener('error', onWorkerError);
  }
  worker.postMessage(message, transfer);
}

/** Hands a worklet's port to the worker; returns what lets the worker drop it (see feedWorker). */
function connect(port: MessagePort): () => void {
  const link = nextLink++;
  send({ link, port }, [port]);
  return () => worker?.postMessage({ unlink: link } satisfies ToWorker);
}

function onResize(entries: ResizeObserverEntry[]): void {
  for (const entry of entries) {
    const device = entry.devicePixelContentBoxSize?.[0];
    const ratio = globalThis.devicePixelRatio || 1;
    const width = device ? device.inlineSize : Math.round(entry.contentRect.width * ratio);
    const height = device ? device.blockSize : Math.round(entry.contentRect.height * ratio);
    const css = entry.contentRect.width || 1;
    byCanvas.get(entry.target)?.resized([width, height, width / css]);
  }
}

/** One meter drawn by the worker on `canvas`, which is handed over for good. */
export class CanvasMeter {
  readonly #id = nextMeter++;
  readonly #canvas: HTMLCanvasElement;
  #gen = 0;
  #feed: WorkerFeed | undefined;
  #active = false;
  #failed = false;

  constructor(canvas: HTMLCanvasElement, private readonly options: CanvasMeterOptions) {
    this.#canvas = canvas;
    meters.set(this.#id, this);
    byCanvas.set(canvas, this);
    const offscreen = canvas.transferControlToOffscreen();
    send({ meter: this.#id, canvas: offscreen }, [offscreen]);
    resizes ??= new ResizeObserver(onResize);
    try {
      resizes.observe(canvas, { box: 'device-pixel-content-box' });
    } catch {
      resizes.observe(canvas); // no device-pixel-content-box (WebKit)
    }
  }

  /** Meters `stream` (its first audio track), or shows nothing with `null`. */
  setStream(stream: MediaStream | null): void {
    this.#feed?.dispose();
    this.#feed = undefined;
    this.#gen++;
    if (stream?.getAudioTracks().length && !this.#failed) {
      this.#feed = feedWorker(stream, connect, suspended => this.options.suspended(suspended));
      this.#feed.setActive(this.#active);
    }
    this.set({ gen: this.#gen, source: this.#feed?.source ?? null });
  }

  /** Pauses (false) or resumes (true) the readings, e.g. while the meter is off-screen. */
  setActive(active: boolean): void {
    this.#active = active;
    this.#feed?.setActive(active);
  }

  /** Tells the worker what changed of the meter's scale, paint or orientation. */
  set(changes: Omit<Extract<ToWorker, { meter: number }>, 'meter' | 'canvas' | 'size'>): void {
    if (!this.#failed) send({ meter: this.#id, ...changes });
  }

  dispose(): void {
    this.#feed?.dispose();
    this.#feed = undefined;
    meters.delete(this.#id);
    resizes?.unobserve(this.#canvas);
    if (!this.#failed) send({ remove: this.#id });
  }

  /** @internal The canvas's new size. */
  resized(size: [number, number, number]): void {
    if (!this.#failed) send({ meter: this.#id, size });
  }

  /** @internal An entry of the worker's values (see worker-messages.ts). */
  received(data: FromWorker, at: number): void {
    if (data[at + 1] !== this.#gen) return; // values of an earlier stream
    const flags = data[at + 5]!;
    this.options.values(
      { level: data[at + 2]!, db: data[at + 3]!, peak: data[at + 4]!, speaking: !!(flags & Flag.Speaking), clipping: !!(flags & Flag.Clipping) },
      !!(flags & Flag.Due),
      data[at + 6]!,
    );
  }

  /** @internal The worker failed: no more readings for it. */
  fail(): void {
    this.#failed = true;
    this.#feed?.dispose();
    this.#feed = undefined;
    meters.delete(this.#id);
    this.options.failed();
  }
}
