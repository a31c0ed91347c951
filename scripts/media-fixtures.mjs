// Deterministic inputs for Chromium's fake capture devices, generated at test start (never committed).
import { mkdirSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** Camera: 640x480, left half pure red, right half pure blue, so mirroring is visible in pixels. */
export const VIDEO = { width: 640, height: 480, fps: 30, frames: 30 };
/** Microphone: a 1 kHz sine at amplitude 0.5, i.e. an RMS level of -9.03 dBFS. */
export const AUDIO = { sampleRate: 48000, seconds: 2, frequency: 1000, amplitude: 0.5 };

function y4m() {
  const { width: w, height: h, fps, frames } = VIDEO;
  // BT.601 full range: red = (76, 85, 255), blue = (29, 255, 107).
  const y = Buffer.alloc(w * h);
  const u = Buffer.alloc((w / 2) * (h / 2));
  const v = Buffer.alloc((w / 2) * (h / 2));
  for (let row = 0; row < h; row++) {
    for (let col = 0; col < w; col++) y[row * w + col] = col < w / 2 ? 76 : 29;
  }
  for (let row = 0; row < h / 2; row++) {
    for (let col = 0; col < w / 2; col++) {
      u[row * (w / 2) + col] = col < w / 4 ? 85 : 255;
      v[row * (w / 2) + col] = col < w / 4 ? 255 : 107;
    }
  }
  const frame = Buffer.concat([Buffer.from('FRAME\n'), y, u, v]);
  const header = Buffer.from(`YUV4MPEG2 W${w} H${h} F${fps}:1 Ip A1:1 C420jpeg\n`);
  return Buffer.concat([header, ...Array.from({ length: frames }, () => frame)]);
}

/** 16-bit mono PCM WAV of `samples` (numbers in -1..1, clamped) at `sampleRate`. */
export function wavFile(samples, sampleRate) {
  const data = Buffer.alloc(samples.length * 2);
  for (let i = 0; i < samples.length; i++) data.writeInt16LE(Math.round(Math.max(-1, Math.min(1, samples[i])) * 32767), i * 2);
  const header = Buffer.alloc(44);
  header.write('RIFF', 0);
  header.writeUInt32LE(36 + data.length, 4);
  header.write('WAVEfmt ', 8);
  header.writeUInt32LE(16, 16);
  header.writeUInt16LE(1, 20); // PCM
  header.writeUInt16LE(1, 22); // mono
  header.writeUInt32LE(sampleRate, 24);
  header.writeUInt32LE(sampleRate * 2, 28);
  header.writeUInt16LE(2, 32);
  header.writeUInt16LE(16, 34);
  header.write('data', 36);
  header.writeUInt32LE(data.length, 40);
  return Buffer.concat([header, data]);
}

function wav() {
  const { sampleRate, seconds, frequency, amplitude } = AUDIO;
  const tone = Float64Array.from({ length: sampleRate * seconds }, (_, i) => amplitude * Math.sin((2 * Math.PI * frequency * i) / sampleRate));
  return wavFile(tone, sampleRate);
}

/** Writes the fixtures once per machine and returns their paths. */
export function mediaFixtures(dir = join(tmpdir(), 'local-media-fixtures-v1')) {
  mkdirSync(dir, { recursive: true });
  const video = join(dir, 'camera.y4m');
  const audio = join(dir, 'mic.wav');
  if (!existsSync(video)) writeFileSync(video, y4m());
  if (!existsSync(audio)) writeFileSync(audio, wav());
  return { video, audio };
}
