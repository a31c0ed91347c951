/**
 * What a person gets from a recording, measured as they would: a player's duration and where a seek lands
 * (./playback.ts), or what a demuxer reads. And the repair's code, loaded before the tests that record: the dev
 * server serves mediabunny as about 70 modules (seconds on a loaded machine, counted against the first test),
 * where a built page loads one chunk.
 */
import { BlobSource, EncodedPacketSink, Input, MATROSKA, MP4, OGG, WEBM } from 'mediabunny';
import { until } from './media.js';

/** For a suite that records: before it, the audio output runs (Firefox) and the repair's code is in; after, the output closes. */
export function recordingSuite(): void {
  let close: (() => Promise<void>) | undefined;
  before(async function () {
    this.timeout(30_000);
    close = await runAudioOutput();
    await loadRepair();
  });
  after(() => close?.());
}

export function loadRepair(): Promise<unknown> {
  return Promise.all([
    import('../../components/core/recording/repair.js'),
    import('../../components/core/recording/remux-matroska.js'),
    import('../../components/core/recording/remux-mp4.js'),
    import('../../components/core/recording/remux-ogg.js'),
  ]);
}

export { playback, type Playback } from './playback.js';

export interface TrackTimeline {
  packets: number;
  /** Seconds: the first packet's start, the last one's end. */
  start: number;
  end: number;
  /** Every key packet starts after the previous one (no part of the track written twice). */
  ordered: boolean;
}

/** What each track of a recording holds, read back with mediabunny, by track type (`video`, `audio`). */
export async function timelines(blob: Blob): Promise<Record<string, TrackTimeline>> {
  const input = new Input({ source: new BlobSource(blob), formats: [WEBM, MATROSKA, MP4, OGG] });
  const result: Record<string, TrackTimeline> = {};
  for (const track of await input.getTracks()) {
    const timeline: TrackTimeline = { packets: 0, start: Infinity, end: 0, ordered: true };
    let lastKey = -Infinity;
    for await (const packet of new EncodedPacketSink(track).packets(undefined, undefined, { metadataOnly: true })) {
      timeline.packets++;
      timeline.start = Math.min(timeline.start, packet.timestamp);
      timeline.end = Math.max(timeline.end, packet.timestamp + packet.duration);
      if (packet.type === 'key') {
        timeline.ordered &&= packet.timestamp > lastKey;
        lastKey = packet.timestamp;
      }
    }
    result[track.type] = timeline;
  }
  input.dispose();
  return result;
}

/**
 * Firefox feeds a MediaRecorder no audio until its media graph runs, and here the graph waits for the audio
 * output (the PulseAudio null sink starts slowly). Measured: a 3 s camera+mic recording started with the graph
 * cold held 1.0 s of audio, stamped from 0 (so it played out of step with the video), and with a timeslice its
 * first chunk came after 2.4 s; with the graph running, 2.99 s of audio and a chunk per timeslice. An audio output
 * that is already running, as on a user's machine, removes the wait; a running AudioContext gives the test page
 * one. For a `before` hook (up to 12 s); resolves with what closes it.
 */
export async function runAudioOutput(): Promise<() => Promise<void>> {
  if (!navigator.userAgent.includes('Firefox/')) return async () => {};
  const output = new AudioContext();
  // Without any audio output (no PulseAudio) the context never runs, and the graph has nothing to wait for.
  await until(() => output.state === 'running' && output.currentTime > 0.1, 'the audio output to run', 12_000).catch(() => {});
  return () => output.close();
}
