import { canDefine } from '../base/define.js';
import { TagName } from '../core/constants.js';
import { MediaRecorderElement } from './media-recorder.js';

export { MediaRecorderElement };
export type { DataAvailableDetail, MediaRecorderEventMap, RecorderStateChangeDetail, RecordingResult, RecoveredRecording } from './media-recorder.js';
export type { MediaRecorderStrings } from './media-recorder.strings.js';

if (canDefine(TagName.MediaRecorder, MediaRecorderElement)) customElements.define(TagName.MediaRecorder, MediaRecorderElement);
