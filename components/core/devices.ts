/**
 * The page's media devices, watched once for everybody: one `devicechange` listener, and one
 * `enumerateDevices()` per burst of changes (plugging a headset fires several events in a row).
 */

export type DevicesListener = (devices: MediaDeviceInfo[]) => void;

/** Changes closer together than this are one burst. */
const BURST_MS = 50;

const listeners = new Set<DevicesListener>();
let timer: ReturnType<typeof setTimeout> | undefined;

function refresh(): void {
  clearTimeout(timer);
  timer = setTimeout(async () => {
    timer = undefined;
    const devices = await listDevices();
    for (const listener of [...listeners]) listener(devices);
  }, BURST_MS);
}

/** `enumerateDevices()`, or an empty list where the API is missing or fails. */
export async function listDevices(): Promise<MediaDeviceInfo[]> {
  try {
    return (await globalThis.navigator?.mediaDevices?.enumerateDevices?.()) ?? [];
  } catch {
    return [];
  }
}

/** Calls `listener` with the device list after every burst of `devicechange`. Returns the unsubscribe function. */
export function watchDevices(listener: DevicesListener): () => void {
  const devices = globalThis.navigator?.mediaDevices;
  if (!devices) return () => {};
  if (listeners.size === 0) devices.addEventListener('devicechange', refresh);
  listeners.add(listener);
  return () => {
    listeners.delete(listener);
    if (listeners.size === 0) {
      devices.removeEventListener('devicechange', refresh);
      clearTimeout(timer);
      timer = undefined;
    }
  };
}

/** The device kinds a set of constraints asks for, and the exact device id for each, if any. */
export function requestedDevices(constraints: MediaStreamConstraints): Map<MediaDeviceKind, string | undefined> {
  const result = new Map<MediaDeviceKind, string | undefined>();
  const exact = (track: boolean | MediaTrackConstraints | undefined) => {
    const id = typeof track === 'object' ? track.deviceId : undefined;
    const value = typeof id === 'object' && !Array.isArray(id) ? id.exact : undefined;
    return typeof value === 'string' ? value : undefined;
  };
  if (constraints.video) result.set('videoinput', exact(constraints.video));
  if (constraints.audio) result.set('audioinput', exact(constraints.audio));
  return result;
}

const kindOf = (track: MediaStreamTrack): MediaDeviceKind => (track.kind === 'video' ? 'videoinput' : 'audioinput');

/** The device of each track, by kind, where the track says. */
export function devicesOf(tracks: readonly MediaStreamTrack[]): Map<MediaDeviceKind, string> {
  const result = new Map<MediaDeviceKind, string>();
  for (const track of tracks) {
    const id = track.getSettings().deviceId;
    if (id) result.set(kindOf(track), id);
  }
  return result;
}

const listed = (devices: MediaDeviceInfo[], kind: MediaDeviceKind, id: string | undefined) =>
  devices.some(device => device.kind === kind && (!id || device.deviceId === id));

/**
 * Whether the device of one of `tracks` is no longer in the list: unplugged. Without permission for a kind, its
 * devices have no ids, and then nothing can be told about that kind.
 */
export function unplugged(tracks: readonly MediaStreamTrack[], devices: MediaDeviceInfo[]): boolean {
  const anonymous = (kind: MediaDeviceKind) => devices.some(device => device.kind === kind && !device.deviceId);
  return tracks.some(track => {
    const id = track.getSettings().deviceId;
    return id !== undefined && !anonymous(kindOf(track)) && !listed(devices, kindOf(track), id);
  });
}

/** Whether the list has a device of every kind the constraints ask for (the very device, where they name one). */
export function listsRequested(constraints: MediaStreamConstraints, devices: MediaDeviceInfo[]): boolean {
  return [...requestedDevices(constraints)].every(([kind, id]) => listed(devices, kind, id));
}
