import type { CameraCapabilities } from './camera-capabilities.js';

// Apart from camera-capabilities.ts, which loads when a camera's controls are first used: `capabilities` is read by
// every <camera-preview>.

/** The live video track's capabilities, or undefined where there is none (or the browser has no getCapabilities). */
export function capabilitiesOf(stream: MediaStream | null | undefined): CameraCapabilities | undefined {
  const track = stream?.getVideoTracks()[0];
  return track?.readyState === 'live' ? (track.getCapabilities?.() as CameraCapabilities | undefined) : undefined;
}
