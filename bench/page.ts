// The benchmark page: ?mode=...&n=... sets up one scenario; bench/run.mjs measures it from outside over CDP.
import { harkMeter } from './baselines/hark-meter.js';
import { livekitMeter } from './baselines/livekit-meter.js';

const params = new URLSearchParams(location.search);
const mode = params.get('mode')!;
const n = Number(params.get('n') ?? 1);
const report = (result: unknown): void => void Object.assign(window, { benchResult: result });
const longTasks = { count: 0 };
Object.assign(window, { longTasks });
new PerformanceObserver(list => (longTasks.count += list.getEntries().length)).observe({ type: 'longtask' });

// Count getUserMedia calls and keep every hardware track it hands out.
const devices = navigator.mediaDevices;
const realGetUserMedia = devices.getUserMedia.bind(devices);
const hardware: MediaStreamTrack[] = [];
let calls = 0;
devices.getUserMedia = async constraints => {
  calls++;
  const stream = await realGetUserMedia(constraints);
  hardware.push(...stream.getTracks());
  return stream;
};

function bar(): HTMLElement {
  const track = document.body.appendChild(document.createElement('div'));
  track.style.cssText = 'width: 200px; height: 8px; background: #ddd; margin: 4px';
  const fill = track.appendChild(document.createElement('div'));
  fill.style.cssText = 'height: 100%; width: 0; background: green; transform-origin: left';
  return fill;
}

const rawStream = () => realGetUserMedia({ audio: { echoCancellation: false, noiseSuppression: false, autoGainControl: false } });

async function firstFrame(video: HTMLVideoElement): Promise<number> {
  return new Promise(resolve => video.requestVideoFrameCallback(() => resolve(performance.now())));
}

async function run(): Promise<void> {
  // Modules load before the clock starts: the comparison is of the capture paths, not of code size on a network.
  if (mode.startsWith('kit-')) await import('../components/index.js');
  const started = performance.now();
  switch (mode) {
    case 'kit-meters': {
      for (let i = 0; i < n; i++) document.body.append(document.createElement('mic-meter'));
      break;
    }
    case 'hark-meters':
    case 'livekit-meters': {
      // Like the kit's shared capture: one microphone, a clone of its track per meter.
      const meter = mode === 'hark-meters' ? harkMeter : livekitMeter;
      const microphone = await rawStream();
      for (let i = 0; i < n; i++) meter(microphone.clone(), bar());
      break;
    }
    case 'kit-first-frame': {
      const preview = document.body.appendChild(document.createElement('camera-preview'));
      await preview.updateComplete;
      const video = preview.shadowRoot!.querySelector('video')!;
      return report({ ms: (await firstFrame(video)) - started });
    }
    case 'raw-first-frame': {
      const video = document.body.appendChild(document.createElement('video'));
      video.muted = true;
      video.autoplay = true;
      video.playsInline = true;
      video.srcObject = await realGetUserMedia({ video: true });
      return report({ ms: (await firstFrame(video)) - started });
    }
    case 'kit-share': {
      const previews = Array.from({ length: n }, () => document.body.appendChild(document.createElement('camera-preview')));
      await Promise.all(previews.map(p => new Promise(r => p.addEventListener('statechange', () => p.state === 'live' && r(0)))));
      return report({ calls, liveTracks: hardware.filter(t => t.readyState === 'live').length });
    }
    case 'naive-share': {
      for (let i = 0; i < n; i++) {
        const video = document.body.appendChild(document.createElement('video'));
        video.muted = true;
        video.srcObject = await devices.getUserMedia({ video: true });
      }
      return report({ calls, liveTracks: hardware.filter(t => t.readyState === 'live').length });
    }
  }
  report({ ready: true });
}

void run();
