/**
 * `dark` and `frozen` of a live `<video>` (see health-threshold.ts for the thresholds): what the browser already
 * counts of the frames, and a 16×9 sample of the picture about once a second, never a callback on every frame.
 */
import type { HealthProbe } from './health.js';
import { HealthThreshold, type Health } from './health-threshold.js';

const SAMPLE_WIDTH = 16;
const SAMPLE_HEIGHT = 9;
/** Until the video has a frame to sample, and while it reads dark or frozen, it is looked at this often. */
const SOON_MS = 200;

type Counted = string | number | undefined;

/**
 * What the browser has counted of the frames `video` got: a value that changes with each new frame. The track's own
 * count (`MediaStreamTrack.stats`: Chromium, camera tracks), Firefox's painted frames, or the video's playback
 * quality (Chromium and WebKit; Firefox keeps it at 0 for a stream). A new track or stream changes it too, which
 * counts as a new frame.
 */
function framesCounted(video: HTMLVideoElement): Counted {
  const track = (video.srcObject as MediaStream | null)?.getVideoTracks?.()[0];
  const stats = (track as (MediaStreamTrack & { stats?: { totalFrames: number } | null }) | undefined)?.stats;
  if (stats) return `${track!.id} ${stats.totalFrames}`;
  if ('mozPaintedFrames' in video) return (video as HTMLVideoElement & { mozPaintedFrames: number }).mozPaintedFrames;
  return video.getVideoPlaybackQuality?.().totalVideoFrames;
}

/** Whether the browser counts frames (see framesCounted); where it doesn't, a callback per presented frame does. */
const countsFrames = (video: HTMLVideoElement) => 'mozPaintedFrames' in video || typeof video.getVideoPlaybackQuality === 'function';

interface Sample {
  /** The luma of each point of the grid. */
  luma: Uint8ClampedArray;
  dark: boolean;
}

/** The grid sampled: 16×9 points, each the mean of 2×2 pixels (as a bilinear scale-down to 16×9 reads them). */
const GRID = [16, 9] as const;
/** Where each point of the grid is, along a side of `length` pixels: the top or left pixel of its 2×2. */
const gridAt = (count: number, length: number) => Array.from({ length: count }, (_, i) => Math.max(0, Math.min(length - 2, Math.floor(((i + 0.5) * length) / count - 0.5))));

function sampleOf(luma: Uint8ClampedArray): Sample {
  let sum = 0;
  let max = 0;
  for (const value of luma) {
    sum += value;
    if (value > max) max = value;
  }
  return { luma, dark: sum / luma.length < HealthThreshold.darkMeanLuma && max <= HealthThreshold.darkMaxLuma };
}

/** BT.601 luma, 0..255, of RGB. */
const lumaOf = (r: number, g: number, b: number) => 0.299 * r + 0.587 * g + 0.114 * b;

/** The grid drawn onto a 16×9 canvas: the whole frame is converted to RGB and scaled, a millisecond or more. */
function sampleByDrawing(video: HTMLVideoElement, context: CanvasRenderingContext2D): Sample {
  context.drawImage(video, 0, 0, GRID[0], GRID[1]);
  const { data } = context.getImageData(0, 0, GRID[0], GRID[1]);
  const luma = new Uint8ClampedArray(data.length / 4);
  for (let i = 0; i < luma.length; i++) luma[i] = lumaOf(data[4 * i]!, data[4 * i + 1]!, data[4 * i + 2]!);
  return sampleOf(luma);
}

const Y_PLANE = new Set(['I420', 'I420A', 'I422', 'I422A', 'I444', 'I444A', 'NV12']);
const RGB_ORDER: Record<string, [number, number, number]> = { RGBA: [0, 1, 2], RGBX: [0, 1, 2], BGRA: [2, 1, 0], BGRX: [2, 1, 0] };

/**
 * The grid read from the frame's own pixels (WebCodecs `VideoFrame.copyTo`): two rows of pixels per row of the grid,
 * no conversion of the frame (the luma plane as it is, or RGB). Undefined for a format it does not know.
 */
async function sampleFromFrame(frame: VideoFrame): Promise<Sample | undefined> {
  const { format, visibleRect, colorSpace } = frame;
  const order = format ? RGB_ORDER[format] : undefined;
  if (!visibleRect || !format || (!order && !Y_PLANE.has(format))) return undefined;
  const { x, y, width, height } = visibleRect;
  const columns = gridAt(GRID[0], width);
  const rows = gridAt(GRID[1], height).map(row => row & ~1); // a 4:2:0 frame is copied from even rows
  const limited = !order && colorSpace.fullRange !== true;
  const luma = new Uint8ClampedArray(GRID[0] * GRID[1]);
  await Promise.all(rows.map(async (row, j) => {
    const rect = { x, y: y + row, width: width & ~1, height: 2 };
    const pixels = new Uint8Array(frame.allocationSize({ rect }));
    const [{ offset, stride }] = (await frame.copyTo(pixels, { rect })) as [PlaneLayout];
    const at = (column: number, line: number): number => {
      const i = offset + line * stride + (order ? 4 * column : column);
      if (!order) return limited ? ((pixels[i]! - 16) * 255) / 219 : pixels[i]!;
      return lumaOf(pixels[i + order[0]]!, pixels[i + order[1]]!, pixels[i + order[2]]!);
    };
    columns.forEach((column, i) => (luma[j * GRID[0] + i] = (at(column, 0) + at(column + 1, 0) + at(column, 1) + at(column + 1, 1)) / 4));
  }));
  return sampleOf(luma);
}

/** A 16×9 sample of the frame `video` shows, and whether it is dark; undefined while it has no frame. */
async function sample(video: HTMLVideoElement, context: CanvasRenderingContext2D): Promise<Sample | undefined> {
  if (video.readyState < HTMLMediaElement.HAVE_CURRENT_DATA || video.videoWidth === 0) return undefined;
  if (typeof VideoFrame !== 'function') return sampleByDrawing(video, context);
  let frame: VideoFrame | undefined;
  try {
    frame = new VideoFrame(video);
    return (await sampleFromFrame(frame)) ?? sampleByDrawing(video, context);
  } catch {
    return sampleByDrawing(video, context);
  } finally {
    frame?.close();
  }
}

const same = (a: Uint8ClampedArray | undefined, b: Uint8ClampedArray) => !!a && a.every((value, i) => value === b[i]);

/**
 * Watches the frames `video` shows, about once every {@link HealthThreshold.videoSampleMs}: `dark` after
 * {@link HealthThreshold.darkMs} of nearly black samples, `frozen` after {@link HealthThreshold.frozenMs} without a
 * new frame. A frame is new when the browser's count moved (see framesCounted) or, where it counts none, when
 * `requestVideoFrameCallback` said one was presented; a sample that differs from the last one is a new frame too (a
 * video that is not painted may count none). It looks sooner when a threshold is due, while waiting for a first
 * frame (so that the 2 s count from it) and while dark or frozen (so that the alarm ends as soon as the picture is
 * back; while frozen, the picture itself is still sampled once a period). Starts paused.
 */
export function probeVideo(video: HTMLVideoElement, report: (health: Pick<Health, 'dark' | 'frozen'>) => void): HealthProbe {
  const context = Object.assign(document.createElement('canvas'), { width: SAMPLE_WIDTH, height: SAMPLE_HEIGHT }).getContext('2d', { willReadFrequently: true })!;
  const counts = countsFrames(video);
  let timer: ReturnType<typeof setTimeout> | undefined;
  let callback: number | undefined;
  let counted: Counted;
  let previous: Uint8ClampedArray | undefined;
  let activeAt = 0;
  let frameAt = 0;
  let sampledAt = 0;
  let darkSince: number | undefined;
  let health = { dark: false, frozen: false };
  /** Counts pauses and resumes, so that a sample that ends after one is dropped. */
  let runs = 0;

  const presented = () => {
    frameAt = performance.now();
    callback = video.requestVideoFrameCallback(presented);
  };
  const delay = (now: number): number => {
    if (health.dark || health.frozen || (!previous && now - activeAt < HealthThreshold.frozenMs)) return SOON_MS;
    const due = [frameAt + HealthThreshold.frozenMs - now, darkSince === undefined ? 0 : darkSince + HealthThreshold.darkMs - now];
    return Math.min(HealthThreshold.videoSampleMs, ...due.filter(ms => ms > 0).map(ms => Math.ceil(ms) + 1));
  };
  const read = async (run: number) => {
    const now = performance.now();
    const seen = !health.frozen || now - sampledAt >= HealthThreshold.videoSampleMs ? await sample(video, context) : undefined;
    if (run !== runs) return; // paused (or paused and resumed) meanwhile
    if (seen) sampledAt = now;
    const frames = counts ? framesCounted(video) : undefined;
    if (frames !== counted || (seen && !same(previous, seen.luma))) frameAt = now;
    counted = frames;
    previous = seen?.luma ?? previous;
    const dark = seen ? seen.dark : darkSince !== undefined;
    darkSince = dark ? (darkSince ?? now) : undefined;
    health = { dark: darkSince !== undefined && now - darkSince >= HealthThreshold.darkMs, frozen: now - frameAt >= HealthThreshold.frozenMs };
    report(health);
    timer = setTimeout(() => void read(run), delay(now));
  };
  const setActive = (active: boolean) => {
    if (active === (timer !== undefined)) return;
    clearTimeout(timer);
    timer = undefined;
    runs++;
    if (callback !== undefined) video.cancelVideoFrameCallback(callback);
    callback = undefined;
    previous = darkSince = counted = undefined;
    health = { dark: false, frozen: false };
    activeAt = frameAt = performance.now();
    if (!active) return;
    if (!counts && 'requestVideoFrameCallback' in video) callback = video.requestVideoFrameCallback(presented);
    const run = runs;
    timer = setTimeout(() => void read(run));
  };
  return { setActive, dispose: () => setActive(false) };
}
