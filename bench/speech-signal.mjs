// The benchmark's default input: a generated, deterministic speech-like signal that Chromium's fake microphone
// loops (--use-file-for-fake-audio-capture). Every 2 s: a phrase of syllables at 4-6 Hz with varying loudness and
// pitch, then a pause with one 5 ms click in its middle. The clicks are the only samples above CLICK_FLOOR, so the
// page can detect each one exactly and check which meters showed it.
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { wavFile } from '../scripts/media-fixtures.mjs';

export const SPEECH = {
  sampleRate: 48000,
  seconds: 12,
  /** One phrase, pause and click per period. */
  periodS: 2,
  clickMs: 5,
  clickAmplitude: 0.9,
  /** Speech peaks stay below this; clicks reach clickAmplitude. */
  speechPeak: 0.35,
  /** The page's reference detector counts a sample above this as a click. */
  clickFloor: 0.6,
};

/** A small seeded PRNG (mulberry32), so the file is the same on every machine. */
function random(seed) {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function samples() {
  const { sampleRate: rate, seconds, periodS, clickMs, clickAmplitude, speechPeak } = SPEECH;
  const out = new Float32Array(rate * seconds);
  const rand = random(14);
  for (let i = 0; i < out.length; i++) out[i] = (rand() - 0.5) * 0.001; // a quiet room, about -70 dBFS
  for (let start = 0; start < seconds; start += periodS) {
    const phraseS = 1.0 + rand() * 0.3;
    let t = start + 0.05;
    let spoken = t;
    while (t < start + phraseS) {
      const syllableS = 1 / (4 + rand() * 2); // 4-6 syllables per second
      const length = syllableS * (0.6 + rand() * 0.3); // a short gap between syllables
      const loudness = speechPeak * (0.15 + rand() * 0.85);
      const f0 = 110 + rand() * 110;
      const from = Math.floor(t * rate);
      const count = Math.floor(length * rate);
      let phase = 0;
      for (let k = 0; k < count; k++) {
        const envelope = Math.sin((Math.PI * k) / count) ** 2;
        phase += (2 * Math.PI * f0 * (1 - (0.1 * k) / count)) / rate; // a falling pitch, as in speech
        const voiced = 0.5 * Math.sin(phase) + 0.3 * Math.sin(2 * phase) + 0.2 * Math.sin(3 * phase);
        out[from + k] += loudness * envelope * (0.9 * voiced + 0.1 * (rand() * 2 - 1));
      }
      t += syllableS;
      spoken = t;
    }
    // The click: 5 ms of a 2 kHz tone, in the middle of the pause (at least 0.2 s from any syllable).
    const clickAt = Math.floor(((spoken + start + periodS) / 2) * rate);
    const clickCount = (clickMs / 1000) * rate;
    for (let k = 0; k < clickCount; k++) out[clickAt + k] = clickAmplitude * Math.sin((2 * Math.PI * 2000 * k) / rate);
  }
  return out;
}

/** Writes the speech-like WAV once per machine and returns its path. */
export function speechFixture(dir = join(tmpdir(), 'local-media-bench-v1')) {
  mkdirSync(dir, { recursive: true });
  const file = join(dir, 'speech.wav');
  if (!existsSync(file)) writeFileSync(file, wavFile(samples(), SPEECH.sampleRate));
  return file;
}
