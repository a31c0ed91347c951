import { css } from 'lit';

export const styles = css`
  :host {
    display: inline-block;
    font: var(--media-recorder-font, 14px/1.4 system-ui, sans-serif);
    color: var(--media-recorder-color, inherit);
  }

  :host([hidden]) {
    display: none;
  }

  [part~='controls'] {
    display: inline-flex;
    align-items: center;
    gap: var(--media-recorder-gap, 0.5em);
  }

  button {
    font: inherit;
    padding: var(--media-recorder-button-padding, 0.35em 0.9em);
    border: var(--media-recorder-button-border, 1px solid currentColor);
    border-radius: var(--media-recorder-button-radius, 999px);
    background: var(--media-recorder-button-background, transparent);
    color: inherit;
    cursor: pointer;
  }

  button:disabled {
    opacity: 0.5;
    cursor: not-allowed;
  }

  button:focus-visible {
    outline: var(--media-recorder-focus-ring, 2px solid Highlight);
    outline-offset: 2px;
  }

  [part~='record-button']::before {
    content: '';
    display: inline-block;
    inline-size: 0.7em;
    block-size: 0.7em;
    margin-inline-end: 0.4em;
    border-radius: 50%;
    background: var(--media-recorder-accent, #d11);
  }

  [part~='timer'] {
    font-variant-numeric: tabular-nums;
    min-inline-size: 3.5em;
  }

  :host([state='recording']) [part~='timer'] {
    color: var(--media-recorder-accent, #d11);
  }

  :host([state='paused']) [part~='timer'] {
    animation: blink 1s steps(2, start) infinite;
  }

  @keyframes blink {
    to {
      visibility: hidden;
    }
  }

  @media (prefers-reduced-motion: reduce) {
    :host([state='paused']) [part~='timer'] {
      animation: none;
    }
  }
`;
