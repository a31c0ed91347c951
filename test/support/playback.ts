/**
 * Where a seek in a recording lands, as a person watching it would find: with no test framework, so that the
 * Chromium recovery check (scripts/check-recovery.mjs) bundles it into its page too.
 */

/** Resolves with what `start` hands `done`; fails after 5 s saying what did not happen. */
function within<T = unknown>(what: string, start: (done: (value: T) => void, fail: (error: Error) => void) => void): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`Timed out waiting: ${what}`)), 5000);
    start(
      value => (clearTimeout(timer), resolve(value)),
      error => (clearTimeout(timer), reject(error)),
    );
  });
}

export interface Playback {
  /** `duration` once the metadata is in (Infinity: the file doesn't say). */
  duration: number;
  /** The end of the last seekable range (0: none). */
  seekableEnd: number;
  /** Where the player is after a seek to the middle: for video the time of the frame it shows. */
  landed: number;
  /** The middle that was asked for. */
  middle: number;
}

/**
 * Loads `blob` in a `<video>` (or `<audio>`), reads its duration, seeks to the middle of it (or of `expected`
 * seconds when the file gives no duration) and reports where that landed: for video, the media time of the frame
 * presented after the seek (requestVideoFrameCallback), so a seek that shows another frame is caught.
 */
export async function playback(blob: Blob, expected: number, kind: 'video' | 'audio' = 'video'): Promise<Playback> {
  const player = document.createElement(kind) as HTMLVideoElement;
  player.muted = true;
  player.preload = 'auto';
  player.src = URL.createObjectURL(blob);
  document.body.append(player);
  try {
    // Video: a first frame to show; audio: the metadata (WebKitGTK here decodes no AAC, so it has no data to play).
    await within(`the player to load ${blob.size} bytes`, (done, fail) => {
      if (kind === 'video') player.onloadeddata = done;
      else player.onloadedmetadata = done;
      player.onerror = () => fail(new Error(`not playable: ${player.error?.message}`));
    });
    const { duration } = player;
    const seekableEnd = player.seekable.length ? player.seekable.end(player.seekable.length - 1) : 0;
    const middle = (Number.isFinite(duration) ? duration : expected) / 2;
    // Asked before the seek: the frame presented next is the one the seek shows.
    const frame = kind === 'video' ? within<number>('a frame shown after the seek', done => player.requestVideoFrameCallback((_now, shown) => done(shown.mediaTime))) : undefined;
    const seeked = within(`a seek to ${middle} s to end`, done => (player.onseeked = done));
    player.currentTime = middle;
    await seeked;
    return { duration, seekableEnd, landed: frame ? await frame : player.currentTime, middle };
  } finally {
    player.remove();
    URL.revokeObjectURL(player.src);
  }
}

