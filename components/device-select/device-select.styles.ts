import { css } from 'lit';
import { themeStyles } from '../base/theme.js';

export const styles = [
  themeStyles,
  css`
    :host {
      display: inline-flex;
      flex-direction: column;
      gap: calc(var(--_lme-space) / 2);
      font: var(--device-select-font, var(--_lme-font, inherit));
    }

    :host([hidden]) {
      display: none;
    }

    select {
      box-sizing: border-box;
      min-inline-size: 12em;
      min-block-size: var(--_lme-control-height);
      padding: var(--device-select-padding, 0 var(--_lme-space));
      border: var(--device-select-border, 1px solid var(--_lme-border));
      border-radius: var(--device-select-radius, var(--_lme-radius));
      background: var(--device-select-background, var(--_lme-surface));
      color: var(--device-select-color, var(--_lme-on-surface));
      font: inherit;
    }

    select:focus-visible {
      outline: var(--device-select-focus-ring, var(--_lme-focus-ring));
      outline-offset: 1px;
    }

    select:disabled {
      opacity: 0.55;
    }

    .hint {
      font-size: 0.85em;
      color: var(--device-select-hint-color, var(--_lme-muted));
    }
  `,
];
