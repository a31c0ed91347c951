/** The speakers' test sound, made on the spot as a WAV file (nothing to fetch). */

/**
 * Two notes (A5, then E6), 0.35 s each, with a soft attack and decay so that they don't click: 16-bit mono PCM.
 * The header is written with typed arrays, which are little-endian on every platform browsers run on.
 */
export function testSoundWav(): Blob {
  const rate = 22_050;
  const perNote = 7718; // 0.35 s
  const samples = new Int16Array(perNote * 2);
  for (let i = 0; i < samples.length; i++) {
    const t = (i % perNote) / rate;
    samples[i] = Math.sin(2 * Math.PI * (i < perNote ? 880 : 1318.5) * t) * Math.min(1, t * 100) * Math.exp(-t * 6) * 16_000;
  }
  const bytes = samples.length * 2;
  // "RIFF", size, "WAVE", "fmt ", 16, PCM + mono, rate, bytes per second, block align + bits, "data", size
  const header = new Uint32Array([0x46464952, 36 + bytes, 0x45564157, 0x20746d66, 16, 0x10001, rate, rate * 2, 0x100002, 0x61746164, bytes]);
  return new Blob([header, samples], { type: 'audio/wav' });
}
