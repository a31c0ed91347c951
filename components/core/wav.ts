/** The speakers' test sound, made on the spot as a WAV file (nothing to fetch). */

/** 16-bit mono PCM WAV of `samples` (-1..1). */
export function encodeWav(samples: Float32Array, sampleRate: number): Blob {
  const buffer = new ArrayBuffer(44 + samples.length * 2);
  const view = new DataView(buffer);
  const text = (offset: number, value: string) => [...value].forEach((c, i) => view.setUint8(offset + i, c.charCodeAt(0)));
  text(0, 'RIFF');
  view.setUint32(4, 36 + samples.length * 2, true);
  text(8, 'WAVE');
  text(12, 'fmt ');
  view.setUint32(16, 16, true);
  view.setUint16(20, 1, true); // PCM
  view.setUint16(22, 1, true); // mono
  view.setUint32(24, sampleRate, true);
  view.setUint32(28, sampleRate * 2, true);
  view.setUint16(32, 2, true);
  view.setUint16(34, 16, true);
  text(36, 'data');
  view.setUint32(40, samples.length * 2, true);
  samples.forEach((sample, i) => view.setInt16(44 + i * 2, Math.round(Math.max(-1, Math.min(1, sample)) * 32_767), true));
  return new Blob([buffer], { type: 'audio/wav' });
}

/** Two notes (A5, then E6), 0.35 s each, with a soft attack and decay so that they don't click. */
export function testSoundWav(): Blob {
  const rate = 22_050;
  const notes = [880, 1318.5];
  const perNote = Math.round(rate * 0.35);
  const samples = new Float32Array(perNote * notes.length);
  for (let i = 0; i < samples.length; i++) {
    const t = (i % perNote) / rate;
    samples[i] = Math.sin(2 * Math.PI * notes[Math.floor(i / perNote)]! * t) * Math.min(1, t / 0.01) * Math.exp(-t * 6) * 0.5;
  }
  return encodeWav(samples, rate);
}
