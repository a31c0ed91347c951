import type { EffectProcessor } from '../../components/core/effects/effect-types.js';

/**
 * An app's own effect for `<camera-preview>.processor`, in a few lines: the camera's frames drawn grey on a canvas,
 * whose captured stream is the processed track. (A worker with MediaStreamTrackProcessor would keep it off the main
 * thread where the browser has one; this works in every browser.)
 */
export function grayscale(): EffectProcessor {
  const video = document.createElement('video');
  const canvas = document.createElement('canvas');
  let timer: ReturnType<typeof setInterval> | undefined;
  return {
    start(track) {
      Object.assign(video, { muted: true, srcObject: new MediaStream([track]) });
      video.play().catch(() => {}); // stop() may come first
      const context = canvas.getContext('2d')!;
      const draw = () => {
        if (!video.videoWidth) return;
        Object.assign(canvas, video.videoWidth !== canvas.width ? { width: video.videoWidth, height: video.videoHeight } : {});
        context.globalCompositeOperation = 'copy';
        context.drawImage(video, 0, 0);
        // The saturation of grey (none) over the frame's hue and luminosity (WebKit's canvas has no `filter`).
        context.globalCompositeOperation = 'saturation';
        context.fillStyle = '#808080';
        context.fillRect(0, 0, canvas.width, canvas.height);
      };
      timer = setInterval(draw, 1000 / 30);
      return canvas.captureStream(30).getVideoTracks()[0]!;
    },
    stop() {
      clearInterval(timer);
      video.srcObject = null;
    },
  };
}
