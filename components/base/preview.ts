import { html } from 'lit';
import { CaptureState } from '../core/constants.js';
import type { CaptureElement, CaptureStrings } from './capture-element.js';

/** The texts every preview has: its capture element's, and the `<video>`'s accessible name. */
export type PreviewStrings = CaptureStrings & Record<'video-label', string>;

export interface PreviewView {
  /** The `<video>`'s accessible name. */
  label: string;
  /** What shows over the video in the current state: slots, with default texts from {@link previewMessage}. */
  overlay: unknown;
  /** The element's status region. */
  status: unknown;
  /** The `<video>`'s class. */
  videoClass?: string;
  /** The video's size is known or changed. */
  onResize?: () => void;
}

/**
 * What `<camera-preview>` and `<screen-preview>` render: a frame (part `frame`) with the `<video>` (part `video`)
 * and an overlay of messages and controls over it, and the status region (style them with `previewStyles`). The
 * video is always muted (a preview never plays the sound it captures), inline and autoplaying, which together let
 * a live picture play without a gesture on every browser.
 */
export function renderPreview({ label, overlay, status, videoClass = '', onResize }: PreviewView) {
  return html`
    <div part="frame" class="frame">
      <video
        part="video"
        class=${videoClass}
        aria-label=${label}
        .muted=${true}
        autoplay
        playsinline
        disablepictureinpicture
        @resize=${onResize}
        @loadedmetadata=${onResize}
      ></video>
      <div class="overlay">${overlay}</div>
    </div>
    ${status}
  `;
}

/** A slot's default text (part `message`). */
export function previewMessage(text: string) {
  return html`<span part="message">${text}</span>`;
}

/** The preview's `<video>`, once rendered. */
export function previewVideo(element: CaptureElement): HTMLVideoElement {
  return element.renderRoot.querySelector('video')!;
}

/**
 * Shows the element's stream in its video while live, nothing otherwise: from `updated()`. Not a `.srcObject`
 * binding: Lit commits an object binding again on every render, and setting srcObject, even to the same stream,
 * restarts the video's load (and its events re-render: a loop).
 */
export function showWhileLive(element: CaptureElement): void {
  const video = previewVideo(element);
  const stream = element.state === CaptureState.Live ? element.stream : null;
  if (video.srcObject !== stream) video.srcObject = stream;
}
