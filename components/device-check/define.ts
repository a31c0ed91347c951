import { canDefine } from '../base/define.js';
import { TagName } from '../core/constants.js';
import '../camera-preview/define.js';
import '../device-select/define.js';
import '../media-toggle/define.js';
import '../mic-meter/define.js';
import { DeviceCheck } from './device-check.js';

export { DeviceCheck };
export type { DeviceCheckChangeDetail, DeviceCheckEventMap } from './device-check.js';
export type { ChosenDevice, CheckKind, DeviceCheckReason, DeviceCheckResult, DeviceCheckStatus } from './device-check-status.js';
export type { DeviceCheckStrings } from './device-check.strings.js';

if (canDefine(TagName.DeviceCheck, DeviceCheck)) customElements.define(TagName.DeviceCheck, DeviceCheck);
