// Defines every element; import an element's own `define.js` to define only that one.
export * from './core/index.js';
export { CaptureElement, type CaptureElementEventMap, type TypedAddEventListener, type TypedRemoveEventListener } from './base/capture-element.js';
export { DeviceCaptureElement } from './base/device-capture-element.js';
export type { StateChangeDetail, StreamChangeDetail } from './controllers/capture-controller.js';
export * from './camera-preview/define.js';
export * from './mic-meter/define.js';
export * from './device-select/define.js';
export * from './screen-preview/define.js';
export * from './media-recorder/define.js';
export * from './media-toggle/define.js';
export * from './camera-controls/define.js';
export * from './device-check/define.js';
