/** Still pictures of a live camera: a frame drawn at its own size, or the camera's own photo (Image Capture). */
import { CaptureState } from './constants.js';

export interface EncodeOptions {
  /** An image MIME type for `canvas.toBlob()`; default `image/png`. */
  type?: string;
  /** 0..1, for lossy types. */
  quality?: number;
  /** Flip horizontally. */
  mirror?: boolean;
}

/** How `<camera-preview>`'s `snapshot()` and `takePhoto()` encode; `mirror` defaults to the preview's own. */
export type SnapshotOptions = EncodeOptions;

/** A capture element, as its stills see it: its state, and its `statechange` events. */
export interface StillSource extends EventTarget {
  readonly localName: string;
  readonly state: string;
  readonly updateComplete: Promise<unknown>;
}

/**
 * The `<video>` that `source` shows, once it has a frame to draw. Rejects with an `InvalidStateError` DOMException
 * unless `source` is live, or when it stops being live first.
 */
export async function liveFrame(source: StillSource, shown: () => HTMLVideoElement): Promise<HTMLVideoElement> {
  const notLive = () => new DOMException(`<${source.localName}> is not live (state="${source.state}").`, 'InvalidStateError');
  if (source.state !== CaptureState.Live) throw notLive();
  await source.updateComplete;
  const video = shown();
  if (video.readyState >= HTMLMediaElement.HAVE_CURRENT_DATA && video.videoWidth > 0) return presented(video);
  await new Promise<void>((resolve, reject) => {
    const done = () => {
      video.removeEventListener('loadeddata', done);
      source.removeEventListener('statechange', done);
      if (source.state === CaptureState.Live && video.videoWidth > 0) resolve();
      else reject(notLive());
    };
    video.addEventListener('loadeddata', done);
    source.addEventListener('statechange', done);
  });
  return presented(video);
}

/**
 * `video` once it has presented a frame: WebKit on a busy machine reports a current frame (`loadeddata`, a size)
 * before it can draw one, and a still taken then is black. Where `requestVideoFrameCallback` is missing, or no frame
 * comes within 250 ms (a video not rendered, e.g. hidden), as it is.
 */
function presented(video: HTMLVideoElement): Promise<HTMLVideoElement> {
  if (!('requestVideoFrameCallback' in video)) return Promise.resolve(video);
  return new Promise(resolve => {
    const timer = setTimeout(() => (video.cancelVideoFrameCallback(handle), resolve(video)), 250);
    const handle = video.requestVideoFrameCallback(() => (clearTimeout(timer), resolve(video)));
  });
}

/** Draws `image` (`width`×`height`) on a canvas of that size, flipped if asked, and encodes it. */
export function encodeImage(image: CanvasImageSource, width: number, height: number, options: EncodeOptions = {}): Promise<Blob> {
  const canvas = document.createElement('canvas');
  canvas.width = width;
  canvas.height = height;
  const context = canvas.getContext('2d')!;
  if (options.mirror) {
    context.translate(width, 0);
    context.scale(-1, 1);
  }
  context.drawImage(image, 0, 0, width, height);
  return new Promise((resolve, reject) =>
    canvas.toBlob(
      blob => (blob ? resolve(blob) : reject(new DOMException('The frame could not be encoded.', 'EncodingError'))),
      options.type ?? 'image/png',
      options.quality,
    ),
  );
}

interface ImageCaptureLike {
  getPhotoCapabilities(): Promise<{ imageWidth?: { max?: number }; imageHeight?: { max?: number } }>;
  takePhoto(settings?: { imageWidth?: number; imageHeight?: number }): Promise<Blob>;
}
type ImageCaptureConstructor = new (track: MediaStreamTrack) => ImageCaptureLike;

/**
 * The camera's own photo at its largest size, through Image Capture; undefined where the browser has none or the
 * camera refuses (the caller then takes a frame). Re-encoded only when a mirror or another type is asked for.
 */
export async function cameraPhoto(track: MediaStreamTrack, options: EncodeOptions): Promise<Blob | undefined> {
  const Capture = (globalThis as { ImageCapture?: ImageCaptureConstructor }).ImageCapture;
  if (!Capture) return undefined;
  try {
    const capture = new Capture(track);
    const { imageWidth, imageHeight } = await capture.getPhotoCapabilities();
    const photo = await capture.takePhoto({ imageWidth: imageWidth?.max, imageHeight: imageHeight?.max });
    if (!options.mirror && (!options.type || options.type === photo.type)) return photo;
    const bitmap = await createImageBitmap(photo);
    const blob = await encodeImage(bitmap, bitmap.width, bitmap.height, options);
    bitmap.close();
    return blob;
  } catch {
    return undefined;
  }
}
