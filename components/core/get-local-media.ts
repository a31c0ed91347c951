import { ErrorKind } from './constants.js';
import { LocalMediaError, abortedError, errorFor, toLocalMediaError } from './errors.js';
import { LocalMediaStream } from './local-media-stream.js';

export interface LocalMediaOptions {
  /** Aborting rejects with kind `aborted`; a stream that arrives afterwards is stopped at once. */
  signal?: AbortSignal;
}

function mediaDevices(api: 'getUserMedia' | 'getDisplayMedia'): MediaDevices {
  const devices = globalThis.navigator?.mediaDevices;
  if (!devices) throw errorFor(globalThis.isSecureContext === false ? ErrorKind.Insecure : ErrorKind.Unsupported);
  if (typeof devices[api] !== 'function') throw errorFor(ErrorKind.Unsupported);
  return devices;
}

async function request(open: () => Promise<MediaStream>, signal: AbortSignal | undefined): Promise<LocalMediaStream> {
  if (signal?.aborted) throw abortedError(signal.reason);
  const pending = new Promise<MediaStream>(resolve => resolve(open())).then(
    stream => new LocalMediaStream(stream.getTracks()),
    error => Promise.reject(toLocalMediaError(error)),
  );
  if (!signal) return pending;

  return new Promise<LocalMediaStream>((resolve, reject) => {
    const onAbort = () => {
      reject(abortedError(signal.reason));
      // No track outlives its request: whatever arrives after the abort is stopped on arrival.
      pending.then(stream => stream.stop(), () => {});
    };
    signal.addEventListener('abort', onAbort, { once: true });
    pending.then(
      stream => {
        signal.removeEventListener('abort', onAbort);
        if (signal.aborted) stream.stop();
        else resolve(stream);
      },
      (error: LocalMediaError) => {
        signal.removeEventListener('abort', onAbort);
        reject(signal.aborted ? abortedError(signal.reason) : error);
      },
    );
  });
}

/**
 * `navigator.mediaDevices.getUserMedia()`, resolving with a {@link LocalMediaStream} and rejecting with a
 * {@link LocalMediaError} whose `kind` says what went wrong.
 */
export function getLocalMedia(constraints: MediaStreamConstraints, options: LocalMediaOptions = {}): Promise<LocalMediaStream> {
  try {
    const devices = mediaDevices('getUserMedia');
    return request(() => devices.getUserMedia(constraints), options.signal);
  } catch (error) {
    return Promise.reject(toLocalMediaError(error));
  }
}

/** `navigator.mediaDevices.getDisplayMedia()` with the same contract as {@link getLocalMedia}. */
export function getLocalDisplayMedia(
  displayOptions: DisplayMediaStreamOptions = {},
  options: LocalMediaOptions = {},
): Promise<LocalMediaStream> {
  try {
    const devices = mediaDevices('getDisplayMedia');
    return request(() => devices.getDisplayMedia(displayOptions), options.signal);
  } catch (error) {
    return Promise.reject(toLocalMediaError(error));
  }
}
