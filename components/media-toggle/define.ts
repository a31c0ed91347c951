import { TagName } from '../core/constants.js';
import { MediaToggle } from './media-toggle.js';

export { MediaToggle };
export type { MediaToggleEventMap, MuteChangeDetail } from './media-toggle.js';

if (!customElements.get(TagName.MediaToggle)) customElements.define(TagName.MediaToggle, MediaToggle);
