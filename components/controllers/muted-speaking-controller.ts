import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { Attr, EventName } from '../core/constants.js';
import { probeAudio, type HealthProbe } from '../core/health.js';
import { SpeakingHysteresis } from '../core/speaking.js';

export interface MutedSpeakingOptions {
  /** `speaking` turns on at this level, in dBFS. */
  threshold: () => number;
  /** Whether the host is muted and live: only then does this controller listen. */
  running: () => boolean;
}

/**
 * Keeps the host's `speaking` attribute following the voice while the host is muted, so that `[muted][speaking]`
 * can say "you are muted". The host's track is disabled while muted (it sends silence); this listens to an enabled
 * clone of it, which lives only as long as that track does, so muting keeps the device no longer open than it did.
 * The clone is heard on the kit's level feed (core/level-meter.ts), and only while muted.
 */
export class MutedSpeakingController implements ReactiveController {
  /** The voice is above the threshold while muted. */
  speaking = false;

  #track: MediaStreamTrack | undefined;
  #probe: HealthProbe | undefined;
  readonly #speech = new SpeakingHysteresis();

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly options: MutedSpeakingOptions,
  ) {
    host.addController(this);
  }

  hostUpdated(): void {
    this.#refresh();
  }

  /** Listens to the first audio track of `stream` while muted; `null` stops (the host's release of its stream). */
  setStream(stream: MediaStream | null): void {
    this.#probe?.dispose();
    this.#track?.stop();
    this.#probe = this.#track = undefined;
    const track = stream?.getAudioTracks()[0];
    if (track) {
      this.#track = track.clone();
      this.#track.enabled = true;
      this.#probe = probeAudio(this.#track, this.#onRead);
    }
    this.#refresh();
  }

  #refresh(): void {
    const running = !!this.#probe && this.options.running();
    this.#probe?.setActive(running);
    if (!running) this.#set(false);
  }

  readonly #onRead = (rms: number, _peak: number, now: number): void => {
    const db = rms > 0 ? 20 * Math.log10(rms) : -Infinity;
    this.#set(this.#speech.next(this.speaking, db, this.options.threshold(), now));
  };

  #set(speaking: boolean): void {
    const shown = this.host.hasAttribute(Attr.Speaking);
    const changed = speaking !== this.speaking;
    this.speaking = speaking;
    // Only while muted is the attribute this controller's: the meter's own level says it otherwise.
    if (!changed && (!speaking || shown)) return;
    this.host.toggleAttribute(Attr.Speaking, speaking);
    if (shown !== speaking) this.host.dispatchEvent(new CustomEvent(EventName.SpeakingChange, { detail: { speaking } }));
  }
}
