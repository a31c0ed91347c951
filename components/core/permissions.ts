import type { PermissionValue } from './constants.js';

export type DevicePermissionName = 'camera' | 'microphone';

/** The combined permission for several devices: denied if any is, prompt if any is, granted if all are. */
function combine(states: PermissionState[]): PermissionValue {
  if (states.includes('denied')) return 'denied';
  if (states.includes('prompt')) return 'prompt';
  return 'granted';
}

/**
 * Follows the Permissions API for the given devices, calling `onChange` with the combined value now and on every
 * change. Calls it with `undefined` where the browser cannot tell (no Permissions API, or the name unsupported).
 * Returns a function that stops following.
 */
export function watchPermission(
  names: readonly DevicePermissionName[],
  onChange: (value: PermissionValue | undefined) => void,
): () => void {
  let closed = false;
  let statuses: PermissionStatus[] = [];
  const report = () => {
    if (!closed) onChange(statuses.length ? combine(statuses.map(s => s.state)) : undefined);
  };
  const query = globalThis.navigator?.permissions?.query?.bind(globalThis.navigator.permissions);
  if (!query || names.length === 0) {
    onChange(undefined);
    return () => {};
  }
  Promise.all(names.map(name => query({ name: name as PermissionName }))).then(
    result => {
      if (closed) return;
      statuses = result;
      for (const status of statuses) status.addEventListener('change', report);
      report();
    },
    () => report(), // TypeError: this browser can't query that name.
  );
  return () => {
    closed = true;
    for (const status of statuses) status.removeEventListener('change', report);
  };
}
