import { css } from 'lit';

export const styles = css`
  :host {
    display: inline-flex;
    flex-direction: column;
    gap: 0.25em;
    font: var(--device-select-font, inherit);
  }

  :host([hidden]) {
    display: none;
  }

  select {
    font: inherit;
    min-inline-size: 12em;
    padding: var(--device-select-padding, 0.3em 0.4em);
    border: var(--device-select-border, 1px solid #8a8a8a);
    border-radius: var(--device-select-radius, 4px);
    background: var(--device-select-background, Field);
    color: var(--device-select-color, FieldText);
  }

  select:focus-visible {
    outline: var(--device-select-focus-ring, 2px solid Highlight);
    outline-offset: 1px;
  }

  .hint {
    font-size: 0.85em;
    color: var(--device-select-hint-color, inherit);
  }
`;
