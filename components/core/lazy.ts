/**
 * A module (or a value from one) that loads on first need, with a dynamic `import()`, so that it is a chunk of its
 * own: not in the first download of an element that may never need it (the denied steps, other languages, health,
 * camera controls). Once loaded, `value` holds it synchronously.
 */
export interface Lazy<T> {
  /** The loaded value; undefined until `load()` has settled. */
  readonly value: T | undefined;
  /** Loads it (once); resolves with it. */
  load(): Promise<T>;
  /** Starts the load if needed: the pending load, or undefined once it has settled (loaded or failed). */
  pending(): Promise<unknown> | undefined;
}

export function lazy<T>(loader: () => Promise<T>): Lazy<T> {
  let value: T | undefined;
  let promise: Promise<T> | undefined;
  let settled = false;
  const load = () =>
    (promise ??= loader().then(
      loaded => ((settled = true), (value = loaded)),
      error => {
        settled = true;
        throw error;
      },
    ));
  return {
    get value() {
      return value;
    },
    load,
    pending() {
      if (settled) return undefined;
      return load().catch(() => {});
    },
  };
}

/** Every pending load among `loads` together, or undefined when none is pending. */
export function whenLoaded(...loads: (Promise<unknown> | undefined)[]): Promise<unknown> | undefined {
  const pending = loads.filter(load => load !== undefined);
  return pending.length ? Promise.all(pending) : undefined;
}
