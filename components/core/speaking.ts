/** Speaking ends only after the level stays this far below the threshold for this long. */
const HYSTERESIS_DB = 6;
const HANGOVER_MS = 300;

/**
 * Whether someone is speaking, reading by reading: on at the threshold, off once the level has stayed
 * {@link HYSTERESIS_DB} below it for {@link HANGOVER_MS}. One rule for a meter's `speaking` and for speaking while muted.
 */
export class SpeakingHysteresis {
  #loudAt = 0;

  /** `speaking` after a reading of `db` (dBFS) at `now`, given what it was before. */
  next(was: boolean, db: number, threshold: number, now: number): boolean {
    if (db >= threshold - HYSTERESIS_DB) this.#loudAt = now;
    return db >= threshold || (was && now - this.#loudAt < HANGOVER_MS);
  }

  /**
   * `speaking` was decided elsewhere until `now` (the same rule over other readings): what it was is the caller's,
   * and a voice heard until now keeps it on for the hangover.
   */
  follow(speaking: boolean, now: number): void {
    if (speaking) this.#loudAt = now;
  }

  reset(): void {
    this.#loudAt = 0;
  }
}
