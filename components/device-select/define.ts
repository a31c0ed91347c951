import { canDefine } from '../base/define.js';
import { TagName } from '../core/constants.js';
import { DeviceSelect } from './device-select.js';

export { DeviceSelect };
export type { DeviceChangeDetail, DeviceKind, DeviceSelectEventMap } from './device-select.js';
export type { DeviceSelectStrings } from './device-select.strings.js';

if (canDefine(TagName.DeviceSelect, DeviceSelect)) customElements.define(TagName.DeviceSelect, DeviceSelect);
