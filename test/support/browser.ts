import { executeServerCommand, sendMouse } from '@web/test-runner-commands';

/**
 * Chromium reads the generated fixtures (scripts/media-fixtures.mjs); Firefox and WebKit (WebKitGTK's MiniBrowser,
 * scripts/webkit.mjs) have their own fake devices.
 */
export const isChromium = navigator.userAgent.includes('Chrome/');
export const isFirefox = navigator.userAgent.includes('Firefox/');
export const isWebKit = !isChromium && navigator.userAgent.includes('AppleWebKit/');
/**
 * Why a test of the pixels a playing video draws into a canvas skips in WebKit: in a long run WebKitGTK here
 * (MiniBrowser on Xvfb) draws a playing video blank into canvases for seconds on end, while it plays and presents
 * frames (requestVideoFrameCallback fires 6 to 14 times a second): transparent or black pixels, and a still of it
 * black. It failed 6 full runs of 6 on 2026-12-05, and WebKit-only runs, with two browsers at a time as with four; the
 * same files alone pass. Without the GL video sink it came back too. Safari's pipeline is another.
 */
export const WEBKIT_BLANK_DRAWS = 'WebKitGTK here draws a playing video blank into canvases now and then in a long run (transparent or black pixels while it presents frames): its pixels are not evidence';

/** Why test/denied/ skips in WebKit. */
export const CANNOT_DENY = 'WebKit cannot be set to deny capture over WebDriver (its mock devices are granted without a prompt)';

/**
 * Skips, saying why: from `it` or `beforeEach` the test that runs, from `before` every test of its suite. The reason
 * goes to the run's summary (scripts/run-tests.mjs prints each engine's skips with their reasons), so that no test
 * is skipped silently. Use as `return skipBecause(this, 'why')`.
 */
export async function skipBecause(context: Mocha.Context, reason: string): Promise<never> {
  const running = context.test!;
  const beforeAll = running.title.startsWith('"before all" hook'); // mocha's title for a before() hook
  const path = beforeAll ? running.parent!.titlePath() : (context.currentTest ?? running).titlePath();
  await executeServerCommand('skip-reason', { path, reason });
  return context.skip();
}

/** RGBA of one pixel of an image blob. */
export async function pixelAt(blob: Blob, x: number, y: number): Promise<[number, number, number, number]> {
  const bitmap = await createImageBitmap(blob);
  const context = new OffscreenCanvas(bitmap.width, bitmap.height).getContext('2d')!;
  context.drawImage(bitmap, 0, 0);
  const [r, g, b, a] = context.getImageData(x, y, 1, 1).data;
  return [r!, g!, b!, a!];
}

/** Close enough for video colours that went through YUV and back. */
export function near(actual: number[], expected: number[], tolerance = 40): boolean {
  return expected.every((value, i) => Math.abs(value - actual[i]!) <= tolerance);
}

/** Why a test that needs syntheticTrackEventsReachListeners() skips. */
export const NO_SYNTHETIC_TRACK_EVENTS = 'synthetic track events reach only on<event> handlers here, not addEventListener listeners';

/**
 * Whether a synthetic event dispatched on a MediaStreamTrack reaches its listeners. Tests simulate what a fake
 * device can't do (unplug: `ended`; an OS interruption: `mute`) that way. Firefox 153 delivers such events only to
 * `on<event>` handler properties, never to addEventListener listeners, so there those tests are skipped.
 */
export function syntheticTrackEventsReachListeners(): boolean {
  const track = document.createElement('canvas').captureStream().getVideoTracks()[0]!;
  let reached = false;
  track.addEventListener('ended', () => (reached = true));
  track.dispatchEvent(new Event('ended'));
  track.stop();
  return reached;
}

/** RGBA of one pixel of the frame a `<video>` shows now. */
export function framePixel(video: HTMLVideoElement, x: number, y: number): [number, number, number, number] {
  const context = new OffscreenCanvas(video.videoWidth, video.videoHeight).getContext('2d')!;
  context.drawImage(video, 0, 0);
  const [r, g, b, a] = context.getImageData(x, y, 1, 1).data;
  return [r!, g!, b!, a!];
}

/** Whether `el` is there and its styles show it (`display` other than `none`). */
export const shown = (el: Element | null | undefined): boolean => !!el && getComputedStyle(el).display !== 'none';

/** A real click (a user gesture, as getDisplayMedia requires) in the middle of `element`, scrolled into view. */
export async function clickOn(element: Element): Promise<void> {
  element.scrollIntoView({ block: 'center', inline: 'center' });
  const { left, top, width, height } = element.getBoundingClientRect();
  await sendMouse({ type: 'click', position: [Math.round(left + width / 2), Math.round(top + height / 2)] });
}

/**
 * The brightest channel value of a frame (a still, or what a video shows now), over a grid of its pixels: near 0 for
 * a black frame. WebKit's mock camera draws grey text on black, so no single pixel tells its picture from a black one.
 */
export async function brightest(source: Blob | HTMLVideoElement, step = 8): Promise<number> {
  const image = source instanceof Blob ? await createImageBitmap(source) : source;
  const [width, height] = source instanceof Blob ? [(image as ImageBitmap).width, (image as ImageBitmap).height] : [source.videoWidth, source.videoHeight];
  const context = new OffscreenCanvas(width, height).getContext('2d')!;
  context.drawImage(image, 0, 0);
  const { data } = context.getImageData(0, 0, width, height);
  let max = 0;
  for (let y = 0; y < height; y += step) {
    for (let x = 0; x < width; x += step) {
      const i = (y * width + x) * 4;
      max = Math.max(max, data[i]!, data[i + 1]!, data[i + 2]!);
    }
  }
  return max;
}

/**
 * A real click on the page (top left corner), which resumes `contexts` in its handler: WebKit runs an AudioContext
 * only after a user gesture or while the page captures, and a synthetic microphone is no capture. The kit's shared
 * AudioContext resumes on the same click by itself.
 */
export async function gesture(...contexts: AudioContext[]): Promise<void> {
  const resume = () => contexts.forEach(context => void context.resume());
  for (const type of ['pointerdown', 'click']) window.addEventListener(type, resume, { capture: true });
  try {
    await sendMouse({ type: 'click', position: [2, 2] });
  } finally {
    for (const type of ['pointerdown', 'click']) window.removeEventListener(type, resume, { capture: true });
  }
}

/** Picks an option of a `<device-select>` the way a person does: its select's value changes and it fires `change`. */
export function pickDevice(element: Element, deviceId: string): void {
  const select = element.shadowRoot!.querySelector('select')!;
  select.value = deviceId;
  select.dispatchEvent(new Event('change', { bubbles: true }));
}
