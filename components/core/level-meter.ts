import { leaseAudioContext } from './audio-context.js';

/** Called once per animation frame with the RMS and the absolute peak (both linear, 0..1) of the last ~43 ms. */
export type LevelListener = (rms: number, peak: number, now: number) => void;

export interface LevelMeter {
  /** Pauses (false) or resumes (true) the readings, e.g. while the meter is off-screen. */
  setActive(active: boolean): void;
  /** Disconnects the stream from the audio graph and gives the AudioContext lease back. */
  dispose(): void;
}

// 2048 samples at 48 kHz span ~43 ms: more than two display frames, so a short click between two readings is
// still inside the window the next reading looks at.
const WINDOW = 2048;

interface Entry {
  analyser: AnalyserNode;
  buffer: Float32Array<ArrayBuffer>;
  listener: LevelListener;
  active: boolean;
}

const entries = new Set<Entry>();
let frame = 0;

// One animation-frame loop reads every meter on the page. Browsers do not run animation frames for hidden
// pages, so a hidden page costs nothing. No allocation happens per frame.
function tick(now: number): void {
  frame = 0;
  let running = false;
  for (const entry of entries) {
    if (!entry.active) continue;
    running = true;
    const { analyser, buffer } = entry;
    analyser.getFloatTimeDomainData(buffer);
    let sum = 0;
    let peak = 0;
    for (let i = 0; i < buffer.length; i++) {
      const sample = buffer[i]!;
      sum += sample * sample;
      const magnitude = sample < 0 ? -sample : sample;
      if (magnitude > peak) peak = magnitude;
    }
    entry.listener(Math.sqrt(sum / buffer.length), peak, now);
  }
  if (running) schedule();
}

function schedule(): void {
  if (frame === 0) frame = requestAnimationFrame(tick);
}

/**
 * Meters the first audio track of `stream` through the page's shared AudioContext. `onSuspended` hears whether
 * the context waits for a user gesture.
 */
export function meterStream(
  stream: MediaStream,
  listener: LevelListener,
  onSuspended: (suspended: boolean) => void,
): LevelMeter {
  const lease = leaseAudioContext(state => onSuspended(state === 'suspended'));
  const { context } = lease;
  const source = context.createMediaStreamSource(stream);
  const analyser = new AnalyserNode(context, { fftSize: WINDOW, smoothingTimeConstant: 0 });
  source.connect(analyser);
  const entry: Entry = { analyser, buffer: new Float32Array(WINDOW), listener, active: true };
  entries.add(entry);
  schedule();
  return {
    setActive(active) {
      entry.active = active;
      if (active) schedule();
    },
    dispose() {
      if (!entries.delete(entry)) return;
      source.disconnect();
      lease.release();
    },
  };
}
