import { css, unsafeCSS, type CSSResult } from 'lit';
import { themeStyles } from './theme.js';

/**
 * The theme, the frame, video and message overlay shared by `<camera-preview>` and `<screen-preview>`. `name`
 * prefixes their custom properties (`--camera-preview-background` ...); `ratio` and `fit` are the defaults of
 * `--<name>-aspect-ratio` and `--<name>-object-fit`.
 */
export function previewStyles(name: string, defaults: { ratio: string; fit: string }): CSSResult[] {
  const prefix = unsafeCSS(`--${name}`);
  return [themeStyles, css`
    :host {
      display: block;
      position: relative;
      overflow: hidden;
      border-radius: var(${prefix}-radius, var(--_lme-radius));
      background: var(${prefix}-background, var(--_lme-stage));
      color: var(${prefix}-color, var(--_lme-on-stage));
      font: var(${prefix}-font, var(--_lme-font, inherit));
      contain: content;
    }

    :host([hidden]) {
      display: none;
    }

    .frame {
      position: relative;
      inline-size: 100%;
      aspect-ratio: var(${prefix}-aspect-ratio, ${unsafeCSS(defaults.ratio)});
    }

    video {
      position: absolute;
      inset: 0;
      inline-size: 100%;
      block-size: 100%;
      object-fit: var(${prefix}-object-fit, ${unsafeCSS(defaults.fit)});
      background: transparent;
    }

    :host(:not([state='live'])) video {
      visibility: hidden;
    }

    .overlay {
      position: absolute;
      inset: 0;
      display: flex;
      flex-direction: column;
      gap: calc(var(--_lme-space) * 1.5);
      align-items: center;
      justify-content: center;
      padding: 1em;
      text-align: center;
      box-sizing: border-box;
    }

    .overlay:empty {
      display: none;
    }
  `];
}
