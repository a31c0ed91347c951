/** A short test sound for speakers, made on the spot (no file to fetch): a two-note chime as a WAV Blob. */

const RATE = 22_050;

/** Two notes (A5, then E6), 0.35 s each, with a soft attack and decay so they don't click; 16-bit mono WAV. */
export function testSoundWav(): Blob {
  const notes = [880, 1318.5];
  const perNote = Math.round(RATE * 0.35);
  const samples = perNote * notes.length;
  const buffer = new ArrayBuffer(44 + samples * 2);
  const view = new DataView(buffer);
  const text = (offset: number, value: string) => [...value].forEach((c, i) => view.setUint8(offset + i, c.charCodeAt(0)));
  text(0, 'RIFF');
  view.setUint32(4, 36 + samples * 2, true);
  text(8, 'WAVE');
  text(12, 'fmt ');
  view.setUint32(16, 16, true);
  view.setUint16(20, 1, true); // PCM
  view.setUint16(22, 1, true); // mono
  view.setUint32(24, RATE, true);
  view.setUint32(28, RATE * 2, true);
  view.setUint16(32, 2, true);
  view.setUint16(34, 16, true);
  text(36, 'data');
  view.setUint32(40, samples * 2, true);
  for (let i = 0; i < samples; i++) {
    const t = (i % perNote) / RATE;
    const envelope = Math.min(1, t / 0.01) * Math.exp(-t * 6);
    const value = Math.sin(2 * Math.PI * notes[Math.floor(i / perNote)]! * t) * envelope * 0.5;
    view.setInt16(44 + i * 2, Math.round(value * 32_767), true);
  }
  return new Blob([buffer], { type: 'audio/wav' });
}
