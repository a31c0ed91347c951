import { warnInvalid } from '../base/capture-element.js';
import type { LevelScale } from '../controllers/audio-level-controller.js';
import { Attr } from '../core/constants.js';

/** A meter's defaults: its scale and where `speaking` turns on, in dBFS. */
export const DEFAULTS = { minDb: -60, maxDb: 0, speakingThreshold: -50 } as const;

/** The scale `meter`'s attributes ask for; each invalid value is replaced by its default, with a warning. */
export function validScale(meter: HTMLElement & LevelScale): LevelScale {
  let { minDb, maxDb, speakingThreshold, segments } = meter;
  if (!Number.isFinite(minDb) || !Number.isFinite(maxDb) || minDb >= maxDb) {
    warnInvalid(meter, `${Attr.MinDb}/${Attr.MaxDb}`, `${meter.minDb}..${meter.maxDb}`, `${DEFAULTS.minDb}..${DEFAULTS.maxDb}`);
    ({ minDb, maxDb } = DEFAULTS);
  }
  if (!Number.isFinite(speakingThreshold)) {
    warnInvalid(meter, Attr.SpeakingThreshold, meter.speakingThreshold, String(DEFAULTS.speakingThreshold));
    speakingThreshold = DEFAULTS.speakingThreshold;
  }
  if (!Number.isInteger(segments) || segments < 0) {
    warnInvalid(meter, Attr.Segments, meter.segments, '0 (a continuous bar)');
    segments = 0;
  }
  return { minDb, maxDb, speakingThreshold, segments };
}
