import { changeLive, type LiveCapture } from './live-constraints.js';
import type { LocalMediaStream } from './local-media-stream.js';

/** What {@link fitAdopted} needs of the capture that adopted a stream. */
export interface AdoptingCapture extends LiveCapture {
  /** Whether a new capture may be asked for without a prompt (the permission is no longer denied). */
  mayAskAgain(): boolean;
}

/**
 * Gives a stream that a capture adopted (see `CaptureSession.adopt`) the capture's own constraints. The browser's
 * capture controls take constraints, but Chromium 156 opens the device with its defaults whatever they ask
 * (measured: a camera 640 wide for an ideal 1280; a microphone with echo cancellation, noise suppression and gain
 * control on when asked off), so they are applied as a live change is: on the tracks where they take them
 * (`applyConstraints`), else by a new capture, which the permission just given lets through without a prompt.
 */
export function fitAdopted(stream: LocalMediaStream, constraints: MediaStreamConstraints, capture: AdoptingCapture): Promise<void> {
  const given = Object.fromEntries(stream.getTracks().map(track => [track.kind, {}])) as MediaStreamConstraints;
  return changeLive(stream, given, constraints, {
    stream: () => capture.stream(),
    applied: () => capture.applied(),
    again: release => (capture.mayAskAgain() ? capture.again(release) : Promise.resolve()),
  });
}
