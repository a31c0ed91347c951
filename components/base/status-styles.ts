import { css } from 'lit';

/** Hides a capture element's status region (see `renderStatus`) from sight but not from screen readers. */
export const statusStyles = css`
  .status {
    position: absolute;
    inline-size: 1px;
    block-size: 1px;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
  }
`;
