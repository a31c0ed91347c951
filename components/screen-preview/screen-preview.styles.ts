import { css } from 'lit';
import { buttonStyles } from '../base/control-styles.js';
import { previewStyles } from '../base/preview-styles.js';
import { statusStyles } from '../base/status-styles.js';

export const styles = [
  statusStyles,
  ...previewStyles('screen-preview', { ratio: '16 / 9', fit: 'contain' }),
  buttonStyles,
  css`
    .button {
      --_b-border: var(--screen-preview-button-border);
      --_b-radius: var(--screen-preview-button-radius);
      --_b-on-background: var(--screen-preview-button-background);
      --_b-on-color: var(--screen-preview-button-color);
      --_b-focus-ring: var(--screen-preview-focus-ring);
    }
  `,
];
