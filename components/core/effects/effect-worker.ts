/// <reference lib="webworker" />
/**
 * The effect worker: segments the camera's frames and draws them with their effect, off the page's main thread.
 * Frames come either as a stream (Chromium's MediaStreamTrackProcessor readable, transferred here, with the
 * generator's writable for the output) or one by one as VideoFrames posted by the page (every other browser:
 * each result goes back as an ImageBitmap). The segmentation runs at most one frame in three of the worker's time
 * (see {@link segmentDue}); the frames in between reuse the last mask, so the picture keeps the camera's rate.
 */
import { Compositor } from './compositor.js';
import type { FromWorker, ToWorker } from './effect-types.js';
import { Segmenter } from './segmenter.js';

const scope = self as unknown as DedicatedWorkerGlobalScope;
const segmenter = new Segmenter();
const compositor = new Compositor();
let ready = false;
let stopped = false;
let segmentedAt = -Infinity;
let reportedReady = false;

const post = (message: FromWorker, transfer: Transferable[] = []) => scope.postMessage(message, transfer);

/** Whether this frame should be segmented: the segmentation gets at most a third of the time, and 20 runs a second. */
function segmentDue(now: number): boolean {
  return now - segmentedAt >= Math.max(50, 3 * segmenter.inferenceMs);
}

/** Draws one frame with the effect; closes it. */
function process(frame: VideoFrame): OffscreenCanvas {
  const picture = compositor.take(frame, frame.displayWidth, frame.displayHeight);
  frame.close();
  const now = performance.now();
  if (segmentDue(now)) {
    segmenter.run(picture);
    segmentedAt = now;
  }
  return compositor.draw(segmenter.mask);
}

function announceReady(): void {
  if (reportedReady) return;
  reportedReady = true;
  post({ type: 'ready', inferenceMs: segmenter.inferenceMs });
}

async function pipe(readable: ReadableStream<VideoFrame>, writable: WritableStream<VideoFrame>): Promise<void> {
  const reader = readable.getReader();
  const writer = writable.getWriter();
  try {
    while (!stopped) {
      const { value: frame, done } = await reader.read();
      if (done) break;
      const { timestamp } = frame;
      const output = new VideoFrame(process(frame), { timestamp, alpha: 'discard' });
      await writer.write(output);
      announceReady();
    }
  } finally {
    reader.cancel().catch(() => {});
    writer.close().catch(() => {});
  }
}

scope.onmessage = async ({ data }: MessageEvent<ToWorker>) => {
  switch (data.type) {
    case 'start':
      try {
        await segmenter.load(data.assets);
        ready = true;
        if (data.readable && data.writable) await pipe(data.readable, data.writable);
      } catch (error) {
        post({ type: 'error', message: error instanceof Error ? error.message : String(error) });
      }
      return;
    case 'settings':
      compositor.effect = { effect: data.effect, blurRadius: data.blurRadius, ...(data.background ? { background: data.background } : {}) };
      return;
    case 'frame': {
      if (!ready || stopped) {
        data.frame.close();
        post({ type: 'frame', bitmap: null });
        return;
      }
      const bitmap = process(data.frame).transferToImageBitmap();
      // transferToImageBitmap leaves the canvas blank: the next frame draws it whole again.
      post({ type: 'frame', bitmap }, [bitmap]);
      announceReady();
      return;
    }
    case 'stop':
      stopped = true;
      segmenter.close();
      compositor.close();
      scope.close();
  }
};
