import { html, svg, type SVGTemplateResult } from 'lit';

/**
 * The kit's icons: inline SVG drawn on a 24-unit grid in `currentColor` (stroked outlines, `.solid` shapes filled;
 * see `buttonStyles`), hidden from assistive technology since the control's label says what it does. Each is a
 * function, so that an element's bundle holds only the icons it draws. Shown with part `icon`; each element that
 * draws one has a slot to put another in its place.
 */
const icon = (shape: SVGTemplateResult) => html`<svg class="icon" part="icon" viewBox="0 0 24 24" aria-hidden="true">${shape}</svg>`;

export const cameraIcon = () => icon(svg`<rect x="2" y="6" width="14" height="12" rx="2"/><path d="M16 10.5 22 7v10l-6-3.5"/>`);

export const cameraOffIcon = () =>
  icon(svg`<path d="M9 6h5a2 2 0 0 1 2 2v5M13 18H4a2 2 0 0 1-2-2V8a2 2 0 0 1 2-2M16 10.5 22 7v10l-3-1.75M2 2l20 20"/>`);

export const microphoneIcon = () => icon(svg`<rect x="9" y="2" width="6" height="12" rx="3"/><path d="M5 11a7 7 0 0 0 14 0M12 18v4M8 22h8"/>`);

export const microphoneOffIcon = () =>
  icon(svg`<path d="M9 9v2a3 3 0 0 0 4.5 2.6M15 10V5a3 3 0 0 0-5.8-1.1M5 11a7 7 0 0 0 11.5 5.4M19 11a7 7 0 0 1-.5 2.5M12 18v4M8 22h8M2 2l20 20"/>`);

export const speakerIcon = () => icon(svg`<path d="M3 9.5h4L12 5v14l-5-4.5H3z"/><path d="M16 8.5a5 5 0 0 1 0 7M19 5.5a9 9 0 0 1 0 13"/>`);

export const recordIcon = () => icon(svg`<circle class="solid" cx="12" cy="12" r="7"/>`);

export const stopIcon = () => icon(svg`<rect class="solid" x="6" y="6" width="12" height="12" rx="2"/>`);

export const pauseIcon = () => icon(svg`<rect class="solid" x="6" y="5" width="4" height="14" rx="1"/><rect class="solid" x="14" y="5" width="4" height="14" rx="1"/>`);

export const screenIcon = () => icon(svg`<rect x="2" y="4" width="20" height="13" rx="2"/><path d="M8 21h8M12 17v4"/>`);
