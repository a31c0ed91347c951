import type { ReactiveController } from 'lit';
import type { CaptureElement } from '../base/capture-element.js';
import { previewVideo } from '../base/preview.js';
import { CaptureState } from '../core/constants.js';
import { extensionFor } from '../core/recording.js';

/** The `<video>` of a live preview once it has a frame to draw; an InvalidStateError unless the preview is live. */
export async function firstFrame(preview: CaptureElement): Promise<HTMLVideoElement> {
  const notLive = () => new DOMException(`<${preview.localName}> is not live (state="${preview.state}").`, 'InvalidStateError');
  if (preview.state !== CaptureState.Live) throw notLive();
  await preview.updateComplete;
  const video = previewVideo(preview);
  if (video.readyState < HTMLMediaElement.HAVE_CURRENT_DATA || video.videoWidth === 0) {
    await new Promise<void>((resolve, reject) => {
      const done = () => {
        video.removeEventListener('loadeddata', done);
        preview.removeEventListener('statechange', done);
        if (preview.state === CaptureState.Live && video.videoWidth > 0) resolve();
        else reject(notLive());
      };
      video.addEventListener('loadeddata', done);
      preview.addEventListener('statechange', done);
    });
  }
  return video;
}

export interface PhotoFieldHost extends CaptureElement {
  /** Invalid without a photo. */
  readonly required: boolean;
}

/**
 * A preview as a form control, as `<input type="file" capture>` is one, with the live picture: its value in the
 * form is the last photo taken, as a File (`photo.png`, `photo.jpg` ...); `required` makes it invalid
 * (`valueMissing`, with `message()`) until there is one. The host is form-associated, and forwards its reset.
 */
export class PhotoField implements ReactiveController {
  #file: File | null = null;

  constructor(
    private readonly host: PhotoFieldHost,
    private readonly internals: ElementInternals,
    private readonly message: () => string,
  ) {
    host.addController(this);
  }

  /** The last photo, or null. */
  get file(): File | null {
    return this.#file;
  }

  /** Keeps `photo` as the value; returns it. */
  keep(photo: Blob): Blob {
    this.#file = new File([photo], `photo.${extensionFor(photo.type)}`, { type: photo.type });
    this.#sync();
    return photo;
  }

  clear(): void {
    this.#file = null;
    this.#sync();
  }

  hostUpdated(): void {
    this.#sync(); // `required` or the language may have changed
  }

  #sync(): void {
    this.internals.setFormValue(this.#file);
    if (this.host.required && !this.#file) this.internals.setValidity({ valueMissing: true }, this.message());
    else this.internals.setValidity({});
  }
}
