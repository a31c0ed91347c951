import { css } from 'lit';

/**
 * The kit's buttons (class `button`), drawn from the theme's tokens (theme.ts). An element maps its own custom
 * properties onto the private `--_b-*` ones (`--_b-border: var(--media-toggle-border)`): one that the page left
 * unset is invalid there, so the token's value applies.
 *
 * `.primary` is the element's main action, `[aria-pressed=true]` a toggle that is on: both filled with the accent.
 * An icon (icons.ts) sits before the label and takes its colour.
 */
export const buttonStyles = css`
  .button {
    display: inline-flex;
    align-items: center;
    justify-content: center;
    gap: var(--_lme-space);
    box-sizing: border-box;
    min-block-size: var(--_lme-control-height);
    margin: 0;
    padding: var(--_b-padding, 0 calc(var(--_lme-space) * 2));
    border: var(--_b-border, 1px solid var(--_lme-border));
    border-radius: var(--_b-radius, var(--_lme-radius));
    background: var(--_b-background, var(--_lme-surface));
    color: var(--_b-color, var(--_lme-on-surface));
    font: inherit;
    line-height: 1.2;
    text-align: center;
    cursor: pointer;
  }

  .button.primary,
  .button[aria-pressed='true'] {
    border-color: transparent;
    background: var(--_b-on-background, var(--_lme-accent));
    color: var(--_b-on-color, var(--_lme-on-accent));
  }

  .button:hover:not(:disabled) {
    box-shadow: inset 0 0 0 100vmax color-mix(in srgb, currentColor 10%, transparent);
  }

  .button:disabled {
    opacity: 0.55;
    cursor: not-allowed;
  }

  .button:focus-visible {
    outline: var(--_b-focus-ring, var(--_lme-focus-ring));
    outline-offset: 2px;
  }

  .icon {
    flex: none;
    inline-size: 1.25em;
    block-size: 1.25em;
    fill: none;
    stroke: currentColor;
    stroke-width: 2;
    stroke-linecap: round;
    stroke-linejoin: round;
  }

  .icon .solid {
    fill: currentColor;
    stroke: none;
  }
`;
