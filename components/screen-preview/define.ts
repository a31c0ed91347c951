import { TagName } from '../core/constants.js';
import { ScreenPreview } from './screen-preview.js';

export { ScreenPreview };
export type { DisplaySurface } from '../core/display.js';

if (!customElements.get(TagName.ScreenPreview)) customElements.define(TagName.ScreenPreview, ScreenPreview);
