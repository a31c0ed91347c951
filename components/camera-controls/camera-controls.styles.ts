import { css } from 'lit';

export const styles = css`
  :host {
    display: block;
    font: var(--camera-controls-font, inherit);
  }

  :host([hidden]),
  .group:empty {
    display: none;
  }

  .group {
    display: grid;
    gap: var(--camera-controls-gap, 0.5em);
  }

  label {
    display: flex;
    align-items: center;
    gap: 0.5em;
  }

  /* The ranges line up: their texts in one column, the sliders in the next. */
  label.range {
    display: grid;
    grid-template-columns: var(--camera-controls-label-width, 8em) 1fr;
  }

  input {
    accent-color: var(--camera-controls-accent, auto);
  }

  input:focus-visible {
    outline: var(--camera-controls-focus-ring, 2px solid Highlight);
    outline-offset: 2px;
  }
`;
