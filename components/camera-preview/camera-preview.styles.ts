import { css } from 'lit';

export const styles = css`
  :host {
    display: block;
    position: relative;
    overflow: hidden;
    background: var(--camera-preview-background, #111);
    color: var(--camera-preview-color, #eee);
    font: var(--camera-preview-font, 14px/1.4 system-ui, sans-serif);
    contain: content;
  }

  :host([hidden]) {
    display: none;
  }

  .frame {
    position: relative;
    width: 100%;
    aspect-ratio: var(--camera-preview-aspect-ratio, var(--_ratio, 4 / 3));
  }

  video {
    position: absolute;
    inset: 0;
    width: 100%;
    height: 100%;
    object-fit: var(--camera-preview-object-fit, cover);
    background: transparent;
  }

  video.mirrored {
    transform: scaleX(-1);
  }

  video:not(.live) {
    visibility: hidden;
  }

  .overlay {
    position: absolute;
    inset: 0;
    display: flex;
    align-items: center;
    justify-content: center;
    padding: 1em;
    text-align: center;
    box-sizing: border-box;
  }

  .overlay:empty {
    display: none;
  }
`;
