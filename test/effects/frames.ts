/** What the effect tests read from a `<camera-preview>`'s picture. */
import type { CameraPreview } from '../../components/camera-preview/camera-preview.js';
import { until } from '../support/media.js';

const W = 160;
const H = 120;

function videoOf(el: CameraPreview): HTMLVideoElement {
  return el.shadowRoot!.querySelector('video')!;
}

/** The shown picture, 160×120. */
async function pixels(el: CameraPreview): Promise<Uint8ClampedArray> {
  const video = videoOf(el);
  await until(() => video.readyState >= 2 && video.videoWidth > 0, 'a frame');
  const context = new OffscreenCanvas(W, H).getContext('2d', { willReadFrequently: true })!;
  context.drawImage(video, 0, 0, W, H);
  return context.getImageData(0, 0, W, H).data;
}

/**
 * The mean squared difference of luma between neighbouring pixels (x and y): sharp pictures score high. Squared, since
 * the absolute differences across a blurred step add up to the step's height however wide the blur spreads it.
 */
export async function edgeEnergy(el: CameraPreview): Promise<number> {
  const data = await pixels(el);
  const luma = (x: number, y: number) => {
    const i = (y * W + x) * 4;
    return 0.299 * data[i]! + 0.587 * data[i + 1]! + 0.114 * data[i + 2]!;
  };
  let sum = 0;
  for (let y = 0; y < H - 1; y++) for (let x = 0; x < W - 1; x++) sum += (luma(x + 1, y) - luma(x, y)) ** 2 + (luma(x, y + 1) - luma(x, y)) ** 2;
  return sum / ((W - 1) * (H - 1));
}

/** The mean RGB of the shown picture. */
export async function meanColor(el: CameraPreview): Promise<number[]> {
  const data = await pixels(el);
  const mean = [0, 0, 0];
  for (let i = 0; i < data.length; i += 4) for (let c = 0; c < 3; c++) mean[c]! += data[i + c]!;
  return mean.map(v => v / (data.length / 4));
}

/** Frames per second the `<video>` presents, over 15 frames. */
export async function framesPerSecond(el: CameraPreview, frames = 15): Promise<number> {
  const video = videoOf(el);
  const times: number[] = [];
  await new Promise<void>(resolve => {
    const next = (now: number) => {
      times.push(now);
      if (times.length > frames) resolve();
      else video.requestVideoFrameCallback(next);
    };
    video.requestVideoFrameCallback(next);
  });
  return (1000 * frames) / (times[frames]! - times[0]!);
}

/** Resolves once the `<video>` has presented `count` frames of `width`×`height` (the picture keeps coming at that size). */
export async function framesOfSize(el: CameraPreview, width: number, height: number, count = 10): Promise<void> {
  const video = videoOf(el);
  let seen = 0;
  await new Promise<void>(resolve => {
    const next = (_: number, frame: VideoFrameCallbackMetadata) => {
      if (frame.width === width && frame.height === height) seen++;
      if (seen >= count) resolve();
      else video.requestVideoFrameCallback(next);
    };
    video.requestVideoFrameCallback(next);
  });
}

/** A 64×48 PNG of one colour, as a data: URL. */
export function solidImage([r, g, b]: number[]): string {
  const canvas = Object.assign(document.createElement('canvas'), { width: 64, height: 48 });
  const context = canvas.getContext('2d')!;
  context.fillStyle = `rgb(${r} ${g} ${b})`;
  context.fillRect(0, 0, 64, 48);
  return canvas.toDataURL('image/png');
}

/** Whether a worker here has WebGL2 (what the segmenter needs). */
export async function workerWebGL(): Promise<boolean> {
  const url = URL.createObjectURL(new Blob(['postMessage(!!new OffscreenCanvas(1, 1).getContext("webgl2"))'], { type: 'text/javascript' }));
  const worker = new Worker(url);
  try {
    return await new Promise<boolean>(resolve => (worker.onmessage = ({ data }) => resolve(data as boolean)));
  } finally {
    worker.terminate();
    URL.revokeObjectURL(url);
  }
}

/** Resolves once `check()` resolves true, read once per presented frame; fails after `timeout` ms with `message`. */
export async function untilPicture(el: CameraPreview, check: () => Promise<boolean>, message: string, timeout = 5000): Promise<void> {
  const start = performance.now();
  while (!(await check())) {
    if (performance.now() - start > timeout) throw new Error(`Timed out waiting: ${message}`);
    await new Promise(resolve => videoOf(el).requestVideoFrameCallback(resolve));
  }
}

/** The mean saturation (max - min of R, G, B) of the shown picture: colour bars score high, grey 0. */
export async function saturation(el: CameraPreview): Promise<number> {
  const data = await pixels(el);
  let sum = 0;
  for (let i = 0; i < data.length; i += 4) sum += Math.max(data[i]!, data[i + 1]!, data[i + 2]!) - Math.min(data[i]!, data[i + 1]!, data[i + 2]!);
  return sum / (data.length / 4);
}
