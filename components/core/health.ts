/**
 * Health of a live capture, without a framework: is the microphone sending digital silence (muted in the OS, input
 * volume at zero), are the frames nearly black (lens covered, privacy shutter), has the camera stopped sending
 * frames (taken by another application, a stalled driver)? Each check is cheap: a 16×9 sample of the video twice a
 * second, and the readings of the meters' own level feed, which sums every sample on the audio thread.
 */
import { HealthThreshold, type Health } from './health-threshold.js';
import { meterStream, type LevelListener } from './level-meter.js';

export { HEALTHY, HealthThreshold, setHealthTimings, type Health, type HealthTimings } from './health-threshold.js';

/** A health check that can be paused (muted, off-screen, hidden page) and must be disposed. */
export interface HealthProbe {
  /** Pauses (false) or resumes (true); a resumed check starts its timers afresh. */
  setActive(active: boolean): void;
  dispose(): void;
}

const SAMPLE_WIDTH = 16;
const SAMPLE_HEIGHT = 9;

/** Calls `read(now)` every `ms` while active. */
function ticker(ms: number, read: (now: number) => void, onActive: (active: boolean) => void): HealthProbe {
  let timer: ReturnType<typeof setInterval> | undefined;
  const setActive = (active: boolean) => {
    if (active === (timer !== undefined)) return;
    clearInterval(timer);
    timer = active ? setInterval(() => read(performance.now()), ms) : undefined;
    onActive(active);
  };
  return { setActive, dispose: () => setActive(false) };
}

/**
 * Watches the frames `video` shows: `dark` after {@link HealthThreshold.darkMs} of nearly black samples, `frozen`
 * after {@link HealthThreshold.frozenMs} without a new frame. A frame is new when the video's playback quality
 * counts more frames than at the last sample (Chromium, WebKit), else when `requestVideoFrameCallback` says one was
 * presented (Firefox counts no frames of a MediaStream), or when the sample differs from the last one (a video not
 * painted, e.g. off-screen, gets no callbacks). The callback runs only until the count is seen to work: it wakes the
 * page for a rendering update at every frame, which cost more of the main thread than everything else here
 * (bench/effects-trace.txt). Starts paused.
 */
export function probeVideo(video: HTMLVideoElement, report: (health: Pick<Health, 'dark' | 'frozen'>) => void): HealthProbe {
  const canvas = Object.assign(document.createElement('canvas'), { width: SAMPLE_WIDTH, height: SAMPLE_HEIGHT });
  const context = canvas.getContext('2d', { willReadFrequently: true })!;
  let previous: Uint8ClampedArray | undefined;
  let frameAt = 0;
  let darkSince: number | undefined;
  let callback: number | undefined;
  let counted = 0;
  const framesCounted = () => video.getVideoPlaybackQuality?.().totalVideoFrames ?? 0;
  const presented = () => {
    frameAt = performance.now();
    callback = video.requestVideoFrameCallback(presented);
  };
  const stopCallbacks = () => {
    if (callback !== undefined) video.cancelVideoFrameCallback(callback);
    callback = undefined;
  };
  const read = (now: number) => {
    const total = framesCounted();
    if (total !== counted) {
      counted = total;
      frameAt = now;
      stopCallbacks();
    }
    let dark = false;
    if (video.readyState >= HTMLMediaElement.HAVE_CURRENT_DATA && video.videoWidth > 0) {
      context.drawImage(video, 0, 0, SAMPLE_WIDTH, SAMPLE_HEIGHT);
      const { data } = context.getImageData(0, 0, SAMPLE_WIDTH, SAMPLE_HEIGHT);
      let sum = 0;
      let max = 0;
      let changed = !previous;
      for (let i = 0; i < data.length; i += 4) {
        const luma = 0.299 * data[i]! + 0.587 * data[i + 1]! + 0.114 * data[i + 2]!;
        sum += luma;
        if (luma > max) max = luma;
        if (!changed && (data[i] !== previous![i] || data[i + 1] !== previous![i + 1] || data[i + 2] !== previous![i + 2])) changed = true;
      }
      previous = data;
      if (changed) frameAt = now;
      dark = sum / (data.length / 4) < HealthThreshold.darkMeanLuma && max <= HealthThreshold.darkMaxLuma;
    }
    darkSince = dark ? (darkSince ?? now) : undefined;
    report({
      dark: darkSince !== undefined && now - darkSince >= HealthThreshold.darkMs,
      frozen: now - frameAt >= HealthThreshold.frozenMs,
    });
  };
  return ticker(HealthThreshold.videoSampleMs, read, active => {
    stopCallbacks();
    previous = darkSince = undefined;
    frameAt = performance.now();
    counted = framesCounted();
    if (active && 'requestVideoFrameCallback' in video) callback = video.requestVideoFrameCallback(presented);
  });
}

/**
 * Hears `track` on the kit's level feed (core/level-meter.ts: the meters' own AudioWorklet, shared with any meter of
 * the same track, so a meter with health checks costs no more audio work than one without): `onRead` gets the RMS and
 * the peak (linear, 0..1) of every sample since the last reading, 15 times a second (`READINGS_PER_S`).
 * `onSuspended` hears each change of the AudioContext between suspended and running: while it waits for a user
 * gesture nothing is heard, so nothing may be concluded. Starts paused.
 */
export function probeAudio(track: MediaStreamTrack, onRead: LevelListener, onSuspended?: () => void): HealthProbe {
  let suspended: boolean | undefined;
  const meter = meterStream(new MediaStream([track]), onRead, now => {
    if (now !== suspended) onSuspended?.();
    suspended = now;
  });
  meter.setActive(false);
  return meter;
}

/** `silent` after {@link HealthThreshold.silentMs} of audio under {@link HealthThreshold.silentPeak}. Starts paused. */
export function probeSilence(track: MediaStreamTrack, report: (silent: boolean) => void): HealthProbe {
  let soundAt = performance.now();
  let active = false;
  const probe = probeAudio(
    track,
    (_, peak, now) => {
      if (peak >= HealthThreshold.silentPeak) soundAt = now;
      report(now - soundAt >= HealthThreshold.silentMs);
    },
    () => ((soundAt = performance.now()), report(false)),
  );
  return {
    setActive(on) {
      if (on && !active) soundAt = performance.now();
      active = on;
      probe.setActive(on);
    },
    dispose: probe.dispose,
  };
}
