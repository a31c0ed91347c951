import { css } from 'lit';

/**
 * The kit's selects (class `select`), drawn from the tokens as the buttons are (control-styles.ts; a module of its
 * own, as Lit's `css` is kept by bundlers wherever its module is imported); an element maps its own custom
 * properties onto the private `--_s-*` ones. Native selects don't inherit the page's font: `font: inherit` does it.
 */
export const selectStyles = css`
  .select {
    box-sizing: border-box;
    min-inline-size: 12em;
    min-block-size: var(--_lme-control-height);
    padding: var(--_s-padding, 0 var(--_lme-space));
    border: var(--_s-border, 1px solid var(--_lme-border));
    border-radius: var(--_s-radius, var(--_lme-radius));
    background: var(--_s-background, var(--_lme-surface));
    color: var(--_s-color, var(--_lme-on-surface));
    font: inherit;
  }

  .select:focus-visible {
    outline: var(--_s-focus-ring, var(--_lme-focus-ring));
    outline-offset: 1px;
  }

  .select:disabled {
    opacity: 0.55;
  }
`;
