import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { PERSIST_KEY } from '../core/recording.js';
import type { KeyClaim, RecoveredRecording } from '../core/recording/persist.js';

export type { RecoveredRecording };

/** Where one recording's chunks go while it is made. */
export interface RecordingSink {
  append(chunk: Blob): void;
  /** The recording was handed out: forget what was stored of it. */
  finish(): Promise<void>;
}

export interface PersistControllerOptions {
  /** The `persist` attribute's value. */
  key: () => string | null | undefined;
  /** A key with a character that isn't allowed: nothing is persisted. */
  onInvalid: (value: string) => void;
  onRecovered: (recording: RecoveredRecording) => void;
  onError: (error: Error) => void;
}

interface Claim {
  ready: Promise<KeyClaim | null>;
  /** The attribute and each recording under the key. */
  users: number;
}

const load = () => import('../core/recording/persist.js');

const wrapped = (message: string, cause: unknown) =>
  new DOMException(`${message} (${(cause as Error)?.message ?? String(cause)})`, (cause as DOMException)?.name || 'UnknownError');

/**
 * `persist` for `<media-recorder>`: claims the key while the host is connected with it, hands the host what an
 * earlier page left unfinished under it, and gives each recording a sink that stores its chunks as they come. The
 * code that does it (storage, locks, repair) loads with `import()` only once a key is set.
 */
export class PersistController implements ReactiveController {
  readonly #claims = new Map<string, Claim>();
  /** The key the attribute holds, valid and claimed (or being claimed). */
  #key: string | undefined;

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly options: PersistControllerOptions,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    this.update();
  }

  hostDisconnected(): void {
    // A DOM move (same task) keeps the key.
    queueMicrotask(() => this.update());
  }

  /** Follows the attribute: call when `persist` may have changed. A recording keeps the key it started with. */
  update(): void {
    const key = this.host.isConnected ? this.#validKey() : undefined;
    if (key === this.#key) return;
    if (this.#key) this.#release(this.#key);
    this.#key = key;
    if (key) this.#use(key);
  }

  /** A sink for a recording that starts now, or undefined when `persist` holds no usable key. */
  begin(): RecordingSink | undefined {
    const key = this.#key;
    if (!key) return undefined;
    const claim = this.#use(key);
    const sink = claim.ready.then(held => held && load().then(p => new p.StoredRecordingSink(p.recordingStore(), key, this.#storageFailed)));
    let queue = sink;
    return {
      append: chunk => void (queue = queue.then(s => (s?.append(chunk), s))),
      finish: async () => {
        await (await queue)?.finish();
        this.#release(key);
      },
    };
  }

  #validKey(): string | undefined {
    const value = this.options.key();
    if (!value) return undefined;
    if (PERSIST_KEY.test(value)) return value;
    this.options.onInvalid(value);
    return undefined;
  }

  #use(key: string): Claim {
    let claim = this.#claims.get(key);
    if (!claim) {
      claim = { ready: this.#claim(key), users: 0 };
      this.#claims.set(key, claim);
    }
    claim.users++;
    return claim;
  }

  #release(key: string): void {
    const claim = this.#claims.get(key);
    if (!claim || --claim.users > 0) return;
    this.#claims.delete(key);
    void claim.ready.then(held => held?.release());
  }

  /** Claims the key, then recovers what was left under it; null when the key is taken or storage unavailable. */
  async #claim(key: string): Promise<KeyClaim | null> {
    const { claimKey, recordingStore, recover } = await load();
    const held = await claimKey(key);
    if (!held) {
      this.options.onError(
        new DOMException(`persist="${key}" is used by another <media-recorder> (on this page or in another tab): this one keeps its recordings in memory only.`, 'InvalidStateError'),
      );
      return null;
    }
    let ids: string[];
    let store;
    try {
      store = await recordingStore();
      ids = await store.list(key); // before any recording of this page is stored under the key
    } catch (error) {
      held.release();
      this.options.onError(wrapped("Recordings can't be kept in this browser's storage: they are kept in memory only", error));
      return null;
    }
    if (ids.length > 0) {
      const stillHere = () => this.#key === key && this.host.isConnected;
      void recover(store, key, ids, recording => stillHere() && (this.options.onRecovered(recording), true)).catch(error =>
        this.options.onError(wrapped(`The recording left under persist="${key}" could not be read back`, error)),
      );
    }
    return held;
  }

  readonly #storageFailed = (error: Error): void => {
    const full = error.name === 'QuotaExceededError';
    this.options.onError(
      wrapped(full ? "The browser's storage is full: the rest of this recording is kept in memory only" : 'The recording could not be saved as it was made: the rest of it is kept in memory only', error),
    );
  };
}
