/**
 * A microphone made of Web Audio: a looped one-second buffer (a steady 440 Hz tone, a 220 Hz voice in
 * syllable-like bursts, a 5 ms full-scale click every 500 ms, white noise, or digital silence) through a gain, into a MediaStreamAudioDestinationNode. It runs on the page's shared
 * AudioContext, the one the meters use, so it resumes with them on the first user gesture.
 */
import { leaseAudioContext } from '../core/audio-context.js';

export interface AudioSource {
  track: MediaStreamTrack;
  /** The peak amplitude, 0..1 (1 is full scale, 0 dBFS). */
  setLevel(level: number): void;
  /** Stops the sound and gives the AudioContext back; the track itself is ended by its owner. */
  stop(): void;
}

/** Syllables of the speech-like signal: [start, end] in seconds within each second. */
const SYLLABLES = [
  [0.0, 0.22],
  [0.3, 0.52],
  [0.6, 0.7],
] as const;

/** What a simulated microphone plays. */
export type Signal = 'tone' | 'speech' | 'clicks' | 'noise' | 'silence';

/** Full-scale samples for one second: a seamless loop, since both frequencies are whole cycles per second. */
function samples(sampleRate: number, signal: Signal): Float32Array<ArrayBuffer> {
  const data = new Float32Array(sampleRate);
  if (signal === 'silence') return data;
  if (signal === 'noise') {
    // A fixed linear congruential sequence, so the noise is the same on every run.
    for (let i = 0, seed = 1; i < data.length; i++) data[i] = ((seed = (seed * 1664525 + 1013904223) >>> 0) / 2 ** 31) - 1;
    return data;
  }
  if (signal === 'clicks') {
    const length = Math.round(sampleRate * 0.005);
    for (const start of [sampleRate / 4, (sampleRate * 3) / 4]) data.fill(1, Math.round(start), Math.round(start) + length);
    return data;
  }
  const speech = signal === 'speech';
  const frequency = speech ? 220 : 440;
  const ramp = 0.02; // seconds of fade at each syllable edge, so bursts don't click
  for (let i = 0; i < data.length; i++) {
    const t = i / sampleRate;
    let envelope = 1;
    if (speech) {
      const syllable = SYLLABLES.find(([start, end]) => t >= start && t < end);
      envelope = syllable ? Math.min(1, (t - syllable[0]) / ramp, (syllable[1] - t) / ramp) : 0;
    }
    data[i] = envelope * Math.sin(2 * Math.PI * frequency * t);
  }
  return data;
}

export function microphoneSource(level: number, signal: Signal): AudioSource {
  const lease = leaseAudioContext();
  const { context } = lease;
  const buffer = context.createBuffer(1, context.sampleRate, context.sampleRate);
  buffer.copyToChannel(samples(context.sampleRate, signal), 0);
  const player = new AudioBufferSourceNode(context, { buffer, loop: true });
  const gain = new GainNode(context, { gain: level });
  const destination = new MediaStreamAudioDestinationNode(context, { channelCount: 1 });
  player.connect(gain).connect(destination);
  player.start();
  return {
    track: destination.stream.getAudioTracks()[0]!,
    setLevel: value => gain.gain.setValueAtTime(value, context.currentTime),
    stop() {
      player.stop();
      player.disconnect();
      gain.disconnect();
      lease.release();
    },
  };
}
