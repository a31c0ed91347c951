// Compiled by `tsc --noEmit` (npm test), never run: the typed event maps must keep these listeners typed.
import { MicMeter, CameraPreview, type CameraPreviewEventMap } from '../components/index.js';
declare const m: MicMeter; declare const c: CameraPreview;
m.addEventListener('speakingchange', e => { const b: boolean = e.detail.speaking; void b; });
m.addEventListener('statechange', e => { const s: string = e.detail.state; void s; });
c.addEventListener('error', e => { const k: string = e.detail.kind; void k; });
c.addEventListener('streamchange', e => { const s: MediaStream | null = e.detail.previous ?? e.detail.stream; void s; });
c.addEventListener('click', e => { const x: number = e.clientX; void x; });
document.querySelector('mic-meter')!.addEventListener('speakingchange', e => e.detail.speaking);
document.querySelector('screen-preview')!.addEventListener('statechange', e => { const s: string = e.detail.state; void s; });
document.querySelector('media-recorder')!.addEventListener('recordingstop', e => { const b: Blob = e.detail.blob; const d: number = e.detail.duration; void b; void d; });
document.querySelector('media-recorder')!.addEventListener('dataavailable', e => { const b: Blob = e.detail.data; void b; });
document.querySelector('media-recorder')!.addEventListener('statechange', e => { const s: 'inactive' | 'recording' | 'paused' = e.detail.state; void s; });
document.querySelector('media-toggle')!.addEventListener('change', e => { const muted: boolean = e.detail.muted; void muted; });
document.querySelector('device-select')!.addEventListener('change', e => { const id: string = e.detail.deviceId; void id; });
const capabilities: keyof CameraPreviewEventMap = 'capabilitieschange';
c.addEventListener(capabilities, e => { const t: string = e.type; void t; });
