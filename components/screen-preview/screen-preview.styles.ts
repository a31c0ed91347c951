import { css } from 'lit';

export const styles = css`
  :host {
    display: block;
    position: relative;
    overflow: hidden;
    background: var(--screen-preview-background, #111);
    color: var(--screen-preview-color, #eee);
    font: var(--screen-preview-font, 14px/1.4 system-ui, sans-serif);
    contain: content;
  }

  :host([hidden]) {
    display: none;
  }

  .frame {
    position: relative;
    inline-size: 100%;
    aspect-ratio: var(--screen-preview-aspect-ratio, 16 / 9);
  }

  video {
    position: absolute;
    inset: 0;
    inline-size: 100%;
    block-size: 100%;
    object-fit: var(--screen-preview-object-fit, contain);
  }

  :host(:not([state='live'])) video {
    visibility: hidden;
  }

  .overlay {
    position: absolute;
    inset: 0;
    display: flex;
    flex-direction: column;
    gap: 0.75em;
    align-items: center;
    justify-content: center;
    padding: 1em;
    text-align: center;
    box-sizing: border-box;
  }

  .overlay:empty {
    display: none;
  }

  [part~='start-button'] {
    font: inherit;
    padding: 0.5em 1.2em;
    border: var(--screen-preview-button-border, 1px solid currentColor);
    border-radius: var(--screen-preview-button-radius, 999px);
    background: var(--screen-preview-button-background, transparent);
    color: inherit;
    cursor: pointer;
  }

  [part~='start-button']:focus-visible {
    outline: var(--screen-preview-focus-ring, 2px solid Highlight);
    outline-offset: 2px;
  }
`;
