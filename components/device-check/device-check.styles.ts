import { css } from 'lit';
import { buttonStyles } from '../base/control-styles.js';
import { selectStyles } from '../base/select-styles.js';
import { themeStyles } from '../base/theme.js';

/**
 * A pre-call screen: the preview large, its state over it; the sound checks beside it from a tablet's width, below it
 * on a phone. Sizes come from the element's own width (container queries), so it fits a sidebar as a page. Logical
 * properties only: `dir="rtl"` mirrors it. The order of the sections is the reading and keyboard order everywhere.
 */
export const styles = [
  themeStyles,
  buttonStyles,
  selectStyles,
  css`
  :host {
    display: block;
    container-type: inline-size;
    font: var(--device-check-font, var(--_lme-font, inherit));
    --_gap: var(--device-check-gap, calc(var(--_lme-space) * 2));
  }

  :host([hidden]) {
    display: none;
  }

  p {
    margin: 0;
  }

  .next {
    margin-block-end: var(--_gap);
    font-weight: 600;
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
    align-items: start;
  }

  device-select,
  .labelled {
    flex: 1 1 12em;
  }

  .labelled {
    display: inline-flex;
    flex-direction: column;
    gap: calc(var(--_lme-space) / 2);
  }

  .select {
    min-inline-size: 0;
  }

  /* The preview and, over it, that the camera is off or what is wrong with the picture. */
  .stage {
    position: relative;
  }

  .over {
    position: absolute;
    inset-block-end: var(--_lme-space);
    inset-inline-start: var(--_lme-space);
    max-inline-size: calc(100% - var(--_lme-space) * 2);
    box-sizing: border-box;
    display: flex;
    gap: calc(var(--_lme-space) / 2);
    align-items: center;
    padding: calc(var(--_lme-space) / 2) var(--_lme-space);
    border-radius: var(--_lme-radius);
    background: color-mix(in srgb, var(--_lme-stage) 85%, transparent);
    color: var(--_lme-on-stage);
    font-size: 0.875em;
    animation: appear 0.2s ease-out;
  }

  /* Turned off: said in the middle of the black picture, as large as the preview's own messages. */
  .over.off {
    inset: 0;
    max-inline-size: none;
    flex-direction: column;
    justify-content: center;
    background: none;
    font-size: 1em;
  }

  .over.off .icon {
    inline-size: 2.5em;
    block-size: 2.5em;
  }

  @keyframes appear {
    from {
      opacity: 0;
    }
  }

  /* The meter, labelled, beside the microphone select in every width. */
  .input {
    display: grid;
    grid-template-columns: minmax(0, 1fr) minmax(4.5rem, 35%);
    gap: calc(var(--_gap) / 2);
  }

  /* The browser's own control or the meter's hint in the bar's place: below the select, the whole width. */
  .input:has(mic-meter:is(:state(browser-control), :state(suspended-hint))) {
    grid-template-columns: minmax(0, 1fr);
  }

  .input device-select::part(select) {
    min-inline-size: 0;
    inline-size: 100%;
  }

  /* Its label level with the select's, the bar in the middle of the select's height (as tall as the label's gap). */
  .level {
    display: grid;
    grid-template-rows: auto 1fr;
    gap: calc(var(--_lme-space) / 2);
    align-items: center;
  }

  .level mic-meter {
    inline-size: 100%;
  }

  [part~='note'],
  .level-label {
    color: var(--_lme-muted);
  }

  [part~='note'] {
    font-size: 0.875em;
  }

  .reason {
    flex: 1 1 12em;
    align-self: center;
  }

  /* The page's primary action (Join): at the end, a filled button unless the page styles its own. */
  .footer {
    display: flex;
    flex-wrap: wrap;
    justify-content: flex-end;
    gap: var(--_lme-space);
  }

  slot[name='footer']::slotted(*) {
    margin-block-start: var(--_gap);
  }

  ::slotted(button[slot='footer']) {
    min-block-size: var(--_lme-control-height);
    padding: 0 calc(var(--_lme-space) * 3);
    border: 0;
    border-radius: var(--_lme-radius);
    background: var(--_lme-accent);
    color: var(--_lme-on-accent);
    font: inherit;
    font-weight: 600;
    cursor: pointer;
  }

  ::slotted(button[slot='footer']:focus-visible) {
    outline: var(--_lme-focus-ring);
    outline-offset: 2px;
  }

  /* A phone: one column; the buttons share the row. */
  @container (max-width: 35.999rem) {
    .row > media-toggle,
    .row > .button {
      flex: 1 1 auto;
    }

    slot[name='footer']::slotted(*) {
      flex: 1 1 auto;
    }
  }

  /* A tablet: the camera beside the sound checks. */
  @container (min-width: 36rem) {
    .with-camera {
      grid-template-columns: minmax(0, 3fr) minmax(0, 2fr);
      /* The speakers right below the microphone, however tall the preview is. */
      grid-template-rows: auto 1fr;
    }

    .camera {
      grid-row: span 2;
    }
  }

  /* A desktop: the preview larger still, the sound checks a column of their own size. */
  @container (min-width: 60rem) {
    .with-camera {
      grid-template-columns: minmax(0, 2fr) minmax(20rem, 1fr);
      column-gap: calc(var(--_gap) * 2);
    }
  }
`,
];
