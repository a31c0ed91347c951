import { canDefine } from '../base/define.js';
import { TagName } from '../core/constants.js';
import { MediaToggle } from './media-toggle.js';

export { MediaToggle };
export type { MediaToggleEventMap, MuteChangeDetail } from './media-toggle.js';
export type { MediaToggleStrings } from './media-toggle.strings.js';

if (canDefine(TagName.MediaToggle, MediaToggle)) customElements.define(TagName.MediaToggle, MediaToggle);
