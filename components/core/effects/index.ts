/**
 * The camera effects, loaded with `import()` the first time an effect is asked for (never in an element's first
 * download). `startEffect()` runs the built-in blur and background replacement in a worker (effect-worker.ts):
 * Chromium hands the worker the frames as a stream (MediaStreamTrackProcessor and MediaStreamTrackGenerator, the
 * "breakout box"), so the page's main thread does no work per frame; elsewhere frames are relayed one by one
 * (frame-relay.ts). `startProcessor()` runs an app's own {@link EffectProcessor}.
 */
import { effectAssets } from './assets-url.js';
import type { BuiltInEffect, EffectProcessor, FromWorker, ToWorker } from './effect-types.js';
import { relayFrames, type FrameRelay } from './frame-relay.js';

export type { BuiltInEffect, EffectProcessor };

/** A running effect: its output track, ready once it shows the effect. Stopping it ends the output. */
export interface EffectPipeline {
  /** The processed video track. */
  readonly track: MediaStreamTrack;
  /** Resolves once the first frame with the effect is out; rejects when the effect can't run. */
  readonly ready: Promise<void>;
  /** Changes the built-in effect in place: same worker, same track, no gap in the picture. */
  update(effect: BuiltInEffect): void;
  stop(): void;
}

interface Breakout {
  MediaStreamTrackProcessor?: new (init: { track: MediaStreamTrack; maxBufferSize?: number }) => { readable: ReadableStream<VideoFrame> };
  MediaStreamTrackGenerator?: new (init: { kind: 'video' }) => MediaStreamTrack & { writable: WritableStream<VideoFrame> };
}

/** Starts the built-in `effect` on `input`, the camera's own track: read, never stopped here. */
export function startEffect(input: MediaStreamTrack, effect: BuiltInEffect): EffectPipeline {
  const worker = new Worker(new URL('./effect-worker.js', import.meta.url), { type: 'module', name: 'camera-effect' });
  const send = (message: ToWorker, transfer: Transferable[] = []) => worker.postMessage(message, transfer);
  const assets = effectAssets(new URL('./assets/', import.meta.url));
  const { MediaStreamTrackProcessor: Processor, MediaStreamTrackGenerator: Generator } = globalThis as Breakout;
  let relay: FrameRelay | undefined;
  let track: MediaStreamTrack;
  if (Processor && Generator) {
    const { readable } = new Processor({ track: input, maxBufferSize: 2 });
    const generator = new Generator({ kind: 'video' });
    track = generator;
    send({ type: 'start', assets, readable, writable: generator.writable }, [readable as unknown as Transferable, generator.writable as unknown as Transferable]);
  } else {
    relay = relayFrames(input, worker);
    track = relay.track;
    send({ type: 'start', assets });
  }
  const update = ({ effect: name, blurRadius, background }: BuiltInEffect) =>
    send({ type: 'settings', effect: name, blurRadius, ...(background ? { background } : {}) }, background ? [background] : []);
  update(effect);

  let stopped = false;
  const ready = new Promise<void>((resolve, reject) => {
    worker.onmessage = ({ data }: MessageEvent<FromWorker>) => {
      if (data.type === 'ready') resolve();
      else if (data.type === 'error') reject(new Error(data.message));
      else relay?.show(data.bitmap);
    };
    worker.onerror = event => {
      event.preventDefault();
      reject(new Error(event.message || 'the effect worker failed to start'));
    };
  });
  ready.catch(() => {});
  return {
    track,
    ready,
    update,
    stop() {
      if (stopped) return;
      stopped = true;
      send({ type: 'stop' });
      relay?.stop();
      track.stop();
    },
  };
}

/**
 * Runs an app's `processor` on `input` (a track the pipeline owns and stops). `ready` rejects when `start()`
 * throws or gives no video track.
 */
export function startProcessor(input: MediaStreamTrack, processor: EffectProcessor): Omit<EffectPipeline, 'track' | 'update'> & { readonly track: Promise<MediaStreamTrack> } {
  let output: MediaStreamTrack | undefined;
  let stopped = false;
  const track = (async () => {
    const result = await processor.start(input);
    if (!(result instanceof MediaStreamTrack) || result.kind !== 'video') throw new TypeError(`processor.start() gave ${String(result)}, not a video MediaStreamTrack`);
    output = result;
    if (stopped) result.stop();
    return result;
  })();
  const stop = () => {
    if (stopped) return;
    stopped = true;
    try {
      processor.stop();
    } catch (error) {
      console.warn('<camera-preview>: processor.stop() threw', error);
    }
    output?.stop();
    input.stop();
  };
  const ready = track.then(() => {});
  ready.catch(() => {});
  return { track, ready, stop };
}
