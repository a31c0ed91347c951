import { html } from 'lit';
import { CaptureElement, showStream, type CaptureStrings } from './capture-element.js';
import type { LocalizeController } from './localize-controller.js';
import { CaptureState } from '../core/constants.js';

/** The texts every preview has: its capture element's, and the `<video>`'s accessible name. */
export type PreviewStrings = CaptureStrings & Record<'video-label', string>;

/**
 * What `<camera-preview>` and `<screen-preview>` share: a frame (part `frame`) with the `<video>` (part `video`)
 * and an overlay of messages and controls over it, and the status region. The video is always muted (a preview
 * never plays the sound it captures), inline and autoplaying, which together let a live picture play without a
 * gesture on every browser, and it shows the stream only while live. Subclasses fill the overlay.
 */
export abstract class PreviewElement extends CaptureElement {
  protected abstract override readonly text: LocalizeController<PreviewStrings>;

  protected get video(): HTMLVideoElement {
    return this.renderRoot.querySelector('video')!;
  }

  protected override updated(): void {
    showStream(this.video, this.state === CaptureState.Live ? this.stream : null);
  }

  protected override render() {
    return html`
      <div part="frame" class="frame">
        <video
          part="video"
          class=${this.videoClass()}
          aria-label=${this.text.t('video-label')}
          .muted=${true}
          autoplay
          playsinline
          disablepictureinpicture
          @resize=${this.videoResized}
          @loadedmetadata=${this.videoResized}
        ></video>
        <div class="overlay">${this.renderOverlay()}</div>
      </div>
      ${this.renderStatus()}
    `;
  }

  /** What shows over the video in the current state: slots, with default texts from `message()`. */
  protected abstract renderOverlay(): unknown;

  /** A slot's default text (part `message`). */
  protected message(text: string) {
    return html`<span part="message">${text}</span>`;
  }

  /** Hook: the `<video>`'s class. */
  protected videoClass(): string {
    return '';
  }

  /** Hook: the video's size is known or changed. */
  protected videoResized(): void {}
}
