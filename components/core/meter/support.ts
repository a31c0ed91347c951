/** Whether a meter can be drawn in a worker (see canvas-meters.ts), known without loading that code. */
export const canvasMeters = {
  /** The worker failed to start on this page (a blocked or missing script): no meter tries again. */
  failed: false,
};

/** Whether this browser can draw meters in a worker: module workers, OffscreenCanvas, transferable canvases. */
export function canvasMetersSupported(): boolean {
  return (
    !canvasMeters.failed &&
    typeof Worker === 'function' &&
    typeof OffscreenCanvas === 'function' &&
    typeof HTMLCanvasElement === 'function' &&
    'transferControlToOffscreen' in HTMLCanvasElement.prototype &&
    typeof AudioWorkletNode === 'function'
  );
}
