import { css } from 'lit';

export const styles = css`
  :host {
    display: block;
    container-type: inline-size;
    --_gap: var(--device-check-gap, 1rem);
  }

  :host([hidden]) {
    display: none;
  }

  .checks {
    display: grid;
    gap: var(--_gap);
    grid-template-columns: minmax(0, 1fr);
    align-items: start;
  }

  .camera,
  .microphone,
  .speaker {
    display: grid;
    gap: calc(var(--_gap) / 2);
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
    min-inline-size: 0;
  }

  mic-meter {
    inline-size: 100%;
  }

  /* From a box wide enough for two columns (a tablet, a desktop), the camera beside the sound checks; the reading
     and keyboard order (camera, microphone, speakers) stays the visual one. */
  @container (min-width: 36rem) {
    .with-camera {
      grid-template-columns: minmax(0, 3fr) minmax(0, 2fr);
    }

    .with-camera .camera {
      grid-row: span 2;
    }
  }

  .next {
    margin: 0 0 var(--_gap);
    font-weight: 600;
  }

  [part~='note'] {
    margin: 0;
    font-size: 0.875em;
    opacity: 0.8;
  }

  button {
    font: inherit;
    padding: 0.35em 0.9em;
    border: 1px solid currentColor;
    border-radius: 999px;
    background: transparent;
    color: inherit;
    cursor: pointer;
  }

  button:disabled {
    opacity: 0.5;
    cursor: not-allowed;
  }

  button:focus-visible {
    outline: 2px solid Highlight;
    outline-offset: 2px;
  }

  .visually-hidden {
    position: absolute;
    inline-size: 1px;
    block-size: 1px;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
  }
`;
