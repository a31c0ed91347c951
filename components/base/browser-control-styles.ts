import { css } from 'lit';

/**
 * The browser's own capture control (part `browser-control`). The browser disables it when its style breaks its
 * rules (PEPC: a font size between `small` and `xx-large`, opaque colors with a contrast of at least 3): it gets
 * the system's button colors and the user's default font size, whatever the element's own colors and font are, so
 * that no theme of ours makes it invalid. A page restyles it through `::part(browser-control)`, within those rules.
 */
export const browserControlStyles = css`
  [part~='browser-control'] {
    color: ButtonText;
    background-color: ButtonFace;
    font-family: inherit;
    font-size: medium;
  }
`;
