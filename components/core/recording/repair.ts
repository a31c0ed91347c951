/**
 * Gives a recording its duration and a seek index when the browser didn't write them (Chromium's timesliced WebM,
 * Firefox's, WebKit's fragmented MP4), by rewriting its container. Loaded with `import()` when a recording stops;
 * each container's code is a further chunk of its own.
 */
import type { Remuxed } from './remux.js';

export type { Remuxed as RepairedRecording };

type Container = 'matroska' | 'mp4' | 'ogg';

/** The container, from the file's first bytes: EBML's magic number, an ISO BMFF box, or an Ogg page. */
export async function containerOf(blob: Blob): Promise<Container | undefined> {
  const head = new Uint8Array(await blob.slice(0, 12).arrayBuffer());
  const text = (from: number, to: number) => String.fromCharCode(...head.subarray(from, to));
  if (head[0] === 0x1a && head[1] === 0x45 && head[2] === 0xdf && head[3] === 0xa3) return 'matroska';
  if (['ftyp', 'moov', 'moof', 'styp'].includes(text(4, 8))) return 'mp4';
  if (text(0, 4) === 'OggS') return 'ogg';
  return undefined;
}

/**
 * The recording rewritten with its duration and seek index. Rejects when not one frame can be read (an empty or
 * unknown file); `damaged` says that part of it could not be read and the result ends where the damage begins.
 */
export async function repairRecording(blob: Blob): Promise<Remuxed> {
  switch (await containerOf(blob)) {
    case 'matroska':
      return (await import('./remux-matroska.js')).remuxMatroska(blob);
    case 'mp4':
      return (await import('./remux-mp4.js')).remuxMp4(blob);
    case 'ogg':
      return (await import('./remux-ogg.js')).remuxOgg(blob);
    default:
      throw new DOMException(`Not a recording this kit can read (${blob.size} bytes of ${blob.type || 'no type'}).`, 'NotSupportedError');
  }
}
