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
export const HealthThreshold = {
  /** Peak sample amplitude below which audio counts as digital silence (2^-15, about -90 dBFS). */
  silentPeak: 2 ** -15,
  /** How long the silence must last. */
  silentMs: 3000,
  /** Mean luma (0..255, BT.601) under which a frame is dark... */
  darkMeanLuma: 16,
  /** ...if no sampled pixel is brighter than this. */
  darkMaxLuma: 40,
  /** How long the frames must stay dark. */
  darkMs: 2000,
  /** How long without a new frame before `frozen`. */
  frozenMs: 2000,
  /** How often the video is sampled. */
  videoSampleMs: 500,
} as const;
