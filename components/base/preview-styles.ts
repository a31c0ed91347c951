import { css, unsafeCSS, type CSSResult } from 'lit';

/**
 * The frame, video and message overlay shared by `<camera-preview>` and `<screen-preview>`. `name` prefixes their
 * custom properties (`--camera-preview-background` ...); `ratio` and `fit` are the defaults of
 * `--<name>-aspect-ratio` and `--<name>-object-fit`.
 */
export function previewStyles(name: string, defaults: { ratio: string; fit: string }): CSSResult {
  const prefix = unsafeCSS(`--${name}`);
  return css`
    :host {
      display: block;
      position: relative;
      overflow: hidden;
      background: var(${prefix}-background, #111);
      color: var(${prefix}-color, #eee);
      font: var(${prefix}-font, 14px/1.4 system-ui, sans-serif);
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
      gap: 0.75em;
      align-items: center;
      justify-content: center;
      padding: 1em;
      text-align: center;
      box-sizing: border-box;
    }

    .overlay:empty {
      display: none;
    }
  `;
}
