import { canDefine } from '../base/define.js';
import { TagName } from '../core/constants.js';
import { CameraPreview } from './camera-preview.js';

export { CameraPreview };
export type { CameraPreviewEventMap, MirrorMode, SnapshotOptions } from './camera-preview.js';
export type { CameraPreviewStrings } from './camera-preview.strings.js';
export type { CameraCapabilities } from '../core/camera-capabilities.js';

if (canDefine(TagName.CameraPreview, CameraPreview)) customElements.define(TagName.CameraPreview, CameraPreview);
