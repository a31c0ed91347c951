import { css } from 'lit';
import { buttonStyles } from '../base/control-styles.js';
import { themeStyles } from '../base/theme.js';

export const styles = [
  themeStyles,
  buttonStyles,
  css`
    :host {
      display: inline-block;
      font: var(--media-recorder-font, var(--_lme-font, inherit));
      color: var(--media-recorder-color, inherit);
    }

    :host([hidden]) {
      display: none;
    }

    [part~='controls'] {
      display: inline-flex;
      flex-wrap: wrap;
      align-items: center;
      gap: var(--media-recorder-gap, var(--_lme-space));
    }

    .button {
      --_b-padding: var(--media-recorder-button-padding);
      --_b-border: var(--media-recorder-button-border);
      --_b-radius: var(--media-recorder-button-radius);
      --_b-background: var(--media-recorder-button-background);
      --_b-focus-ring: var(--media-recorder-focus-ring);
    }

    [part~='timer'] {
      display: inline-flex;
      align-items: center;
      gap: 0.4em;
      font-variant-numeric: tabular-nums;
      min-inline-size: 4.5em;
    }

    [part~='timer']::before {
      content: '';
      inline-size: 0.6em;
      block-size: 0.6em;
      border-radius: 50%;
      background: var(--media-recorder-accent, var(--_lme-danger));
      visibility: hidden;
    }

    :host([state='recording']) [part~='timer'] {
      color: var(--media-recorder-accent, var(--_lme-danger));
    }

    :host([state='recording']) [part~='timer']::before {
      visibility: visible;
      animation: pulse 1.2s ease-in-out infinite alternate;
    }

    :host([state='paused']) [part~='timer'] {
      animation: blink 1s steps(2, start) infinite;
    }

    @keyframes pulse {
      to {
        opacity: 0.3;
      }
    }

    @keyframes blink {
      to {
        visibility: hidden;
      }
    }
  `,
];
