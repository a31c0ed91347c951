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

  input[type='range'] {
    flex: 1;
    accent-color: var(--camera-controls-accent, auto);
  }

  input:focus-visible {
    outline: var(--camera-controls-focus-ring, 2px solid Highlight);
    outline-offset: 2px;
  }
`;
