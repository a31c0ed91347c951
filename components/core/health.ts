/**
 * Health of a live capture, without a framework: is the microphone sending digital silence (muted in the OS, input
 * volume at zero), are the frames nearly black (lens covered, privacy shutter), has the camera stopped sending
 * frames (taken by another application, a stalled driver)? Each check costs next to nothing: the frames the browser
 * already counts, a 16×9 sample of the video once a second (video-health.ts), and four summaries a second of the
 * meters' own level feed, which sums every sample on the audio thread.
 */
import { HealthThreshold } from './health-threshold.js';
import { meterStream, type LevelListener } from './level-meter.js';

export { HEALTHY, HealthThreshold, setHealthTimings, type Health, type HealthTimings } from './health-threshold.js';

/** A health check that can be paused (muted, off-screen, hidden page) and must be disposed. */
export interface HealthProbe {
  /** Pauses (false) or resumes (true); a resumed check starts its timers afresh. */
  setActive(active: boolean): void;
  dispose(): void;
}

/**
 * Hears `track` on the kit's level feed (core/level-meter.ts: the meters' own AudioWorklet, shared with any meter of
 * the same track, so a meter with health checks costs no more audio work than one without): `onRead` gets the RMS and
 * the peak (linear, 0..1) of every sample since the last reading, 15 times a second (`READINGS_PER_S`), or with
 * `rate` `'slow'` four times a second (`SLOW_READINGS_PER_S`). `onSuspended` hears each change of the AudioContext
 * between suspended and running: while it waits for a user gesture nothing is heard, so nothing may be concluded.
 * Starts paused.
 */
export function probeAudio(track: MediaStreamTrack, onRead: LevelListener, onSuspended?: () => void, rate?: 'reading' | 'slow'): HealthProbe {
  let suspended: boolean | undefined;
  const meter = meterStream(new MediaStream([track]), onRead, now => {
    if (now !== suspended) onSuspended?.();
    suspended = now;
  }, rate);
  meter.setActive(false);
  return meter;
}

/**
 * `silent` after {@link HealthThreshold.silentMs} of audio under {@link HealthThreshold.silentPeak}, on the feed's
 * summaries (four a second: every sample counts, and the page hears four small messages a second). Starts paused.
 */
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
    'slow',
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
