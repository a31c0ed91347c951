import { applyLive } from './live-constraints.js';
import type { LocalMediaStream } from './local-media-stream.js';

/** A device choice is the person's once they made it in the browser's prompt: not applied to an adopted track. */
const DEVICE_CHOICE = ['deviceId', 'groupId', 'facingMode'];

/**
 * Applies a capture's constraints to a stream it adopted (see `CaptureSession.adopt`): the browser's capture
 * controls take constraints, but Chromium 156 opens the camera at its default size whatever they ask (measured:
 * 640 wide for an ideal 1280), so the size, frame rate and processing are applied to the live tracks, as far as
 * they take them. A refusal leaves the track as the browser gave it.
 */
export async function applyToAdopted(stream: LocalMediaStream, constraints: MediaStreamConstraints): Promise<void> {
  for (const kind of ['video', 'audio'] as const) {
    const asked = constraints[kind];
    if (typeof asked !== 'object' || !stream.getTracks().some(track => track.kind === kind)) continue;
    const wanted = Object.fromEntries(Object.entries(asked).filter(([name]) => !DEVICE_CHOICE.includes(name)));
    if (Object.keys(wanted).length === 0) continue;
    await applyLive(stream, { [kind]: {} }, { [kind]: wanted }).catch(() => false);
  }
}
