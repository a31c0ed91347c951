import { css } from 'lit';
import { selectStyles } from '../base/select-styles.js';
import { themeStyles } from '../base/theme.js';

export const styles = [
  themeStyles,
  selectStyles,
  css`
    :host {
      display: inline-flex;
      flex-direction: column;
      gap: calc(var(--_lme-space) / 2);
      font: var(--device-select-font, var(--_lme-font, inherit));
      --_s-padding: var(--device-select-padding);
      --_s-border: var(--device-select-border);
      --_s-radius: var(--device-select-radius);
      --_s-background: var(--device-select-background);
      --_s-color: var(--device-select-color);
      --_s-focus-ring: var(--device-select-focus-ring);
    }

    :host([hidden]) {
      display: none;
    }

    .hint {
      font-size: 0.85em;
      color: var(--device-select-hint-color, var(--_lme-muted));
    }
  `,
];
