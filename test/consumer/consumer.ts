// A consumer project's code, type-checked against the packed package (test/node/consumer-types.test.mjs) under each
// TypeScript the kit supports, with skipLibCheck off: every published .d.ts must check, not just what this file uses.
import 'local-media-elements';
import { LocalMediaStream, getLocalMedia, getSharedMedia, LocalMediaError, registerStrings } from 'local-media-elements/core';
import 'local-media-elements/camera-preview';
import 'local-media-elements/mic-meter';
import 'local-media-elements/device-select';
import 'local-media-elements/screen-preview';
import 'local-media-elements/media-recorder';
import 'local-media-elements/media-toggle';
import 'local-media-elements/device-check';
import { CameraPreview } from 'local-media-elements/camera-preview/class';
import { MicMeter } from 'local-media-elements/mic-meter/class';
import { DeviceSelect } from 'local-media-elements/device-select/class';
import { ScreenPreview } from 'local-media-elements/screen-preview/class';
import { MediaRecorderElement } from 'local-media-elements/media-recorder/class';
import { MediaToggle } from 'local-media-elements/media-toggle/class';
import { DeviceCheck } from 'local-media-elements/device-check/class';
import 'local-media-elements/locales/de';
import { isCustomElement } from 'local-media-elements/vue';
import { CameraPreview as ReactCameraPreview } from 'local-media-elements/react';
import { installMediaSimulator } from 'local-media-elements/testing';

const preview = document.createElement('camera-preview');
const asClass: CameraPreview = preview;
preview.resolution = '720p';
preview.addEventListener('statechange', e => { const state: string = e.detail.state; void state; });
preview.addEventListener('error', e => { const kind: string = e.detail.kind; void kind; });

const meter: MicMeter = document.createElement('mic-meter');
meter.addEventListener('speakingchange', e => { const speaking: boolean = e.detail.speaking; void speaking; });
const select: DeviceSelect | null = document.querySelector('device-select');
select?.addEventListener('change', e => { const id: string = e.detail.deviceId; void id; });
const screen: ScreenPreview = document.createElement('screen-preview');
const recorder: MediaRecorderElement = document.createElement('media-recorder');
recorder.addEventListener('recordingstop', e => { const blob: Blob = e.detail.blob; void blob; });
const toggle: MediaToggle = document.createElement('media-toggle');
toggle.addEventListener('change', e => { const muted: boolean = e.detail.muted; void muted; });
const check: DeviceCheck = document.createElement('device-check');
check.addEventListener('change', e => { const constraints: MediaStreamConstraints = e.detail.result.constraints; void constraints; });

async function open(): Promise<void> {
  try {
    const stream: LocalMediaStream = await getLocalMedia({ video: true });
    const shared: LocalMediaStream = await getSharedMedia({ audio: true });
    stream.onended = () => shared.stop();
    stream.stop();
  } catch (error) {
    if (error instanceof LocalMediaError) console.log(error.kind);
  }
}

registerStrings('de-CH', { 'camera-preview': { requesting: 'Warte uf d Kamera …' } });
const simulator = installMediaSimulator();
simulator.uninstall();
void [asClass, screen, open, isCustomElement('camera-preview'), ReactCameraPreview];
