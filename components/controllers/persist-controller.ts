import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { PERSIST_KEY } from '../core/recording.js';
import type { KeyClaim, RecoveredRecording } from '../core/recording/persist.js';

export type { RecoveredRecording };

/** Where one recording's chunks go while it is made. */
export interface RecordingSink {
  append(chunk: Blob): void;
  /** The recording ended: forget what was stored of it (`remove`, it was handed out whole) or leave it for recovery. */
  finish(remove: boolean): Promise<void>;
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
    const sink = claim.ready.then(held => held && load().then(p => p.StoredRecordingSink.open(key, this.options.onError)));
    let queue = sink;
    return {
      append: chunk => void (queue = queue.then(s => (s?.append(chunk), s))),
      finish: async remove => {
        await (await queue)?.finish(remove);
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
      claim = { ready: this.#claim(key).catch(error => (this.options.onError(error as Error), null)), users: 0 };
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

  #claim(key: string): Promise<KeyClaim | null> {
    return load().then(persist =>
      persist.claimRecorderKey(key, {
        wanted: () => this.#key === key && this.host.isConnected,
        recovered: this.options.onRecovered,
        error: this.options.onError,
      }),
    );
  }
}
