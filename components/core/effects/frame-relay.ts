/**
 * The fallback transport where the page has no MediaStreamTrackProcessor (Firefox, WebKit): the camera plays in a
 * detached `<video>`, each new frame goes to the worker as a VideoFrame (one at a time: a busy worker skips frames
 * rather than queueing them), and each result comes back as an ImageBitmap, shown on a `bitmaprenderer` canvas
 * whose `captureStream()` is the processed track. The page's work per frame is a frame copy and two messages.
 */
import type { FromWorker } from './effect-types.js';

export interface FrameRelay {
  track: MediaStreamTrack;
  /** Hands a result from the worker to the canvas. */
  show(bitmap: ImageBitmap | null): void;
  stop(): void;
}

export function relayFrames(input: MediaStreamTrack, worker: Worker): FrameRelay {
  const video: HTMLVideoElement = Object.assign(document.createElement('video'), { muted: true, playsInline: true });
  video.srcObject = new MediaStream([input]);
  void video.play().catch(() => {});
  const canvas = document.createElement('canvas');
  const bitmaps = canvas.getContext('bitmaprenderer');
  const context = bitmaps ? undefined : canvas.getContext('2d')!;
  const track = canvas.captureStream().getVideoTracks()[0]!;
  const frameRate = input.getSettings().frameRate || 30;
  let inFlight = false;
  let lastTime = -1;
  const pump = () => {
    if (inFlight || video.readyState < HTMLMediaElement.HAVE_CURRENT_DATA || video.videoWidth === 0) return;
    // A camera that sends nothing new (stalled, or slower than the timer) is not sent again.
    const quality = video.getVideoPlaybackQuality?.().totalVideoFrames ?? -1;
    const time = quality >= 0 ? quality : video.currentTime;
    if (time === lastTime && quality > 0) return;
    lastTime = time;
    inFlight = true;
    const frame = new VideoFrame(video, { timestamp: Math.round(performance.now() * 1000) });
    worker.postMessage({ type: 'frame', frame }, [frame]);
  };
  const timer = setInterval(pump, 1000 / frameRate);
  return {
    track,
    show(bitmap) {
      inFlight = false;
      if (!bitmap) return;
      if (canvas.width !== bitmap.width || canvas.height !== bitmap.height) Object.assign(canvas, { width: bitmap.width, height: bitmap.height });
      if (bitmaps) bitmaps.transferFromImageBitmap(bitmap);
      else {
        context!.drawImage(bitmap, 0, 0);
        bitmap.close();
      }
    },
    stop() {
      clearInterval(timer);
      video.srcObject = null;
      track.stop();
    },
  };
}

export type { FromWorker };
