/**
 * What a person gets from a recording, measured as they would: a player's duration and where a seek lands. And
 * the repair's code, loaded before the tests that record: the dev server serves mediabunny as about 70 modules
 * (seconds on a loaded machine, counted against the first test), where a built page loads one chunk.
 */
import { BlobSource, EncodedPacketSink, Input, MATROSKA, MP4, OGG, WEBM } from 'mediabunny';
import { until } from './media.js';

export function loadRepair(): Promise<unknown> {
  return Promise.all([
    import('../../components/core/recording/repair.js'),
    import('../../components/core/recording/remux-matroska.js'),
    import('../../components/core/recording/remux-mp4.js'),
    import('../../components/core/recording/remux-ogg.js'),
  ]);
}

export interface Playback {
  /** `duration` once the metadata is in (Infinity: the file doesn't say). */
  duration: number;
  /** The end of the last seekable range (0: none). */
  seekableEnd: number;
  /** Where the player is after a seek to the middle: for video the time of the frame it shows. */
  landed: number;
  /** The middle that was asked for. */
  middle: number;
}

/**
 * Loads `blob` in a `<video>` (or `<audio>`), reads its duration, seeks to the middle of it (or of `expected`
 * seconds when the file gives no duration) and reports where that landed: for video, the media time of the frame
 * presented after the seek (requestVideoFrameCallback), so a seek that shows another frame is caught.
 */
export async function playback(blob: Blob, expected: number, kind: 'video' | 'audio' = 'video'): Promise<Playback> {
  const player = document.createElement(kind) as HTMLVideoElement;
  player.muted = true;
  player.preload = 'auto';
  player.src = URL.createObjectURL(blob);
  document.body.append(player);
  try {
    // Video: a first frame to show; audio: the metadata (WebKitGTK here decodes no AAC, so it has no data to play).
    await new Promise((resolve, reject) => {
      if (kind === 'video') player.onloadeddata = resolve;
      else player.onloadedmetadata = resolve;
      player.onerror = () => reject(new Error(`not playable: ${player.error?.message}`));
      setTimeout(() => reject(new Error(`the player did not load the ${blob.size} bytes in 5 s`)), 5000);
    });
    const { duration } = player;
    const seekableEnd = player.seekable.length ? player.seekable.end(player.seekable.length - 1) : 0;
    const middle = (Number.isFinite(duration) ? duration : expected) / 2;
    let frameTime: number | undefined;
    if (kind === 'video') player.requestVideoFrameCallback((_now, frame) => (frameTime = frame.mediaTime));
    const seeked = new Promise((resolve, reject) => {
      player.onseeked = resolve;
      setTimeout(() => reject(new Error(`a seek to ${middle} s did not end in 5 s`)), 5000);
    });
    player.currentTime = middle;
    await seeked;
    if (kind === 'video') await until(() => frameTime !== undefined, 'a frame shown after the seek');
    return { duration, seekableEnd, landed: frameTime ?? player.currentTime, middle };
  } finally {
    player.remove();
    URL.revokeObjectURL(player.src);
  }
}

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
