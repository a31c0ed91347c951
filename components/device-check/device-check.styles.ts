import { css } from 'lit';
import { buttonStyles } from '../base/control-styles.js';
import { themeStyles } from '../base/theme.js';

export const styles = [
  themeStyles,
  buttonStyles,
  css`
  :host {
    display: block;
    container-type: inline-size;
    font: var(--device-check-font, var(--_lme-font, inherit));
    --_gap: var(--device-check-gap, 1rem);
  }

  :host([hidden]) {
    display: none;
  }

  .checks,
  .checks > div {
    display: grid;
    gap: var(--_gap);
    align-items: start;
    align-content: start;
    min-inline-size: 0;
  }

  .row {
    display: flex;
    flex-wrap: wrap;
    gap: calc(var(--_gap) / 2);
    align-items: end;
  }

  device-select {
    flex: 1 1 12em;
  }

  mic-meter {
    inline-size: 100%;
  }

  /* From a box wide enough for two columns, the camera beside the sound checks: the reading and keyboard order
     (camera, microphone, speakers) stays the visual one. */
  @container (min-width: 36rem) {
    .with-camera {
      grid-template-columns: minmax(0, 3fr) minmax(0, 2fr);
    }

    .camera {
      grid-row: span 2;
    }
  }

  p {
    margin: 0;
  }

  .next {
    margin-block-end: var(--_gap);
  }

`,
];
