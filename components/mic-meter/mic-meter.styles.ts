import { css } from 'lit';
import { browserControlStyles } from '../base/browser-control-styles.js';
import { statusStyles } from '../base/status-styles.js';
import { themeStyles } from '../base/theme.js';

export const styles = [
  themeStyles,
  statusStyles,
  browserControlStyles,
  css`
  :host {
    display: inline-block;
    vertical-align: middle;
    inline-size: 10em;
    block-size: 0.5em;
    contain: layout paint style;
  }

  :host([orientation='vertical']) {
    inline-size: 0.5em;
    block-size: 6em;
  }

  :host([hidden]) {
    display: none;
  }

  .track {
    position: relative;
    width: 100%;
    height: 100%;
    overflow: hidden;
    background: var(--mic-meter-track-color, color-mix(in srgb, var(--_lme-on-surface) 18%, transparent));
    border-radius: var(--mic-meter-radius, var(--_lme-radius));
  }

  .segmented {
    border-radius: 0;
    --_cell: calc(100% / var(--_segments));
    --_direction: to right;
    mask-image: repeating-linear-gradient(
      var(--_direction),
      #000 0 calc(var(--_cell) - var(--mic-meter-segment-gap, 2px)),
      transparent 0 var(--_cell)
    );
  }

  /* Drawn on a canvas (renderer auto), the worker draws the bar: the parts stay, hidden, for their styles. */
  canvas {
    position: absolute;
    inset: 0;
    display: block;
    width: 100%;
    height: 100%;
  }

  .on-canvas .bar,
  .on-canvas .lane {
    display: none;
  }

  /* The bar is drawn with transforms only, written by the element (no layout): the clipping box (its own layer)
     slides in from the empty end and the fill slides back by as much, so a gradient fill stays fixed to the track. */
  .bar,
  .fill,
  .lane {
    position: absolute;
    inset: 0;
  }

  .bar,
  .lane {
    will-change: transform;
  }

  .bar {
    overflow: hidden;
    transform: translateX(-100%);
  }

  .fill {
    background: var(--mic-meter-fill, var(--_lme-accent));
    transform: translateX(100%);
  }

  :host([speaking]) .fill {
    background: var(--mic-meter-speaking-fill, var(--mic-meter-fill, var(--_lme-accent)));
  }

  :host([clipping]) .fill {
    background: var(--mic-meter-clipping-fill, var(--_lme-danger));
  }

  /* The peak marker rides a lane one marker shorter than the track, moved by a share of its own length. */
  .lane {
    right: var(--mic-meter-peak-size, 2px);
  }

  /* Right to left, the level grows from the right, as a native <meter> does: the track drawn mirrored. */
  :host(:dir(rtl):not([orientation='vertical'])) .track {
    transform: scaleX(-1);
  }

  .peak {
    position: absolute;
    inset-block: 0;
    left: 0;
    width: var(--mic-meter-peak-size, 2px);
    background: var(--mic-meter-peak-color, currentColor);
  }

  :host([orientation='vertical']) .segmented {
    --_direction: to top;
  }

  :host([orientation='vertical']) .bar {
    transform: translateY(100%);
  }

  :host([orientation='vertical']) .fill {
    transform: translateY(-100%);
  }

  :host([orientation='vertical']) .lane {
    inset: var(--mic-meter-peak-size, 2px) 0 0;
  }

  :host([orientation='vertical']) .peak {
    inset: auto 0 0;
    width: auto;
    height: var(--mic-meter-peak-size, 2px);
  }

  :host(:not([state='live'])) .peak {
    visibility: hidden;
  }

  /* The hint (the audio waits for a gesture) and the own control of the browser take the place of the bar: the host
     grows to hold them. */
  .hint {
    font: var(--_lme-font, inherit);
    font-size: 0.875em;
    line-height: 1.3;
    color: var(--_lme-muted);
  }

  :host(:state(suspended-hint)) {
    block-size: auto;
  }

  :host(:state(suspended-hint)) .track {
    display: none;
  }

  :host([orientation='vertical']:state(suspended-hint)) {
    inline-size: auto;
  }

  :host(:state(browser-control)) {
    inline-size: auto;
    block-size: auto;
  }

  :host(:state(browser-control)) .track {
    display: none;
  }
`,
];
