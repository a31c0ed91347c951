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

/** What each meter shows now (0..1): its peak marker for the kit, its bar for the baselines; read by the accuracy check. */
const shown: (() => number)[] = [];
/** The microphone the meters read: the accuracy check listens to a clone of it (a new capture of the fake file
 * would start the file over, out of step with the meters). */
let metered: () => MediaStreamTrack;

function bar(): HTMLElement {
  const track = document.body.appendChild(document.createElement('div'));
  track.style.cssText = 'width: 200px; height: 8px; background: #ddd; margin: 4px';
  const fill = track.appendChild(document.createElement('div'));
  fill.style.cssText = 'height: 100%; width: 0; background: green; transform-origin: left';
  return fill;
}

/** The DOM bar's peak: the marker's lane moves by the displayed peak, as a percentage of its length. */
const lanePeak = (meter: Element) => parseFloat(/\(([-\d.e]+)%\)/.exec(meter.shadowRoot?.querySelector<HTMLElement>('.lane')?.style.transform ?? '')?.[1] ?? '0') / 100;

/**
 * The canvas bar's peak (renderer="auto"), from its pixels: the marker (2 px, after the fill) is the last thing
 * drawn along the bar, on a lane one marker shorter than the track. Undefined while the meter has no canvas.
 */
function canvasPeak(meter: Element): number | undefined {
  const canvas = meter.shadowRoot?.querySelector('canvas');
  if (!canvas) return undefined;
  const { width: cssWidth, height: cssHeight } = canvas.getBoundingClientRect();
  const [width, height] = [Math.round(cssWidth), Math.max(1, Math.round(cssHeight))];
  const context = new OffscreenCanvas(width, height).getContext('2d')!;
  context.drawImage(canvas, 0, 0, width, height);
  const { data } = context.getImageData(0, height >> 1, width, 1);
  let last = -1;
  for (let x = 0; x < width; x++) if (data[4 * x + 3]! > 128) last = x;
  return last < 0 ? 0 : Math.max(0, last + 1 - 2) / (width - 2);
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
      for (let i = 0; i < n; i++) {
        const meter = document.body.appendChild(document.createElement('mic-meter'));
        metered ??= () => meter.stream!.getAudioTracks()[0]!;
        shown.push(() => canvasPeak(meter) ?? lanePeak(meter));
      }
      break;
    }
    case 'hark-meters':
    case 'livekit-meters': {
      // Like the kit's shared capture: one microphone, a clone of its track per meter.
      const meter = mode === 'hark-meters' ? harkMeter : livekitMeter;
      const microphone = await rawStream();
      metered = () => microphone.getAudioTracks()[0]!;
      for (let i = 0; i < n; i++) {
        const fill = bar();
        meter(microphone.clone(), fill);
        shown.push(mode === 'hark-meters' ? () => parseFloat(fill.style.width || '0') / 100 : () => Number(/scaleX\(([^)]+)\)/.exec(fill.style.transform)?.[1] ?? 0));
      }
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

// The accuracy check, run after the measured window (it costs main-thread time of its own): an AudioWorklet on the
// raw microphone finds every click (the only samples above the floor), and a frame loop records what each meter
// shows. A click counts as caught by a meter when its display rises by CAUGHT_RISE around it (see below).
const CAUGHT_RISE = 0.05;
const detector = `registerProcessor('clicks', class extends AudioWorkletProcessor {
  constructor(o) { super(); this.floor = o.processorOptions.floor; this.last = -1; }
  process([input]) {
    const samples = input[0];
    if (samples) for (let i = 0; i < samples.length; i++) {
      if (Math.abs(samples[i]) > this.floor) { if (currentTime - this.last > 0.5) this.port.postMessage(0); this.last = currentTime; }
    }
    return true;
  }
});`;

async function accuracy(ms: number, floor: number): Promise<{ clicks: number; caught: number; meters: number }> {
  const context = new AudioContext();
  await context.audioWorklet.addModule(URL.createObjectURL(new Blob([detector], { type: 'text/javascript' })));
  const node = new AudioWorkletNode(context, 'clicks', { processorOptions: { floor } });
  const reference = metered().clone();
  context.createMediaStreamSource(new MediaStream([reference])).connect(node);
  const clicks: number[] = [];
  node.port.onmessage = () => clicks.push(performance.now());
  const frames: { at: number; values: number[] }[] = [];
  const started = performance.now();
  await new Promise<void>(resolve => {
    const sample = (at: number) => {
      frames.push({ at, values: shown.map(read => read()) });
      if (at - started < ms) requestAnimationFrame(sample);
      else resolve();
    };
    requestAnimationFrame(sample);
  });
  await context.close();
  // The reference runs in an AudioContext of its own, whose latency differs from the meters': the display is taken
  // 250 ms before the click was heard (in the pause, at least 200 ms after any syllable) and watched until 300 ms after.
  let caught = 0;
  const judged = clicks.filter(at => at - 300 > started && at + 300 < started + ms);
  for (const at of judged) {
    const before = frames.filter(f => f.at <= at - 250).at(-1)!;
    const during = frames.filter(f => f.at > at - 200 && f.at <= at + 300);
    shown.forEach((_, i) => {
      if (Math.max(...during.map(f => f.values[i]!)) - before.values[i]! >= CAUGHT_RISE) caught++;
    });
  }
  return { clicks: judged.length, caught, meters: shown.length };
}
Object.assign(window, { accuracy });

void run();
