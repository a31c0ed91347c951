import { css } from 'lit';

/**
 * The kit's design tokens, resolved once on each element's host. A page themes the whole kit with the public
 * `--lme-*` properties (one rule on `:root`); each element's own `--<element>-*` properties fall back to these
 * private `--_lme-*` ones, so an element's own property still wins for that element.
 *
 * Colours are `light-dark()` pairs: they follow the page's `color-scheme` as native controls do (a page with
 * `color-scheme: light dark` follows the person's preference, one that declares nothing stays light). A token set
 * by the page may be a `light-dark()` pair too. Engines without `light-dark()` (Safari before 17.5) get the light
 * values. Every pair keeps text at 4.5:1 or more on the surfaces it is drawn on, and borders at 3:1.
 */
export const themeStyles = css`
  :host {
    --_lme-accent: var(--lme-accent, light-dark(#0b57d0, #a8c7fa));
    --_lme-on-accent: var(--lme-on-accent, light-dark(#fff, #062e6f));
    --_lme-surface: var(--lme-surface, light-dark(#fff, #1f2023));
    --_lme-on-surface: var(--lme-on-surface, light-dark(#1f1f1f, #e3e3e3));
    --_lme-muted: var(--lme-muted-color, light-dark(#5c5f63, #a9acb0));
    --_lme-border: var(--lme-border-color, light-dark(#747775, #8e918f));
    --_lme-danger: var(--lme-danger, light-dark(#b3261e, #ff8a80));
    --_lme-stage: var(--lme-stage, #1b1c1f);
    --_lme-on-stage: var(--lme-on-stage, #eee);
    /* No fallback: unset, it is invalid, and each element's font falls back to \`inherit\`. */
    --_lme-font: var(--lme-font);
    --_lme-radius: var(--lme-radius, 0.5rem);
    --_lme-space: var(--lme-space, 0.5rem);
    --_lme-control-height: var(--lme-control-height, 2.5rem);
    --_lme-focus-ring: var(--lme-focus-ring, 2px solid var(--_lme-accent));
  }

  @supports not (color: light-dark(#000, #fff)) {
    :host {
      --_lme-accent: var(--lme-accent, #0b57d0);
      --_lme-on-accent: var(--lme-on-accent, #fff);
      --_lme-surface: var(--lme-surface, #fff);
      --_lme-on-surface: var(--lme-on-surface, #1f1f1f);
      --_lme-muted: var(--lme-muted-color, #5c5f63);
      --_lme-border: var(--lme-border-color, #747775);
      --_lme-danger: var(--lme-danger, #b3261e);
    }
  }

  @media (prefers-reduced-motion: reduce) {
    *,
    ::before,
    ::after {
      animation: none !important;
      transition: none !important;
    }
  }
`;
