/**
 * Simulated plugging and unplugging: enumerateDevices is narrowed to the devices a test chooses and a
 * `devicechange` is fired, as the browser does when a device goes or comes. The streams stay real.
 */
const mediaDevices = navigator.mediaDevices;
const realEnumerate = mediaDevices.enumerateDevices.bind(mediaDevices);
let hidden = new Set<string>();

mediaDevices.enumerateDevices = async () => (await realEnumerate()).filter(device => !hidden.has(device.deviceId));

function announce(): void {
  mediaDevices.dispatchEvent(new Event('devicechange'));
}

/** Removes a device from the list, as if unplugged. */
export function unplug(deviceId: string): void {
  hidden.add(deviceId);
  announce();
}

/** Puts every unplugged device back. */
export function plugBackIn(): void {
  hidden = new Set();
  announce();
}

afterEach(() => {
  hidden = new Set();
});
