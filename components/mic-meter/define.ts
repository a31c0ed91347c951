import { canDefine } from '../base/define.js';
import { TagName } from '../core/constants.js';
import { MicMeter } from './mic-meter.js';

export { MicMeter };
export type { MeterOrientation, MeterRenderer, MicMeterEventMap, SpeakingChangeDetail } from './mic-meter.js';
export type { MicMeterStrings } from './mic-meter.strings.js';

if (canDefine(TagName.MicMeter, MicMeter)) customElements.define(TagName.MicMeter, MicMeter);
