/**
 * The toolbar's Theme switch: every story on a page in the light or the dark scheme, or with a brand theme that
 * sets only the kit's `--lme-*` tokens. The scheme is the page's `color-scheme`, which the kit's `light-dark()`
 * colours follow, as a page would set it; the wrapper is that page (its background and text are the browser's
 * `Canvas` and `CanvasText`, its font a sans-serif one). scripts/check-stories.mjs turns `data-lme-scheme` too, to
 * check and photograph each story in both schemes without rendering it again.
 */
import type { Decorator } from '@storybook/web-components-vite';
import { html } from 'lit';

/** The toolbar's global: `light` (the default), `dark` or `brand`. */
export const THEME_GLOBAL = 'theme';

export type StoryTheme = 'light' | 'dark' | 'brand';

/** A brand: only tokens, each a light-dark() pair, so that it holds in both schemes. */
export const BRAND_TOKENS = `
  --lme-accent: light-dark(#6b2fa3, #d7b8f5);
  --lme-on-accent: light-dark(#fff, #2d0b4d);
  --lme-surface: light-dark(#fbf7ff, #2a2233);
  --lme-on-surface: light-dark(#2d1f3a, #f1e8f8);
  --lme-muted-color: light-dark(#5f5169, #c1b3cc);
  --lme-border-color: light-dark(#8a7a96, #9d8ca9);
  --lme-danger: light-dark(#a8200d, #ffb4a6);
  --lme-stage: #2d1f3a;
  --lme-radius: 1rem;
  --lme-space: 0.6rem;
  --lme-control-height: 2.75rem;
  --lme-font: 500 15px/1.4 Georgia, 'DejaVu Serif', serif;
  --lme-focus-ring: 3px dashed light-dark(#b35c00, #ffb870);
`;

const PAGE_STYLES = `
  [data-lme-scheme] { color-scheme: light; }
  [data-lme-scheme='dark'] { color-scheme: dark; }
  .lme-page { background: Canvas; color: CanvasText; font: 16px/1.5 system-ui, 'DejaVu Sans', sans-serif; }
  .sb-main-padded .lme-page { margin: -1rem; padding: 1rem; min-block-size: calc(100vh - 2rem); }
  .lme-brand { ${BRAND_TOKENS} }
`;

function addPageStyles(): void {
  if (document.getElementById('lme-page-styles')) return;
  const style = Object.assign(document.createElement('style'), { id: 'lme-page-styles', textContent: PAGE_STYLES });
  document.head.append(style);
}

/** Shows the story on a page in the toolbar's theme (a story may set its own with `globals: { theme }`). */
export const withTheme: Decorator = (story, { globals, viewMode }) => {
  addPageStyles();
  const theme = (globals[THEME_GLOBAL] as StoryTheme | undefined) ?? 'light';
  const scheme = theme === 'dark' ? 'dark' : 'light';
  // A story on its own is the whole page; on a docs page, each story is a page of its own in the docs.
  if (viewMode === 'story') document.documentElement.dataset.lmeScheme = scheme;
  return html`<div class="lme-page ${theme === 'brand' ? 'lme-brand' : ''}" data-lme-scheme=${scheme}>${story()}</div>`;
};

export const themeToolbar = {
  [THEME_GLOBAL]: {
    description: "The page's colour scheme, which the kit follows, or a brand theme that sets only the --lme-* tokens.",
    toolbar: {
      title: 'Theme',
      icon: 'contrast',
      items: [
        { value: 'light', title: 'Light', right: 'color-scheme: light' },
        { value: 'dark', title: 'Dark', right: 'color-scheme: dark' },
        { value: 'brand', title: 'Brand', right: 'only --lme-* tokens' },
      ],
      dynamicTitle: true,
    },
  },
};

/** A story shown in the dark scheme, whatever the toolbar says (each element has one: `InTheDark`). */
export const inTheDark = { globals: { [THEME_GLOBAL]: 'dark' } };
