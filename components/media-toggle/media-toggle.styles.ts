import { css } from 'lit';
import { buttonStyles } from '../base/control-styles.js';
import { themeStyles } from '../base/theme.js';

export const styles = [
  themeStyles,
  buttonStyles,
  css`
    :host {
      display: inline-block;
      font: var(--media-toggle-font, var(--_lme-font, inherit));
    }

    :host([hidden]) {
      display: none;
    }

    .button {
      --_b-padding: var(--media-toggle-padding);
      --_b-border: var(--media-toggle-border);
      --_b-radius: var(--media-toggle-radius);
      --_b-background: var(--media-toggle-background);
      --_b-color: var(--media-toggle-color);
      --_b-on-background: var(--media-toggle-pressed-background);
      --_b-on-color: var(--media-toggle-pressed-color);
      --_b-focus-ring: var(--media-toggle-focus-ring);
    }
  `,
];
