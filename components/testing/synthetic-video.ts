/**
 * Video sources drawn on a canvas and captured with `canvas.captureStream()`: a camera test pattern (colour bars,
 * the device's label, its size and a moving dot, so a frozen picture shows) and a stand-in for a shared screen.
 * A camera can also show a dim room, a covered lens, or stall (see {@link CameraScene}).
 * Frames come from a timer, not requestAnimationFrame, so they keep coming in a background tab or a hidden iframe.
 */

import type { CameraScene } from './simulated-devices.js';

/** The eight colour bars of the camera pattern, left to right. Tests read them back from the frames. */
export const COLOR_BARS = ['#ffffff', '#ffff00', '#00ffff', '#00ff00', '#ff00ff', '#ff0000', '#0000ff', '#000000'] as const;

export interface CanvasSource {
  track: MediaStreamTrack;
  /** Changes what a camera sees (see {@link CameraScene}). */
  setScene?(scene: CameraScene): void;
  /** Stops drawing; the track itself is ended by its owner. */
  stop(): void;
}

/** The live settings of a camera's controls that its picture follows (see simulated-controls.ts). */
export type CameraView = Record<string, unknown>;

type Paint = (context: CanvasRenderingContext2D, width: number, height: number, time: number) => void;

function canvasSource(width: number, height: number, frameRate: number, paint: Paint): CanvasSource {
  const canvas = Object.assign(document.createElement('canvas'), { width, height });
  const context = canvas.getContext('2d')!;
  const track = canvas.captureStream(frameRate).getVideoTracks()[0]!;
  const draw = () => paint(context, width, height, performance.now());
  draw();
  const timer = setInterval(draw, 1000 / frameRate);
  return { track, stop: () => clearInterval(timer) };
}

/** A dark room: a near-black wall and a dim shape moving slowly across it. */
const dimRoom: Paint = (context, w, h, time) => {
  context.fillStyle = 'rgb(16 17 20)';
  context.fillRect(0, 0, w, h);
  context.fillStyle = 'rgb(64 56 48)';
  context.fillRect(w * (0.4 + 0.3 * Math.sin(time / 900)), h * 0.3, w / 5, h / 2);
};

/** A covered lens: near-black, with the sensor's noise, so every frame differs a little. */
const coveredLens: Paint = (context, w, h, time) => {
  const level = 2 + (Math.round(time / 33) % 3);
  context.fillStyle = `rgb(${level} ${level} ${level})`;
  context.fillRect(0, 0, w, h);
};

/** The camera: the {@link cameraPattern} or another scene, drawn until the scene is `stalled`. */
export function cameraSource(label: string, width: number, height: number, frameRate: number, initial: CameraScene = 'pattern', view: CameraView = {}): CanvasSource {
  let scene = initial;
  const pattern = cameraPattern(label, view);
  const scenes: Record<Exclude<CameraScene, 'stalled'>, Paint> = { pattern, dim: dimRoom, covered: coveredLens };
  const source = canvasSource(width, height, frameRate, (...args) => scene !== 'stalled' && scenes[scene](...args));
  return { ...source, setScene: next => (scene = next) };
}

/**
 * The camera pattern: colour bars over the top two thirds, then the label, the size and a moving dot; zoomed about
 * the centre, moved by pan and tilt and lit by the torch, as the camera's controls say.
 */
function cameraPattern(label: string, view: CameraView): Paint {
  return (context, w, h, time) => {
    const zoom = Number(view.zoom ?? 1);
    context.setTransform(zoom, 0, 0, zoom, (w / 2) * (1 - zoom) - (Number(view.pan ?? 0) / 180) * w, (h / 2) * (1 - zoom) + (Number(view.tilt ?? 0) / 90) * h);
    context.fillStyle = '#000';
    context.fillRect(-w, -h, 3 * w, 3 * h);
    const barWidth = w / COLOR_BARS.length;
    COLOR_BARS.forEach((color, i) => {
      context.fillStyle = color;
      context.fillRect(Math.floor(i * barWidth), 0, Math.ceil(barWidth), (h * 2) / 3);
    });
    context.fillStyle = '#202124';
    context.fillRect(0, (h * 2) / 3, w, h / 3);
    context.fillStyle = '#f1f3f4';
    context.font = `600 ${Math.round(h / 16)}px system-ui, sans-serif`;
    context.fillText(`${label}  ${w}×${h}`, w / 24, h * 0.8);
    context.fillText(new Date(Date.now()).toLocaleTimeString(), w / 24, h * 0.92);
    context.beginPath();
    context.arc(w * (0.75 + 0.2 * Math.sin(time / 700)), h * 0.85, h / 24, 0, 2 * Math.PI);
    context.fill();
    context.setTransform(1, 0, 0, 1, 0, 0);
    if (view.torch) {
      context.fillStyle = 'rgb(255 255 255 / 0.3)';
      context.fillRect(0, 0, w, h);
    }
  };
}

/** A stand-in for a shared screen: a window with a title bar, a clock and a moving cursor. */
export function screenSource(width: number, height: number, frameRate: number): CanvasSource {
  return canvasSource(width, height, frameRate, (context, w, h, time) => {
    context.fillStyle = '#2d3b55';
    context.fillRect(0, 0, w, h);
    context.fillStyle = '#f4f6fb';
    context.fillRect(w * 0.1, h * 0.1, w * 0.8, h * 0.8);
    context.fillStyle = '#5b7bd5';
    context.fillRect(w * 0.1, h * 0.1, w * 0.8, h * 0.08);
    context.fillStyle = '#2d3b55';
    context.font = `600 ${Math.round(h / 13)}px system-ui, sans-serif`;
    context.fillText(`Shared screen  ${new Date(Date.now()).toLocaleTimeString()}`, w * 0.14, h * 0.5);
    context.beginPath();
    context.arc(w * (0.5 + 0.3 * Math.cos(time / 900)), h * (0.65 + 0.1 * Math.sin(time / 600)), h / 36, 0, 2 * Math.PI);
    context.fill();
  });
}
