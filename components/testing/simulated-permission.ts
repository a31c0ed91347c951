/**
 * What `navigator.permissions.query()` answers for the camera and the microphone while a simulator is installed:
 * one state for both, and a status object per name that fires `change` like a real PermissionStatus.
 */
export class SimulatedPermission {
  #state: PermissionState;
  readonly #statuses = new Map<string, SimulatedPermissionStatus>();

  constructor(state: PermissionState) {
    this.#state = state;
  }

  get state(): PermissionState {
    return this.#state;
  }

  set state(value: PermissionState) {
    if (value === this.#state) return;
    this.#state = value;
    for (const status of this.#statuses.values()) status.changed();
  }

  /** The status for `name`, the same object on every query, as browsers do within a page. */
  status(name: 'camera' | 'microphone'): PermissionStatus {
    let status = this.#statuses.get(name);
    if (!status) this.#statuses.set(name, (status = new SimulatedPermissionStatus(name, this)));
    return status as unknown as PermissionStatus;
  }
}

class SimulatedPermissionStatus extends EventTarget {
  onchange: ((this: SimulatedPermissionStatus, event: Event) => unknown) | null = null;

  constructor(
    readonly name: string,
    readonly permission: SimulatedPermission,
  ) {
    super();
  }

  get state(): PermissionState {
    return this.permission.state;
  }

  changed(): void {
    const event = new Event('change');
    this.dispatchEvent(event);
    this.onchange?.call(this, event);
  }
}
