import { css } from 'lit';
import { previewStyles } from '../base/preview-styles.js';
import { browserControlStyles } from '../base/browser-control-styles.js';
import { statusStyles } from '../base/status-styles.js';

export const styles = [
  statusStyles,
  browserControlStyles,
  // --_ratio is the live camera's own ratio, set by the element.
  ...previewStyles('camera-preview', { ratio: 'var(--_ratio, 4 / 3)', fit: 'cover' }),
  css`
    video.mirrored {
      transform: scaleX(-1);
    }
  `,
];
