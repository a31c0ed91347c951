import { SpeakingHysteresis } from '../speaking.js';

/** The floor of `db`: what digital silence reads as. */
export const SILENCE_DB = -100;
/** How long the peak marker holds before it falls, and how fast it falls. */
const PEAK_HOLD_MS = 1000;
const PEAK_FALL_DB_PER_S = 20;
/** A sample this close to full scale counts as clipping, shown for at least this long. */
const CLIP_LEVEL = 0.99;
const CLIP_HOLD_MS = 1000;
/** A continuous bar moves in steps of 1/CONTINUOUS_STEPS, so tiny changes draw nothing. */
const CONTINUOUS_STEPS = 200;

/** A meter's scale, from its attributes. */
export interface LevelScale {
  minDb: number;
  maxDb: number;
  speakingThreshold: number;
  /** 0 for a continuous bar. */
  segments: number;
}

/** What a meter shows of its readings. */
export interface LevelValues {
  /** RMS level on the display scale, 0..1. */
  level: number;
  /** RMS level in dBFS, floored at {@link SILENCE_DB}. */
  db: number;
  /** Held peak on the display scale, 0..1. */
  peak: number;
  speaking: boolean;
  clipping: boolean;
}

export const toDb = (linear: number) => (linear > 0 ? Math.max(SILENCE_DB, 20 * Math.log10(linear)) : SILENCE_DB);

/** `value` (0..1) rounded to the step a bar of `segments` shows (a segment, or 1/200 of a continuous bar). */
export const stepped = (value: number, segments: number) => {
  const steps = segments > 0 ? segments : CONTINUOUS_STEPS;
  return Math.round(value * steps) / steps;
};

/** `db` on the scale's 0..1. */
export const onScale = (db: number, { minDb, maxDb }: LevelScale) => Math.min(1, Math.max(0, (db - minDb) / (maxDb - minDb)));

/**
 * One meter's level, held peak, `speaking` and `clipping`, reading by reading (the level feed's RMS and sample peak
 * of every sample since the last reading): framework-free, so that the page and the meters' worker run the same
 * rules (core/meter/meter-worker.ts).
 */
export class LevelState implements LevelValues {
  level = 0;
  db = SILENCE_DB;
  peak = 0;
  speaking = false;
  clipping = false;

  #peakDb = SILENCE_DB;
  #peakAt = 0;
  #lastAt = 0;
  #clipAt = -Infinity;
  readonly #speech = new SpeakingHysteresis();

  /** Takes one reading (linear RMS and sample peak) at `now`; returns whether `speaking` or `clipping` changed. */
  read(rms: number, samplePeak: number, now: number, scale: LevelScale): boolean {
    const elapsed = this.#lastAt ? now - this.#lastAt : 0;
    this.#lastAt = now;
    this.db = toDb(rms);
    this.level = onScale(this.db, scale);
    const peakDb = toDb(samplePeak);
    if (peakDb >= this.#peakDb) {
      this.#peakDb = peakDb;
      this.#peakAt = now;
    } else if (now - this.#peakAt > PEAK_HOLD_MS) {
      this.#peakDb = Math.max(peakDb, this.#peakDb - (PEAK_FALL_DB_PER_S * elapsed) / 1000);
    }
    this.peak = onScale(this.#peakDb, scale);
    if (samplePeak >= CLIP_LEVEL) this.#clipAt = now;
    const { speaking, clipping } = this;
    this.speaking = this.#speech.next(speaking, this.db, scale.speakingThreshold, now);
    this.clipping = now - this.#clipAt < CLIP_HOLD_MS;
    return speaking !== this.speaking || clipping !== this.clipping;
  }

  /** Maps the level and the held peak onto a new scale (`min-db`, `max-db` changed) without a new reading. */
  rescale(scale: LevelScale): void {
    this.level = onScale(this.db, scale);
    this.peak = onScale(this.#peakDb, scale);
  }

  /** `speaking` as another decided it until `now` (see SpeakingHysteresis.follow): the next readings go on from it. */
  follow(speaking: boolean, now: number): void {
    this.speaking = speaking;
    this.#speech.follow(speaking, now);
  }

  reset(): void {
    this.level = this.peak = 0;
    this.db = this.#peakDb = SILENCE_DB;
    this.#lastAt = this.#peakAt = 0;
    this.#clipAt = -Infinity;
    this.speaking = this.clipping = false;
    this.#speech.reset();
  }
}
