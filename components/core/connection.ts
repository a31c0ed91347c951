export interface ConnectionHooks {
  /** The owner was connected (not after a DOM move: then nothing changed). */
  connected(): void;
  /** The owner left the page: it was disconnected and not connected again in the same task. */
  disconnected(): void;
}

/**
 * Whether a capture's owner is on the page, following its connected and disconnected callbacks. A disconnect takes
 * effect in a microtask (before the next task, after the rest of this one), unless a connect comes first: a DOM
 * move (removed and inserted in one task) changes nothing.
 */
export class Connection {
  #connected = false;
  #leaving = false;

  constructor(private readonly hooks: ConnectionHooks) {}

  /** Connected, and not removed in this task. */
  get connected(): boolean {
    return this.#connected && !this.#leaving;
  }

  connect(): void {
    if (this.#leaving) {
      this.#leaving = false; // A DOM move: keep everything as it is.
      return;
    }
    this.#connected = true;
    this.hooks.connected();
  }

  disconnect(): void {
    this.#leaving = true;
    queueMicrotask(() => {
      if (!this.#leaving) return;
      this.#leaving = false;
      this.#connected = false;
      this.hooks.disconnected();
    });
  }
}
