import { css } from 'lit';
import { statusStyles } from '../base/status-styles.js';

export const styles = [
  statusStyles,
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
    container-type: size;
    background: var(--mic-meter-track-color, rgb(127 127 127 / 0.25));
    border-radius: var(--mic-meter-radius, 999px);
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

  .fill {
    position: absolute;
    inset: 0;
    background: var(--mic-meter-fill, #2e9d4f);
    /* Clipped rather than scaled, so a gradient fill stays fixed to the track (green to red at the loud end). */
    clip-path: inset(0 calc((1 - var(--level, 0)) * 100%) 0 0);
  }

  :host([speaking]) .fill {
    background: var(--mic-meter-speaking-fill, var(--mic-meter-fill, #2e9d4f));
  }

  :host([clipping]) .fill {
    background: var(--mic-meter-clipping-fill, #d93025);
  }

  .peak {
    position: absolute;
    inset-block: 0;
    left: 0;
    width: var(--mic-meter-peak-size, 2px);
    background: var(--mic-meter-peak-color, currentColor);
    translate: calc(var(--peak, 0) * (100cqw - 100%)) 0;
    will-change: translate;
  }

  :host([orientation='vertical']) .segmented {
    --_direction: to top;
  }

  :host([orientation='vertical']) .fill {
    clip-path: inset(calc((1 - var(--level, 0)) * 100%) 0 0 0);
  }

  :host([orientation='vertical']) .peak {
    inset-block: auto 0;
    inset-inline: 0;
    width: auto;
    height: var(--mic-meter-peak-size, 2px);
    translate: 0 calc(var(--peak, 0) * (100% - 100cqh));
  }

  :host(:not([state='live'])) .peak {
    visibility: hidden;
  }
`,
];
