/**
 * The person/background mask, in the effect worker: MediaPipe Tasks' ImageSegmenter (WebAssembly, XNNPACK on the
 * CPU) with MediaPipe's landscape selfie model (256×144), both loaded from the kit's own assets folder. The model
 * ships with the TFLite metadata the Tasks API needs added by scripts/effect-assets.mjs. MediaPipe uploads every
 * input through WebGL2, so a worker without WebGL2 (headless Firefox, WebKitGTK's MiniBrowser) can't segment:
 * `load()` rejects.
 */

/** The parts of @mediapipe/tasks-vision used here (it is loaded at run time from the assets, not bundled). */
interface MaskResult {
  confidenceMasks?: { getAsFloat32Array(): Float32Array; close(): void }[];
}
interface ImageSegmenter {
  segmentForVideo(image: OffscreenCanvas, timestamp: number, callback: (result: MaskResult) => void): void;
  close(): void;
}
interface TasksVision {
  ImageSegmenter: {
    createFromOptions(fileset: { wasmLoaderPath: string; wasmBinaryPath: string }, options: object): Promise<ImageSegmenter>;
  };
}

/** The model's input size (landscape selfie segmentation). */
export const MASK_WIDTH = 256;
export const MASK_HEIGHT = 144;

/** Confidence below LOW is background, above HIGH person; in between, a soft edge. */
const LOW = 0.25;
const HIGH = 0.65;

export class Segmenter {
  readonly #input = new OffscreenCanvas(MASK_WIDTH, MASK_HEIGHT);
  readonly #inputContext = this.#input.getContext('2d', { willReadFrequently: false })!;
  /** The mask as an image: alpha = how much of a person each pixel is. */
  readonly mask = new OffscreenCanvas(MASK_WIDTH, MASK_HEIGHT);
  readonly #maskContext = this.mask.getContext('2d')!;
  readonly #pixels = new ImageData(MASK_WIDTH, MASK_HEIGHT);
  #segmenter: ImageSegmenter | undefined;
  #lastTimestamp = 0;
  /** Milliseconds of the last inference (an average), to pace the next ones. */
  inferenceMs = 0;

  async load(assets: string): Promise<void> {
    if (!new OffscreenCanvas(1, 1).getContext('webgl2')) throw new Error('no WebGL2 in workers here: MediaPipe uploads its input through it');
    const url = (file: string) => new URL(file, assets).href;
    const vision = (await import(/* @vite-ignore */ url('vision_bundle.mjs'))) as TasksVision;
    // The Emscripten module MediaPipe starts takes its settings from `self.Module` when there is one. Its stdout
    // ("Graph successfully started running.") and TFLite's INFO lines on stderr would otherwise be console logs
    // and console *errors* on the app's page at every start; its other stderr lines stay, as warnings.
    (self as { Module?: object }).Module = {
      print: () => {},
      printErr: (line: string) => {
        if (!line.startsWith('INFO:')) console.warn(line);
      },
    };
    this.#segmenter = await vision.ImageSegmenter.createFromOptions(
      { wasmLoaderPath: url('vision_wasm_module_internal.js'), wasmBinaryPath: url('vision_wasm_module_internal.wasm') },
      {
        baseOptions: { modelAssetPath: url('selfie_segmentation_landscape.tflite'), delegate: 'CPU' },
        runningMode: 'VIDEO',
        outputCategoryMask: false,
        outputConfidenceMasks: true,
      },
    );
  }

  /** Segments `frame` and updates {@link mask}. */
  run(frame: CanvasImageSource): void {
    const started = performance.now();
    this.#inputContext.drawImage(frame, 0, 0, MASK_WIDTH, MASK_HEIGHT);
    const timestamp = Math.max(started, this.#lastTimestamp + 1);
    this.#lastTimestamp = timestamp;
    this.#segmenter!.segmentForVideo(this.#input, timestamp, result => {
      const mask = result.confidenceMasks?.[0];
      if (!mask) return;
      const confidence = mask.getAsFloat32Array();
      const alpha = this.#pixels.data;
      for (let i = 0; i < confidence.length; i++) alpha[i * 4 + 3] = (Math.min(Math.max((confidence[i]! - LOW) / (HIGH - LOW), 0), 1) * 255) | 0;
      mask.close();
      this.#maskContext.putImageData(this.#pixels, 0, 0);
    });
    const took = performance.now() - started;
    this.inferenceMs = this.inferenceMs ? this.inferenceMs * 0.8 + took * 0.2 : took;
  }

  close(): void {
    this.#segmenter?.close();
    this.#segmenter = undefined;
  }
}
