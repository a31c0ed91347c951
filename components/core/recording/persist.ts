/**
 * What `<media-recorder persist>` loads with `import()`: the key's claim, the store, recovery of what an earlier
 * page left unfinished, and a writer per recording.
 */
import { claimKey, type KeyClaim } from './key-claim.js';
import { repairRecording } from './repair.js';
import { openRecordingStore, type RecordingStore, type RecordingWriter } from './store.js';

export { claimKey, type KeyClaim };
export type { RecordingStore, RecordingWriter, StoredRecording } from './store.js';

export interface RecoveredRecording {
  blob: Blob;
  /** Seconds. */
  duration: number;
  key: string;
  /** Part of it could not be read: `blob` ends where the damage begins (or, when nothing could be read, holds the stored bytes as they are). */
  damaged: boolean;
}

let store: Promise<RecordingStore> | undefined;
let preferred: RecordingStore['kind'] | undefined;

/**
 * Makes the page's recorders use this kind of store, or this store, from now on (for tests: a store of their own
 * scripts a full disk or a damaged recording); undefined goes back to the default choice.
 */
export function preferStore(choice: RecordingStore['kind'] | RecordingStore | undefined): void {
  preferred = typeof choice === 'string' ? choice : undefined;
  store = typeof choice === 'object' ? Promise.resolve(choice) : undefined;
}

/** The page's store, opened once. */
export function recordingStore(): Promise<RecordingStore> {
  store ??= openRecordingStore(preferred).catch(error => {
    store = undefined; // storage may be allowed later
    throw error;
  });
  return store;
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
 * Queues the chunks of one recording into the store, in order; the recording is created in the store with its
 * first chunk (whose type is the recording's). `failed` hears the first failure, once; nothing more is stored then.
 */
export class StoredRecordingSink {
  #writer: Promise<RecordingWriter | undefined> | undefined;
  #queue: Promise<unknown> = Promise.resolve();
  #failed = false;

  constructor(
    private readonly target: Promise<RecordingStore>,
    private readonly key: string,
    private readonly failed: (error: Error) => void,
  ) {}

  append(chunk: Blob): void {
    this.#writer ??= this.target.then(store => store.create(this.key, chunk.type)).catch(error => this.#fail(error));
    const writer = this.#writer;
    this.#queue = this.#queue.then(async () => {
      const ready = await writer;
      if (ready && !this.#failed) await ready.append(chunk).catch(error => this.#fail(error));
    });
  }

  /** Once every chunk is written: removes the recording (it was handed out whole). */
  async finish(): Promise<void> {
    await this.#queue;
    const writer = await this.#writer;
    if (writer) await (await this.target).remove(this.key, writer.id).catch(() => {});
  }

  #fail(error: unknown): undefined {
    if (!this.#failed) this.failed(error as Error);
    this.#failed = true;
    return undefined;
  }
}
