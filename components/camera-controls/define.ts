import { canDefine } from '../base/define.js';
import { TagName } from '../core/constants.js';
import { CameraControls } from './camera-controls.js';

export { CameraControls };
export type { CameraControlName } from './camera-controls.js';
export type { CameraControlsStrings } from './camera-controls.strings.js';

if (canDefine(TagName.CameraControls, CameraControls)) customElements.define(TagName.CameraControls, CameraControls);
