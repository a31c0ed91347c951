// The health signals and their thresholds: public (core/index.ts) without the checks themselves (core/health.ts),
// which load with an element's first live stream.

/** Each health signal: `silent`, `dark`, `frozen`. */
export interface Health {
  silent: boolean;
  dark: boolean;
  frozen: boolean;
}

export const HEALTHY: Readonly<Health> = Object.freeze({ silent: false, dark: false, frozen: false });

/**
 * The thresholds (documented in the README, Health). Digital silence is below one 16-bit step (-90 dBFS): a quiet
 * room (about -55 dBFS) and every microphone's own noise are far above it, an OS mute is exact zeros. "Dark" is a
 * mean luma under 16 of 255 with no sampled pixel over 40: a dim room lit by a screen stays above it.
 */
export const HealthThreshold: {
  readonly silentPeak: number;
  readonly silentMs: number;
  readonly darkMeanLuma: number;
  readonly darkMaxLuma: number;
  readonly darkMs: number;
  readonly frozenMs: number;
  readonly videoSampleMs: number;
} = {
  /** Peak sample amplitude below which audio counts as digital silence (2^-15, about -90 dBFS). */
  silentPeak: 2 ** -15,
  /** How long the silence must last (see {@link setHealthTimings}). */
  silentMs: 3000,
  /** Mean luma (0..255, BT.601) under which a frame is dark... */
  darkMeanLuma: 16,
  /** ...if no sampled pixel is brighter than this. */
  darkMaxLuma: 40,
  /** How long the frames must stay dark. */
  darkMs: 2000,
  /** How long without a new frame before `frozen`. */
  frozenMs: 2000,
  /** How often the video is looked at (its frame count, a 16×9 sample): the 2 s of `dark` are 2 or 3 samples. */
  videoSampleMs: 1000,
};

/** How long each fault must last before it is reported, in milliseconds. */
export interface HealthTimings {
  silentMs: number;
  darkMs: number;
  frozenMs: number;
}

/** The shortest timing {@link setHealthTimings} takes: below it, a single late frame or reading would be an alarm. */
const SHORTEST_TIMING_MS = 250;

/**
 * Sets, for every element of the page, how long silence, dark frames or a picture without new frames must last
 * before `silent`, `dark` or `frozen` is reported (defaults: 3000, 2000 and 2000 ms). For a page that wants an
 * earlier hint (a pre-call check) or a later one (a noisy studio feed). Takes effect for checks that start
 * afterwards (a capture going live, or coming back on screen). A timing that is not a number of at least 250 ms is
 * ignored, with a warning. Returns the timings in effect before the call, so that they can be restored.
 */
export function setHealthTimings(timings: Partial<HealthTimings>): HealthTimings {
  const before: HealthTimings = { silentMs: HealthThreshold.silentMs, darkMs: HealthThreshold.darkMs, frozenMs: HealthThreshold.frozenMs };
  const writable = HealthThreshold as { -readonly [K in keyof typeof HealthThreshold]: number };
  for (const name of ['silentMs', 'darkMs', 'frozenMs'] as const) {
    const value = timings[name];
    if (value === undefined) continue;
    if (typeof value === 'number' && Number.isFinite(value) && value >= SHORTEST_TIMING_MS) writable[name] = value;
    else console.warn(`setHealthTimings: ${name} ${String(value)} is not valid (a number of milliseconds, at least ${SHORTEST_TIMING_MS}); it stays ${before[name]}.`);
  }
  return before;
}
