import { css } from 'lit';
import { themeStyles } from '../base/theme.js';

export const styles = [
  themeStyles,
  css`
    :host {
      display: block;
      font: var(--camera-controls-font, var(--_lme-font, inherit));
    }

    :host([hidden]),
    .group:empty {
      display: none;
    }

    .group {
      display: grid;
      gap: var(--camera-controls-gap, var(--_lme-space));
    }

    label {
      display: flex;
      align-items: center;
      gap: var(--_lme-space);
      min-block-size: var(--_lme-control-height);
    }

    /* The ranges line up: their texts in one column, the sliders in the next. */
    label.range {
      display: grid;
      grid-template-columns: var(--camera-controls-label-width, 8em) 1fr;
    }

    /* Native inputs, drawn from the tokens; the track and thumb of a range by engine (one rule each: a selector
       an engine doesn't know would drop the whole rule). */
    input {
      --_track: var(--_lme-border);
      margin: 0;
      font: inherit;
      border-radius: var(--_lme-radius);
      accent-color: var(--camera-controls-accent, var(--_lme-accent));
    }

    input[type='checkbox'] {
      appearance: none;
      display: inline-grid;
      place-content: center;
      box-sizing: border-box;
      inline-size: 1.25em;
      block-size: 1.25em;
      border: 2px solid var(--_track);
      background: var(--_lme-surface);
    }

    input[type='checkbox']:checked {
      border-color: transparent;
      background: var(--camera-controls-accent, var(--_lme-accent));
    }

    input[type='checkbox']::before {
      content: '';
      inline-size: 0.75em;
      block-size: 0.75em;
      clip-path: polygon(14% 44%, 0 65%, 50% 100%, 100% 16%, 80% 0, 43% 62%);
      background: var(--_lme-on-accent);
      visibility: hidden;
    }

    input[type='checkbox']:checked::before {
      visibility: visible;
    }

    input[type='range'] {
      appearance: none;
      block-size: 1.5em;
      background: none;
    }

    input[type='range']::-webkit-slider-runnable-track {
      block-size: 0.375em;
      border-radius: var(--_lme-radius);
      background: var(--_track);
    }

    input[type='range']::-moz-range-track {
      block-size: 0.375em;
      border-radius: var(--_lme-radius);
      background: var(--_track);
    }

    input[type='range']::-moz-range-progress {
      block-size: 0.375em;
      border-radius: var(--_lme-radius);
      background: var(--camera-controls-accent, var(--_lme-accent));
    }

    input[type='range']::-webkit-slider-thumb {
      appearance: none;
      inline-size: 1.25em;
      block-size: 1.25em;
      margin-block-start: -0.4375em;
      border: 2px solid var(--_lme-surface);
      border-radius: 50%;
      background: var(--camera-controls-accent, var(--_lme-accent));
    }

    input[type='range']::-moz-range-thumb {
      box-sizing: border-box;
      inline-size: 1.25em;
      block-size: 1.25em;
      border: 2px solid var(--_lme-surface);
      border-radius: 50%;
      background: var(--camera-controls-accent, var(--_lme-accent));
    }

    input:disabled {
      opacity: 0.55;
    }

    /* Forced colours replace the backgrounds that mark a checked box: a system colour stays. */
    @media (forced-colors: active) {
      input[type='checkbox']::before {
        background: CanvasText;
      }
    }

    input:focus-visible {
      outline: var(--camera-controls-focus-ring, var(--_lme-focus-ring));
      outline-offset: 2px;
    }
  `,
];
