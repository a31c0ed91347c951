import { css } from 'lit';

export const styles = css`
  :host {
    display: inline-block;
    font: var(--media-toggle-font, inherit);
  }

  :host([hidden]) {
    display: none;
  }

  button {
    font: inherit;
    padding: var(--media-toggle-padding, 0.35em 0.9em);
    border: var(--media-toggle-border, 1px solid currentColor);
    border-radius: var(--media-toggle-radius, 999px);
    background: var(--media-toggle-background, transparent);
    color: var(--media-toggle-color, inherit);
    cursor: pointer;
  }

  button[aria-pressed='true'] {
    background: var(--media-toggle-pressed-background, #d11);
    color: var(--media-toggle-pressed-color, #fff);
  }

  button:disabled {
    opacity: 0.5;
    cursor: not-allowed;
  }

  button:focus-visible {
    outline: var(--media-toggle-focus-ring, 2px solid Highlight);
    outline-offset: 2px;
  }
`;
