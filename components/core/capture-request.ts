import { ErrorKind } from './constants.js';
import { abortedError, toLocalMediaError } from './errors.js';
import { getLocalDisplayMedia } from './get-local-media.js';
import type { LocalMediaStream } from './local-media-stream.js';
import { getSharedMedia } from './shared-media.js';

/** The first retry of an `in-use` device waits this long; each further one twice as long. */
const RETRY_BASE_MS = 250;

const sleep = (ms: number, signal: AbortSignal) =>
  new Promise<void>((resolve, reject) => {
    const timer = setTimeout(resolve, ms);
    signal.addEventListener('abort', () => (clearTimeout(timer), reject(abortedError(signal.reason))), { once: true });
  });

export interface CaptureRequest {
  source: 'user' | 'display';
  constraints: MediaStreamConstraints;
  signal: AbortSignal;
  /** How many times to retry, with backoff, a device that is `in-use` (at most 10). */
  retries: number;
  /**
   * Called once when the device is `in-use` while the caller still holds a capture (a switch): it frees the old
   * device and returns true, and the request asks again at once, since many cameras can't be opened twice.
   */
  freeHeld?: () => boolean;
}

/**
 * One capture request with the answers to `in-use` of a device: free the held device once, then retry with backoff.
 * A screen capture is asked for once.
 */
export async function requestCapture(request: CaptureRequest): Promise<LocalMediaStream> {
  const { source, constraints, signal } = request;
  let freed = false;
  for (let attempt = 0; ; attempt++) {
    try {
      return source === 'display'
        ? await getLocalDisplayMedia(constraints as DisplayMediaStreamOptions, { signal })
        : await getSharedMedia(constraints, { signal });
    } catch (thrown) {
      const error = toLocalMediaError(thrown);
      // A screen is asked for again only from a new gesture: another picker is not the kit's to open.
      if (error.kind !== ErrorKind.InUse || signal.aborted || source === 'display') throw error;
      if (!freed && request.freeHeld?.()) {
        freed = true;
        attempt--;
        continue;
      }
      if (attempt >= Math.min(request.retries, 10)) throw error;
      await sleep(RETRY_BASE_MS * 2 ** attempt, signal);
    }
  }
}

/** The constraints with the devices the source lost asked for as an ideal, where the constraints name none. */
export function preferDevices(constraints: MediaStreamConstraints, lost: ReadonlyMap<MediaDeviceKind, string>): MediaStreamConstraints {
  if (lost.size === 0) return constraints;
  const prefer = (track: boolean | MediaTrackConstraints | undefined, kind: MediaDeviceKind) => {
    const id = lost.get(kind);
    if (!track || !id || (typeof track === 'object' && track.deviceId)) return track;
    return { ...(typeof track === 'object' ? track : {}), deviceId: { ideal: id } };
  };
  return { ...constraints, video: prefer(constraints.video, 'videoinput'), audio: prefer(constraints.audio, 'audioinput') };
}
