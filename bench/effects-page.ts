// The effects benchmark page: ?mode=raw|preview|blur|background&size=WxH shows the fake camera at that size, as a
// plain <video> (the bare platform), a <camera-preview> without an effect, or with one; `&relay=frames` hides
// MediaStreamTrackProcessor, so the effect takes the path of the browsers without it (core/effects/frame-relay.ts).
// bench/effects.mjs measures it, bench/trace.mjs traces it.
import '../components/camera-preview/define.js';
import type { CameraPreview } from '../components/camera-preview/camera-preview.js';

declare global {
  interface Window {
    benchResult?: unknown;
    /** Frames the shown <video> presented since it started. */
    presented: () => number;
  }
}

const params = new URLSearchParams(location.search);
const mode = params.get('mode') ?? 'raw';
const [width, height] = (params.get('size') ?? '640x480').split('x').map(Number) as [number, number];
if (params.get('relay') === 'frames') delete (globalThis as { MediaStreamTrackProcessor?: unknown }).MediaStreamTrackProcessor;

/**
 * The frames `video` shows are read from its playback quality when the bench asks (requestVideoFrameCallback would
 * count them too, but wakes the page's main thread for every frame: a cost of the counting, not of the picture).
 */
function count(video: HTMLVideoElement): void {
  window.presented = () => {
    const quality = video.getVideoPlaybackQuality();
    return quality.totalVideoFrames - quality.droppedVideoFrames;
  };
  if (params.get('count') === 'rvfc') {
    let presented = 0;
    const next = () => {
      presented++;
      video.requestVideoFrameCallback(next);
    };
    video.requestVideoFrameCallback(next);
    window.presented = () => presented;
  }
}

/** A plain background image, drawn here. */
function backdrop(): string {
  const canvas = Object.assign(document.createElement('canvas'), { width: 320, height: 180 });
  const context = canvas.getContext('2d')!;
  context.fillStyle = '#6fa8dc';
  context.fillRect(0, 0, 320, 180);
  return canvas.toDataURL('image/png');
}

async function setUp(): Promise<unknown> {
  if (mode === 'raw') {
    const stream = await navigator.mediaDevices.getUserMedia({ video: { width, height } });
    const video = Object.assign(document.body.appendChild(document.createElement('video')), { muted: true, autoplay: true, srcObject: stream });
    video.style.inlineSize = '480px';
    count(video);
    return { width: stream.getVideoTracks()[0]!.getSettings().width };
  }
  const preview = document.createElement('camera-preview') as CameraPreview;
  preview.resolution = `${width}x${height}`;
  preview.style.inlineSize = '480px';
  if (mode === 'blur' || mode === 'background') preview.effect = mode;
  if (mode === 'background') preview.backgroundImage = backdrop();
  document.body.appendChild(preview);
  await new Promise<void>(resolve => {
    // Polled (effect-state has no event), then stopped: a timer left running would be counted as the page's work.
    const timer = setInterval(() => {
      if (mode === 'preview' ? preview.state !== 'live' : preview.effectState !== 'on' && preview.effectState !== 'error') return;
      clearInterval(timer);
      resolve();
    }, 50);
  });
  count(preview.shadowRoot!.querySelector('video')!);
  return { effectState: preview.effectState ?? null, width: preview.cameraStream?.getVideoTracks()[0]?.getSettings().width };
}

setUp().then(result => (window.benchResult = result), error => (window.benchResult = { error: String(error) }));
