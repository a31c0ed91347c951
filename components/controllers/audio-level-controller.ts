import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { Attr } from '../core/constants.js';
import { meterStream, type LevelMeter } from '../core/level-meter.js';
import type { BarPaint } from '../core/meter/bar-paint.js';
import type { CanvasMeter, CanvasMeterOptions } from '../core/meter/canvas-meters.js';
import { LevelState, SILENCE_DB, stepped, type LevelScale, type LevelValues } from '../core/meter/level-state.js';

export { SILENCE_DB, type LevelScale };

/** `--mic-meter-level` and `--mic-meter-peak` follow the level at most this often (the bar follows every reading). */
const CSS_INTERVAL_MS = 250;
/** How long after the page last read `level`, `db` or `peak` the worker's meter still brings every reading. */
const FRESH_MS = 2000;

// One IntersectionObserver for every meter on the page: one callback per frame in which any of them scrolls. Its
// callback is a module function: a closure made in a controller's method would keep that first controller's host
// alive for as long as the page lives.
let observer: IntersectionObserver | undefined;
const onScreenChanged = new WeakMap<Element, (onScreen: boolean) => void>();
function onEntries(entries: IntersectionObserverEntry[]): void {
  for (const entry of entries) onScreenChanged.get(entry.target)?.(entry.isIntersecting);
}

/**
 * Meters the host's audio stream and keeps the result: the values, the `clipping` and `suspended` attributes, and the
 * `--mic-meter-level` and `--mic-meter-peak` custom properties on the host (and their deprecated `--level`, `--peak`;
 * they change only when the displayed step changes, at most every 250 ms). Two ways: on the page, where the level
 * feed (core/level-meter.ts) brings 15 readings a second and `onChange` hears each one and whether the displayed step
 * moved, for the host to draw its bar; or, once the host hands over a canvas (`drawOn`), in the meters' worker, which
 * draws the bar there and brings back only the values every 250 ms and each change of `speaking` or `clipping`
 * (core/meter/canvas-meters.ts). Readings pause while the host is off-screen. `speaking` is not its own: `onReading`
 * hands each level read on the page, and `onSpeaking` each decision of the worker, to whoever decides it.
 */
export class AudioLevelController implements ReactiveController, Omit<LevelValues, 'speaking'> {
  /** RMS level on the display scale, 0..1. */
  level = 0;
  /** RMS level in dBFS, floored at {@link SILENCE_DB}. */
  db = SILENCE_DB;
  /** Held peak on the display scale, 0..1. */
  peak = 0;
  clipping = false;
  suspended = false;

  #stream: MediaStream | null = null;
  /** The page's readings, for a bar the host draws itself. */
  #meter: LevelMeter | undefined;
  readonly #state = new LevelState();
  /** The worker's meter, once the host drew on a canvas. */
  #canvas: CanvasMeter | undefined;
  #onScreen = false; // until the IntersectionObserver first reports
  #shownLevel = -1;
  #shownPeak = -1;
  #cssAt = 0;
  /** When the page last read the values, and whether the worker's meter brings every reading for it. */
  #readAt = -Infinity;
  #fresh = false;
  /** How many times the host's `speaking` was handed to the worker. */
  #handedOver = 0;

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly options: {
      scale: () => LevelScale;
      /** A reading (or the worker's values) came; `moved`: the displayed step changed. */
      onChange: (moved: boolean) => void;
      /** A reading on the page: its level in dBFS at `now` (performance.now()). */
      onReading?: (db: number, now: number) => void;
      /**
       * The worker's `speaking` (the same hysteresis over the same readings), with each of its values; `current`:
       * false until the worker has taken the host's last `handOverSpeaking`, so that values already on their way
       * are not mistaken for a change.
       */
      onSpeaking?: (speaking: boolean, current: boolean) => void;
      /** The host's `speaking`, handed to the worker (see `handOverSpeaking`). */
      speaking?: () => boolean;
      /** The AudioContext started or stopped waiting for a gesture. */
      onSuspendedChange?: (suspended: boolean) => void;
      /** The worker can't draw: the host draws its bar again (and calls `drawOn(null)`). */
      onCanvasFailed?: () => void;
    },
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    observer ??= new IntersectionObserver(onEntries);
    onScreenChanged.set(this.host, onScreen => {
      this.#onScreen = onScreen;
      this.#meter?.setActive(onScreen);
      this.#canvas?.setActive(onScreen);
    });
    observer.observe(this.host);
  }

  hostDisconnected(): void {
    observer?.unobserve(this.host);
    onScreenChanged.delete(this.host);
  }

  /**
   * The page reads the values: with the bar in the worker, they come on every reading from now on (not only every
   * 250 ms), until they have not been read for FRESH_MS. A page that only styles with CSS pays for no more.
   */
  read(): void {
    this.#readAt = performance.now();
    if (this.#canvas && !this.#fresh) this.#canvas.set({ fresh: (this.#fresh = true) });
  }

  /** Whether the bar is drawn by the worker. */
  get onCanvas(): boolean {
    return !!this.#canvas;
  }

  /** Meters `stream` (its first audio track), or stops metering with `null`. */
  setStream(stream: MediaStream | null): void {
    this.#stream = stream;
    this.#reset();
    this.#feed();
  }

  /**
   * Has the stream read for the page or for the worker, then stops the readings it had: a track moving between the
   * two keeps its source on the audio thread, with no start-up silence for a new one to read at first.
   */
  #feed(previous?: CanvasMeter): void {
    const stream = this.#stream;
    const meter = this.#meter;
    this.#meter = undefined;
    if (this.#canvas) {
      this.#canvas.setStream(stream);
      this.handOverSpeaking();
    } else if (stream && stream.getAudioTracks().length > 0) {
      this.#meter = meterStream(stream, this.#onReading, this.#onSuspended);
      this.#meter.setActive(this.#onScreen);
    }
    meter?.dispose();
    previous?.dispose();
  }

  /** What a canvas meter made for this controller tells it (see `drawOn`). */
  readonly canvasOptions: CanvasMeterOptions = {
    // The worker's regular values come every 250 ms already: each writes `--mic-meter-level`, a flip alone does not.
    values: (values, due, handedOver) => {
      this.#running();
      if (this.#fresh && performance.now() - this.#readAt > FRESH_MS) this.#canvas?.set({ fresh: (this.#fresh = false) });
      this.options.onSpeaking?.(values.speaking, handedOver === this.#handedOver);
      this.#apply(values, undefined, due);
    },
    suspended: suspended => this.#onSuspended(suspended),
    failed: () => this.options.onCanvasFailed?.(),
  };

  /**
   * Has the bar drawn by `meter` in the meters' worker from now on (made with `canvasOptions`), with `paint`;
   * `null`: the host draws it again.
   */
  drawOn(meter: CanvasMeter | null, paint?: BarPaint, vertical = false): void {
    const previous = this.#canvas;
    this.#canvas = meter ?? undefined;
    if (meter) {
      this.#fresh = performance.now() - this.#readAt <= FRESH_MS;
      meter.set({ scale: this.options.scale(), paint, vertical, fresh: this.#fresh });
      meter.setActive(this.#onScreen);
    }
    // The values shown so far stay until the new readings come.
    this.#feed(previous);
  }

  /**
   * Hands the host's `speaking` to the worker's meter, which goes on from it: after the host decided it from other
   * readings (while muted, from an enabled clone of the track), or before the worker has read any.
   */
  handOverSpeaking(): void {
    this.#canvas?.set({ speaking: this.options.speaking?.() ?? false, handedOver: ++this.#handedOver });
  }

  /** The worker's bar: its paint or orientation changed. */
  repaint(paint: BarPaint, vertical: boolean): void {
    this.#canvas?.set({ paint, vertical });
  }

  /** Re-applies the scale (after `min-db`, `max-db`, `speaking-threshold` or `segments` changed). */
  rescale(): void {
    const scale = this.options.scale();
    this.#shownLevel = this.#shownPeak = -1;
    // The worker keeps the meter's values: they come back on the new scale with its next reading.
    if (this.#canvas) return this.#canvas.set({ scale });
    this.#state.rescale(scale);
    this.#apply(this.#state, undefined, true);
  }

  /** The level and peak rounded to the displayed step (a segment, or 1/200 of a continuous bar). */
  shown(): { level: number; peak: number } {
    return { level: this.#shownLevel < 0 ? 0 : this.#shownLevel, peak: this.#shownPeak < 0 ? 0 : this.#shownPeak };
  }

  readonly #onReading = (rms: number, peak: number, now: number): void => {
    this.#running();
    this.#state.read(rms, peak, now, this.options.scale());
    this.options.onReading?.(this.#state.db, now);
    this.#apply(this.#state, now, true);
  };

  readonly #onSuspended = (suspended: boolean): void => {
    if (this.#setFlag('suspended', Attr.Suspended, suspended)) this.options.onSuspendedChange?.(suspended);
  };

  /**
   * Readings come only from a running audio thread: the context runs, even if its `statechange` is still on its way
   * (Firefox delivers it after the first readings when the page's main thread is busy).
   */
  #running(): void {
    if (this.suspended) this.#onSuspended(false);
  }

  /**
   * Takes the values in: `clipping` at once, `--mic-meter-level` and `--mic-meter-peak` at most every
   * CSS_INTERVAL_MS of `now` (undefined: now), only if `css`: a custom property on the host restyles its whole shadow
   * tree, which costs more than everything else a meter does per reading.
   */
  #apply(values: LevelValues, now: number | undefined, css: boolean): void {
    ({ level: this.level, db: this.db, peak: this.peak } = values);
    this.#setFlag('clipping', Attr.Clipping, values.clipping);
    const { segments } = this.options.scale();
    const level = stepped(this.level, segments);
    const peak = stepped(this.peak, segments);
    const moved = level !== this.#shownLevel || peak !== this.#shownPeak;
    this.#shownLevel = level;
    this.#shownPeak = peak;
    if (css && (now === undefined || now - this.#cssAt >= CSS_INTERVAL_MS)) {
      this.#cssAt = now ?? 0;
      // `style` is missing on a server (@lit-labs/ssr's DOM shim), where the meter renders its idle state only.
      this.host.style?.setProperty('--mic-meter-level', String(level));
      this.host.style?.setProperty('--mic-meter-peak', String(peak));
      // Deprecated names, kept for one release: unprefixed, they can clash with a page's own variables.
      this.host.style?.setProperty('--level', String(level));
      this.host.style?.setProperty('--peak', String(peak));
    }
    this.options.onChange(moved);
  }

  /** Sets a boolean and its attribute; returns whether it changed. */
  #setFlag(name: 'clipping' | 'suspended', attribute: string, value: boolean): boolean {
    if (this[name] === value) return false;
    this[name] = value;
    this.host.toggleAttribute(attribute, value);
    return true;
  }

  #reset(): void {
    this.#state.reset();
    this.#onSuspended(false);
    this.#shownLevel = this.#shownPeak = -1;
    this.#apply(this.#state, undefined, true);
  }
}
