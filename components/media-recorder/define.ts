import { TagName } from '../core/constants.js';
import { MediaRecorderElement } from './media-recorder.js';

export { MediaRecorderElement };
export type { DataAvailableDetail, MediaRecorderEventMap, RecorderStateChangeDetail, RecordingResult } from './media-recorder.js';

if (!customElements.get(TagName.MediaRecorder)) customElements.define(TagName.MediaRecorder, MediaRecorderElement);
