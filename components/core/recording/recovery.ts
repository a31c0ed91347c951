/**
 * A recorder's claim of its `persist` key, and the recovery of what an earlier page left under it: read back,
 * repaired, handed out once, then removed.
 */
import { claimKey, type KeyClaim } from './key-claim.js';
import { explained, recordingStore } from './persist.js';
import { repairRecording } from './repair.js';
import type { RecordingStore } from './store.js';

export interface RecoveredRecording {
  blob: Blob;
  /** Seconds. */
  duration: number;
  key: string;
  /** Part of it could not be read: `blob` ends where the damage begins (or, when nothing could be read, holds the stored bytes as they are). */
  damaged: boolean;
}

export interface RecoveryHandlers {
  /** Whether the recorder still wants what it recovers (still connected with the key). */
  wanted: () => boolean;
  recovered: (recording: RecoveredRecording) => void;
  error: (error: Error) => void;
}

/**
 * Reads back, repairs and hands to `recovered` each recording stored under `ids` (those left by an earlier
 * page: the caller holds the key's claim), then removes it once `recovered` returns true (it was handed out).
 */
export async function recover(
  target: RecordingStore,
  key: string,
  ids: string[],
  recovered: (recording: RecoveredRecording) => boolean,
): Promise<void> {
  for (const id of ids) {
    const stored = await target.read(key, id);
    let recording: RecoveredRecording;
    try {
      const repaired = await repairRecording(stored.blob);
      recording = { blob: repaired.blob, duration: repaired.duration, key, damaged: repaired.damaged || stored.gap };
    } catch {
      // Nothing in it can be played: hand out the stored bytes, copied out of the files that are removed next.
      const bytes = await stored.blob.arrayBuffer();
      recording = { blob: new Blob([bytes], { type: stored.mimeType }), duration: 0, key, damaged: true };
    }
    if (!recovered(recording)) return;
    await target.remove(key, id);
  }
}

/**
 * Claims `key` for a recorder, then recovers (in the background) what was left under it. Null, with an error
 * said, when another recorder holds the key or storage can't be used.
 */
export async function claimRecorderKey(key: string, { wanted, recovered, error }: RecoveryHandlers): Promise<KeyClaim | null> {
  const held = await claimKey(key);
  if (!held) {
    error(new DOMException(`persist="${key}" is used by another <media-recorder> (on this page or in another tab): this one keeps its recordings in memory only.`, 'InvalidStateError'));
    return null;
  }
  let store: RecordingStore;
  let ids: string[];
  try {
    store = await recordingStore();
    ids = await store.list(key); // before any recording of this page is stored under the key
  } catch (cause) {
    held.release();
    error(explained("Recordings can't be kept in this browser's storage: they are kept in memory only", cause));
    return null;
  }
  const handOut = (recording: RecoveredRecording) => {
    if (!wanted()) return false;
    recovered(recording);
    if (recording.damaged) error(damaged(recording));
    return true;
  };
  if (ids.length > 0) void recover(store, key, ids, handOut).catch(cause => error(explained(`The recording left under persist="${key}" could not be read back`, cause)));
  return held;
}

const damaged = ({ key, blob, duration }: RecoveredRecording) =>
  new DOMException(
    blob.size > 0 && duration > 0
      ? `The recording recovered under persist="${key}" is damaged: it holds the ${duration.toFixed(1)} s before the damage.`
      : `The recording recovered under persist="${key}" is damaged: nothing in it can be played; its stored bytes are handed out as they are.`,
    'DataError',
  );
