import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { probeAudio, type HealthProbe } from '../core/health.js';

export interface MutedSpeakingOptions {
  /** Whether the host is muted and live: only then does this controller listen. */
  running: () => boolean;
  /** Each reading of the voice while running: its level in dBFS at `now` (performance.now()). */
  onReading: (db: number, now: number) => void;
}

/**
 * Hears the voice while the host is muted, so that `[muted][speaking]` can say "you are muted". The host's track is
 * disabled while muted (it sends silence); this listens to an enabled clone of it, which lives only as long as that
 * track does, so muting keeps the device no longer open than it did. The clone is heard on the kit's level feed
 * (core/level-meter.ts), and only while muted; what the readings mean is the host's (see SpeakingController).
 */
export class MutedSpeakingController implements ReactiveController {
  #track: MediaStreamTrack | undefined;
  #probe: HealthProbe | undefined;

  constructor(
    host: ReactiveControllerHost,
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
    this.#probe?.setActive(this.options.running());
  }

  readonly #onRead = (rms: number, _peak: number, now: number): void => {
    this.options.onReading(rms > 0 ? 20 * Math.log10(rms) : -Infinity, now);
  };
}
