import { css } from 'lit';
import { previewStyles } from '../base/preview-styles.js';
import { statusStyles } from '../base/status-styles.js';

export const styles = [
  statusStyles,
  previewStyles('screen-preview', { ratio: '16 / 9', fit: 'contain' }),
  css`
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
  `,
];
