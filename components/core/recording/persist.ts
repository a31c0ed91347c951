/**
 * What `<media-recorder persist>` loads with `import()`: the store, a sink per recording, and (./recovery.ts) the
 * key's claim with the recovery of what an earlier page left unfinished.
 */
import { openRecordingStore, type RecordingStore, type RecordingWriter } from './store.js';

export { claimRecorderKey, recover, type RecoveredRecording, type RecoveryHandlers } from './recovery.js';
export type { KeyClaim } from './key-claim.js';
export type { RecordingStore, RecordingWriter, StoredRecording } from './store.js';

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

  /** Once every chunk is written: removes the recording (`remove`: it was handed out whole) or leaves it to be recovered. */
  async finish(remove: boolean): Promise<void> {
    await this.#queue;
    const writer = await this.#writer;
    if (writer && remove) await (await this.target).remove(this.key, writer.id).catch(() => {});
  }

  /** A sink into the page's store that tells `error` what failed, in words: full, or refused. */
  static open(key: string, error: (error: Error) => void): StoredRecordingSink {
    return new StoredRecordingSink(recordingStore(), key, cause => {
      const full = cause.name === 'QuotaExceededError';
      error(explained(full ? "The browser's storage is full: the rest of this recording is kept in memory only" : 'The recording could not be saved as it was made: the rest of it is kept in memory only', cause));
    });
  }

  #fail(error: unknown): undefined {
    if (!this.#failed) this.failed(error as Error);
    this.#failed = true;
    return undefined;
  }
}

/** `cause` as a DOMException of its kind, its message after `message`. */
export const explained = (message: string, cause: unknown): DOMException =>
  new DOMException(`${message} (${(cause as Error)?.message ?? String(cause)})`, (cause as DOMException)?.name || 'UnknownError');
