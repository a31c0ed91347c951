/**
 * The page's localStorage, where it may use it: storage blocked (a third-party frame, a privacy setting) throws a
 * SecurityError as soon as `localStorage` is read, and a full one throws on write. Then nothing is remembered.
 */
export function readStored(key: string): string | null {
  try {
    return globalThis.localStorage?.getItem(key) ?? null;
  } catch {
    return null;
  }
}

/** Keeps `value` under `key` where storage is allowed; a no-op where it is not. */
export function store(key: string, value: string): void {
  try {
    globalThis.localStorage?.setItem(key, value);
  } catch {
    // Blocked or full: the choice is not remembered, and everything else works.
  }
}
