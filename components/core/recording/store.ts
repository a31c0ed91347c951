/** Where `persist` keeps recordings as they are made: the Origin Private File System, else IndexedDB. */

/** An unfinished recording read back from storage. */
export interface StoredRecording {
  id: string;
  mimeType: string;
  /** Every stored chunk, in order, joined without copying (backed by the stored files where the browser can). */
  blob: Blob;
  /** A chunk is missing between the first and the last: what follows the gap can't be trusted. */
  gap: boolean;
}

/** Appends the chunks of one recording, in order; each resolves once the chunk is stored. */
export interface RecordingWriter {
  readonly id: string;
  append(chunk: Blob): Promise<void>;
}

export interface RecordingStore {
  readonly kind: 'opfs' | 'indexeddb';
  /** Starts a new recording under `key`. */
  create(key: string, mimeType: string): Promise<RecordingWriter>;
  /** The ids of the recordings stored under `key`, oldest first. */
  list(key: string): Promise<string[]>;
  read(key: string, id: string): Promise<StoredRecording>;
  remove(key: string, id: string): Promise<void>;
}

/** A new recording's id: sorts by creation time. */
export const newRecordingId = (): string =>
  `${Date.now().toString().padStart(15, '0')}-${Math.random().toString(36).slice(2, 8)}`;

/** Chunk numbers as names that sort as numbers. */
export const chunkName = (seq: number): string => seq.toString().padStart(9, '0');

/** Whether `seqs` (sorted) skip a number between 0 and the last. */
export const hasGap = (seqs: number[]): boolean => seqs.some((seq, i) => seq !== i);

/**
 * The store to use: the Origin Private File System where the page can write files in it, else IndexedDB.
 * `prefer` picks one (tests). Rejects when neither is available (e.g. storage blocked by the user).
 */
export async function openRecordingStore(prefer?: RecordingStore['kind']): Promise<RecordingStore> {
  if (prefer !== 'indexeddb') {
    try {
      const { openFileSystemStore } = await import('./opfs-store.js');
      return await openFileSystemStore();
    } catch (error) {
      if (prefer === 'opfs') throw error;
    }
  }
  const { openIndexedDbStore } = await import('./idb-store.js');
  return openIndexedDbStore();
}
