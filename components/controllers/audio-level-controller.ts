import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { Attr, EventName } from '../core/constants.js';
import { meterStream, type LevelMeter } from '../core/level-meter.js';
import { SpeakingHysteresis } from '../core/speaking.js';

/** The floor of `db`: what digital silence reads as. */
export const SILENCE_DB = -100;
/** How long the peak marker holds before it falls, and how fast it falls. */
const PEAK_HOLD_MS = 1000;
const PEAK_FALL_DB_PER_S = 20;
/** A sample this close to full scale counts as clipping, shown for at least this long. */
const CLIP_LEVEL = 0.99;
const CLIP_HOLD_MS = 1000;
/** A continuous bar moves in steps of 1/CONTINUOUS_STEPS, so tiny changes don't touch the DOM. */
const CONTINUOUS_STEPS = 200;
/** `--level` and `--peak` follow the level at most this often (the bar itself follows every reading). */
const CSS_INTERVAL_MS = 250;

export interface LevelScale {
  minDb: number;
  maxDb: number;
  speakingThreshold: number;
  /** 0 for a continuous bar. */
  segments: number;
}

// One IntersectionObserver for every meter on the page: one callback per frame in which any of them scrolls. Its
// callback is a module function: a closure made in a controller's method would keep that first controller's host
// alive for as long as the page lives.
let observer: IntersectionObserver | undefined;
const onScreenChanged = new WeakMap<Element, (onScreen: boolean) => void>();
function onEntries(entries: IntersectionObserverEntry[]): void {
  for (const entry of entries) onScreenChanged.get(entry.target)?.(entry.isIntersecting);
}

const toDb = (linear: number) => (linear > 0 ? Math.max(SILENCE_DB, 20 * Math.log10(linear)) : SILENCE_DB);

/**
 * Meters the host's audio stream on the page's level feed (core/level-meter.ts: 15 readings a second, every
 * sample counted) and keeps the result: the values, the `speaking`, `clipping` and `suspended` attributes, and the
 * `--level` and `--peak` custom properties on the host. Those two change only when the displayed step changes;
 * `onChange` hears every reading and whether the displayed step moved, for the host to draw. Readings pause while
 * the host is off-screen.
 */
export class AudioLevelController implements ReactiveController {
  /** RMS level on the display scale, 0..1. */
  level = 0;
  /** RMS level in dBFS, floored at {@link SILENCE_DB}. */
  db = SILENCE_DB;
  /** Held peak on the display scale, 0..1. */
  peak = 0;
  speaking = false;
  clipping = false;
  suspended = false;

  #meter: LevelMeter | undefined;
  #onScreen = false; // until the IntersectionObserver first reports
  #peakDb = SILENCE_DB;
  #peakAt = 0;
  #lastFrame = 0;
  readonly #speech = new SpeakingHysteresis();
  #clipAt = -Infinity;
  #shownLevel = -1;
  #shownPeak = -1;
  #cssAt = 0;

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly options: { scale: () => LevelScale; onChange: (moved: boolean) => void },
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    observer ??= new IntersectionObserver(onEntries);
    onScreenChanged.set(this.host, onScreen => {
      this.#onScreen = onScreen;
      this.#meter?.setActive(onScreen);
    });
    observer.observe(this.host);
  }

  hostDisconnected(): void {
    observer?.unobserve(this.host);
    onScreenChanged.delete(this.host);
  }

  /** Meters `stream` (its first audio track), or stops metering with `null`. */
  setStream(stream: MediaStream | null): void {
    this.#meter?.dispose();
    this.#meter = undefined;
    this.#reset();
    if (!stream || stream.getAudioTracks().length === 0) return;
    this.#meter = meterStream(stream, this.#onFrame, suspended => this.#setFlag('suspended', Attr.Suspended, suspended));
    this.#meter.setActive(this.#onScreen);
  }

  /** Re-applies the scale (after `min-db`, `max-db` or `segments` changed). */
  rescale(): void {
    this.#shownLevel = this.#shownPeak = -1;
    this.#show();
  }

  readonly #onFrame = (rms: number, samplePeak: number, now: number): void => {
    const { minDb, maxDb, speakingThreshold } = this.options.scale();
    const fraction = (db: number) => Math.min(1, Math.max(0, (db - minDb) / (maxDb - minDb)));
    const elapsed = this.#lastFrame ? now - this.#lastFrame : 0;
    this.#lastFrame = now;

    this.db = toDb(rms);
    this.level = fraction(this.db);

    const peakDb = toDb(samplePeak);
    if (peakDb >= this.#peakDb) {
      this.#peakDb = peakDb;
      this.#peakAt = now;
    } else if (now - this.#peakAt > PEAK_HOLD_MS) {
      this.#peakDb = Math.max(peakDb, this.#peakDb - (PEAK_FALL_DB_PER_S * elapsed) / 1000);
    }
    this.peak = fraction(this.#peakDb);

    const speaking = this.#speech.next(this.speaking, this.db, speakingThreshold, now);
    if (samplePeak >= CLIP_LEVEL) this.#clipAt = now;

    this.#setFlag('clipping', Attr.Clipping, now - this.#clipAt < CLIP_HOLD_MS);
    if (this.#setFlag('speaking', Attr.Speaking, speaking)) {
      this.host.dispatchEvent(new CustomEvent(EventName.SpeakingChange, { detail: { speaking } }));
    }
    this.#show(now);
  };

  /** The level and peak rounded to the displayed step (a segment, or 1/200 of a continuous bar). */
  shown(): { level: number; peak: number } {
    return { level: this.#shownLevel < 0 ? 0 : this.#shownLevel, peak: this.#shownPeak < 0 ? 0 : this.#shownPeak };
  }

  /**
   * Tells the host whether the displayed step changed, and writes `--level` and `--peak` at most every
   * CSS_INTERVAL_MS (`force`: now): a custom property on the host restyles its whole shadow tree, which costs more
   * than everything else a meter does per reading.
   */
  #show(now?: number): void {
    const { segments } = this.options.scale();
    const steps = segments > 0 ? segments : CONTINUOUS_STEPS;
    const level = Math.round(this.level * steps) / steps;
    const peak = Math.round(this.peak * steps) / steps;
    const moved = level !== this.#shownLevel || peak !== this.#shownPeak;
    this.#shownLevel = level;
    this.#shownPeak = peak;
    if (now === undefined || now - this.#cssAt >= CSS_INTERVAL_MS) {
      this.#cssAt = now ?? 0;
      // `style` is missing on a server (@lit-labs/ssr's DOM shim), where the meter renders its idle state only.
      this.host.style?.setProperty('--level', String(level));
      this.host.style?.setProperty('--peak', String(peak));
    }
    this.options.onChange(moved);
  }

  /** Sets a boolean and its attribute; returns whether it changed. */
  #setFlag(name: 'speaking' | 'clipping' | 'suspended', attribute: string, value: boolean): boolean {
    if (this[name] === value) return false;
    this[name] = value;
    this.host.toggleAttribute(attribute, value);
    return true;
  }

  #reset(): void {
    this.level = this.peak = 0;
    this.db = this.#peakDb = SILENCE_DB;
    this.#lastFrame = this.#peakAt = 0;
    this.#speech.reset();
    this.#clipAt = -Infinity;
    this.#setFlag('clipping', Attr.Clipping, false);
    this.#setFlag('suspended', Attr.Suspended, false);
    if (this.#setFlag('speaking', Attr.Speaking, false)) {
      this.host.dispatchEvent(new CustomEvent(EventName.SpeakingChange, { detail: { speaking: false } }));
    }
    this.#show();
  }
}
