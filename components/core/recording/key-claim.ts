/**
 * One recorder per `persist` key: a Web Lock named after the key, held while a recorder uses it, tells a second
 * recorder (on this page or in another tab of the origin) that the key is taken, and tells the next page that a
 * stored recording under it is unfinished rather than being made. A crash or a reload releases it.
 */
export interface KeyClaim {
  readonly key: string;
  release(): void;
}

/** Claimed keys where the browser has no Web Locks: then only this page is covered. */
const claimedHere = new Set<string>();

/** Locks of this page being released (asynchronously): a new claim of the key waits for them. */
const releasing = new Map<string, Promise<unknown>>();

/** The key, claimed; null when another recorder holds it. */
export async function claimKey(key: string): Promise<KeyClaim | null> {
  const locks = globalThis.navigator?.locks;
  if (!locks) {
    if (claimedHere.has(key)) return null;
    claimedHere.add(key);
    return { key, release: () => claimedHere.delete(key) };
  }
  await releasing.get(key);
  let unlock!: () => void;
  const held = new Promise<void>(resolve => (unlock = resolve));
  return new Promise<KeyClaim | null>((resolve, reject) => {
    const request = locks.request(`local-media-elements:recording:${key}`, { ifAvailable: true }, lock => {
      if (!lock) return resolve(null);
      resolve({
        key,
        release: () => {
          unlock();
          const released = request.catch(() => {}).finally(() => releasing.get(key) === released && releasing.delete(key));
          releasing.set(key, released);
        },
      });
      return held;
    });
    request.catch(reject);
  });
}
