// Compiled by `tsc --noEmit` (npm test), never run: the generated React and Vue entries must keep props and
// event listeners typed.
import { createElement, type JSX } from 'react';
import type { GlobalComponents } from 'vue';
import { CameraPreview, DeviceSelect, MicMeter } from '../components/react/index.js';
import { isCustomElement } from '../components/vue/index.js';

createElement(CameraPreview, { resolution: '720p', manual: true, onStateChange: e => { const s: string = e.detail.state; void s; } });
createElement(CameraPreview, { onError: e => { const k: string = e.detail.kind; void k; } });
createElement(MicMeter, { minDb: -50, onSpeakingChange: e => { const b: boolean = e.detail.speaking; void b; } });
createElement(DeviceSelect, { kind: 'audioinput', onChange: e => void e.type });
// @ts-expect-error: not a property of <camera-preview>
createElement(CameraPreview, { resolutoin: '720p' });
// @ts-expect-error: the detail of statechange has no `speaking`
createElement(CameraPreview, { onStateChange: e => e.detail.speaking });

const raw: JSX.IntrinsicElements['camera-preview'] = {
  'facing-mode': 'user',
  resolution: '720p',
  onstatechange: e => { const s: string = e.detail.state; void s; },
};
// @ts-expect-error: `onstatechange` gets the statechange event
const rawBad: JSX.IntrinsicElements['mic-meter'] = { onstatechange: e => e.detail.speaking };
void [raw, rawBad];

type VueProps<T extends keyof GlobalComponents> = InstanceType<GlobalComponents[T]>['$props'];
const vue: VueProps<'mic-meter'> = { segments: 10, onSpeakingchange: e => { const b: boolean = e.detail.speaking; void b; } };
const bad: VueProps<'camera-preview'> = {
  // @ts-expect-error: the detail of statechange has no `speaking`
  onStatechange: e => e.detail.speaking,
};
void [vue, bad, isCustomElement('camera-preview')];
