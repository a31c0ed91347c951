import { canDefine } from '../base/define.js';
import { TagName } from '../core/constants.js';
import { ScreenPreview } from './screen-preview.js';

export { ScreenPreview };
export type { DisplaySurface } from '../core/display.js';
export type { ScreenPreviewStrings } from './screen-preview.strings.js';

if (canDefine(TagName.ScreenPreview, ScreenPreview)) customElements.define(TagName.ScreenPreview, ScreenPreview);
