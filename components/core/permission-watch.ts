import type { PermissionValue } from './constants.js';
import { watchPermission, type DevicePermissionName } from './permissions.js';

/** One capture's subscription to the Permissions API, renewed only when the set of devices it needs changes. */
export class PermissionWatch {
  #names: string | undefined;
  #unwatch: (() => void) | undefined;

  follow(names: readonly DevicePermissionName[], onChange: (value: PermissionValue | undefined) => void): void {
    const key = names.join();
    if (this.#unwatch && key === this.#names) return;
    this.#unwatch?.();
    this.#names = key;
    this.#unwatch = watchPermission(names, onChange);
  }

  close(): void {
    this.#unwatch?.();
    this.#unwatch = this.#names = undefined;
  }
}
