import type { BarPaint } from './bar-paint.js';
import type { LevelScale } from './level-state.js';

/** What the page tells the meters' worker (core/meter/meter-worker.ts). */
export type ToWorker =
  /** A port on which an AudioContext's worklet posts readings (core/level-meter.ts, feedWorker). */
  | { link: number; port: MessagePort }
  /** That context is gone. */
  | { unlink: number }
  /**
   * A meter: its canvas (first message only), and whatever changed. `gen` counts the streams it meters, so that
   * values of an earlier one are told apart; `source` is the feed's source id (null: nothing to show).
   */
  | {
      meter: number;
      canvas?: OffscreenCanvas;
      gen?: number;
      source?: number | null;
      scale?: LevelScale;
      paint?: BarPaint;
      vertical?: boolean;
      /** Post the values on every reading, not only every 250 ms (the page reads them). */
      fresh?: boolean;
      /** `speaking` as the page decided it until now: the meter goes on from it; `handedOver` counts these. */
      speaking?: boolean;
      handedOver?: number;
      /** Width and height in device pixels, and device pixels per CSS pixel. */
      size?: [number, number, number];
    }
  | { remove: number };

/** The bits of an entry's flags. `Due`: the values are the regular ones of their interval, not only a flip. */
export const Flag = { Speaking: 1, Clipping: 2, Due: 4 } as const;

/**
 * What the worker tells the page: entries of ENTRY numbers, `[meter, gen, level, db, peak, flags, handedOver]`
 * (`handedOver`: the last one the meter took, see ToWorker).
 */
export type FromWorker = number[];
export const ENTRY = 7;
