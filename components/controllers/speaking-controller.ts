import { Attr, EventName } from '../core/constants.js';
import { SpeakingHysteresis } from '../core/speaking.js';

/**
 * The one writer of a meter's `speaking`: the host feeds it the readings of whatever hears the voice now (the level
 * feed of the live track; an enabled clone of it while muted), and it keeps one hysteresis over all of them, so a
 * change of source (mute, unmute) is no change of `speaking`. It reflects the `speaking` attribute and fires
 * `speakingchange` once per change.
 */
export class SpeakingController {
  /** The voice is above the threshold (with hysteresis). */
  speaking = false;

  readonly #speech = new SpeakingHysteresis();

  constructor(
    private readonly host: HTMLElement,
    private readonly threshold: () => number,
  ) {}

  /** A reading of the voice: its level in dBFS at `now` (performance.now()). */
  hear(db: number, now: number): void {
    this.#set(this.#speech.next(this.speaking, db, this.threshold(), now));
  }

  /** `speaking` as another decided it at `now` (the meters' worker, with the same rule over the same readings). */
  follow(speaking: boolean, now: number): void {
    this.#speech.follow(speaking, now);
    this.#set(speaking);
  }

  /** Nothing to hear (no stream): not speaking. */
  reset(): void {
    this.#speech.reset();
    this.#set(false);
  }

  #set(speaking: boolean): void {
    if (speaking === this.speaking) return;
    this.speaking = speaking;
    this.host.toggleAttribute(Attr.Speaking, speaking);
    this.host.dispatchEvent(new CustomEvent(EventName.SpeakingChange, { detail: { speaking } }));
  }
}
