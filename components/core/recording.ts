/** Framework-free pieces of `<media-recorder>`: which container and codecs to record, and recorded time. */
import type { InvalidValueHandler } from './constraints.js';

/**
 * The types tried in order, by what the stream holds: the best quality per byte first, MP4 (Safari) last. A type
 * never names a codec for a track the stream lacks: Firefox's recorder then waits for it and never stops.
 */
export const RECORDING_TYPES = {
  audioVideo: ['video/webm;codecs=vp9,opus', 'video/webm;codecs=vp8,opus', 'video/webm', 'video/mp4;codecs=avc1,mp4a', 'video/mp4'],
  video: ['video/webm;codecs=vp9', 'video/webm;codecs=vp8', 'video/webm', 'video/mp4;codecs=avc1', 'video/mp4'],
  // Ogg first: Firefox records WebM audio too, but its own player then can't tell the duration (NaN); Chromium
  // doesn't record Ogg and takes WebM.
  audio: ['audio/ogg;codecs=opus', 'audio/webm;codecs=opus', 'audio/mp4;codecs=mp4a.40.2', 'audio/mp4', 'audio/webm'],
} as const satisfies Record<string, readonly string[]>;

/**
 * The MIME type to record `stream` with: the first supported one of `preferred` (a comma-separated list is
 * allowed only between types, e.g. `video/mp4, video/webm;codecs=vp8,opus` — each entry starts with a
 * type/subtype), else the first supported default for the stream's kind. '' lets the browser pick.
 */
export function negotiateMimeType(
  stream: MediaStream,
  preferred: string | null | undefined,
  onInvalid: InvalidValueHandler = () => {},
  isSupported: (type: string) => boolean = type => globalThis.MediaRecorder?.isTypeSupported(type) ?? false,
): string {
  const wanted = splitTypes(preferred ?? '');
  const match = wanted.find(isSupported);
  if (match) return match;
  if (wanted.length > 0) onInvalid('mime-type', preferred, 'a type this browser can record');
  const video = stream.getVideoTracks().length > 0;
  const audio = stream.getAudioTracks().length > 0;
  const defaults: readonly string[] = video ? (audio ? RECORDING_TYPES.audioVideo : RECORDING_TYPES.video) : RECORDING_TYPES.audio;
  return defaults.find(isSupported) ?? '';
}

/** `a/b;codecs=x,y, c/d` → [`a/b;codecs=x,y`, `c/d`]: a comma starts a new type only before a `type/subtype`. */
function splitTypes(list: string): string[] {
  return list
    .split(/,(?=\s*[\w.+-]+\/)/)
    .map(type => type.trim())
    .filter(Boolean);
}

const EXTENSIONS: Record<string, string> = { 'audio/mp4': 'm4a', 'audio/mpeg': 'mp3', 'audio/wav': 'wav', 'video/x-matroska': 'mkv', 'image/jpeg': 'jpg' };

/** The file extension for a recorded MIME type: `video/webm;codecs=vp8` → `webm`, `audio/mp4` → `m4a`, `image/jpeg` → `jpg`. */
export function extensionFor(mimeType: string): string {
  const type = mimeType.split(';')[0]!.trim().toLowerCase();
  return EXTENSIONS[type] ?? (/^\w+\/([\w-]+)$/.exec(type)?.[1] || 'bin');
}

/**
 * A `persist` key: a letter or digit, then letters, digits, '.', '_' or '-', 64 at most. It names a folder in the
 * origin's storage and a lock, so nothing else is allowed.
 */
export const PERSIST_KEY = /^[A-Za-z0-9][\w.-]{0,63}$/;

/** Milliseconds per chunk at most while persisting: what a crash may lose, besides the write in progress. */
export const PERSIST_TIMESLICE = 1000;

/** Recorded time, excluding pauses, from `performance.now()`. */
export class RecordingClock {
  #total = 0;
  #since: number | undefined;

  constructor(private readonly now: () => number = () => performance.now()) {}

  /** Milliseconds recorded so far. */
  get elapsed(): number {
    return this.#total + (this.#since === undefined ? 0 : this.now() - this.#since);
  }

  /** Whether time is counting. */
  get running(): boolean {
    return this.#since !== undefined;
  }

  /** Starts from zero. */
  reset(): void {
    this.#total = 0;
    this.#since = undefined;
  }

  resume(): void {
    this.#since ??= this.now();
  }

  pause(): void {
    this.#total = this.elapsed;
    this.#since = undefined;
  }
}

/** `m:ss`, or `h:mm:ss` from an hour on, for a number of milliseconds. */
export function formatDuration(ms: number): string {
  const seconds = Math.floor(Math.max(0, ms) / 1000);
  const [h, m, s] = [Math.floor(seconds / 3600), Math.floor(seconds / 60) % 60, seconds % 60];
  const pad = (n: number) => String(n).padStart(2, '0');
  return h > 0 ? `${h}:${pad(m)}:${pad(s)}` : `${m}:${pad(s)}`;
}
