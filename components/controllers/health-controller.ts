import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { CaptureState } from '../core/constants.js';
import { HEALTHY, probeSilence, type Health, type HealthProbe } from '../core/health.js';
import { probeVideo } from '../core/video-health.js';

export interface HealthControllerOptions {
  /** Which signals the host can have: a screen capture has none (a still screen sends no frames, by design). */
  checks: () => { audio: boolean; video: boolean };
  /** The `<video>` that shows the stream, once rendered. */
  video: () => HTMLVideoElement | null;
  /** Whether the checks may run: live and not muted (a muted track sends silence and black on purpose). */
  running: () => boolean;
  /** Called when a signal changes. */
  onChange: (health: Health) => void;
}

/**
 * Keeps the host's {@link Health} current for its stream: silence on its audio track (read only while not `muted`,
 * so the track is enabled, and on the level feed a meter of the same track already runs), dark and frozen frames on
 * its `<video>`. The checks pause while the host is
 * off-screen, the page hidden, or `running()` says no, and every signal then reads false: not knowing is no alarm.
 */
export class HealthController implements ReactiveController {
  health: Health = { ...HEALTHY };

  #stream: MediaStream | null = null;
  #audio: HealthProbe | undefined;
  #video: HealthProbe | undefined;
  #videoElement: HTMLVideoElement | null = null;
  #observer: IntersectionObserver | undefined;
  #onScreen = false;

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly options: HealthControllerOptions,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    this.#observer = new IntersectionObserver(entries => {
      this.#onScreen = entries[entries.length - 1]!.isIntersecting;
      this.#refresh();
    });
    this.#observer.observe(this.host);
    document.addEventListener('visibilitychange', this.#refresh);
  }

  hostDisconnected(): void {
    this.#observer?.disconnect();
    this.#observer = undefined;
    this.#onScreen = false;
    document.removeEventListener('visibilitychange', this.#refresh);
    this.#refresh();
  }

  hostUpdated(): void {
    this.#refresh();
  }

  /** Checks `stream`, or nothing with `null`. */
  setStream(stream: MediaStream | null): void {
    if (stream === this.#stream) return;
    this.#dispose();
    this.#stream = stream;
    this.#refresh();
  }

  readonly #refresh = (): void => {
    const stream = this.#stream;
    const checks = this.options.checks();
    const active = !!stream && this.#onScreen && document.visibilityState !== 'hidden' && this.options.running();
    const audio = checks.audio ? stream?.getAudioTracks()[0] : undefined;
    if (audio && !this.#audio) this.#audio = probeSilence(audio, silent => this.#set({ silent }));
    const video = checks.video && stream?.getVideoTracks().length ? this.options.video() : null;
    if (video !== this.#videoElement) {
      this.#video?.dispose();
      this.#videoElement = video;
      this.#video = video ? probeVideo(video, health => this.#set(health)) : undefined;
    }
    this.#audio?.setActive(active);
    this.#video?.setActive(active);
    if (!active) this.#set(HEALTHY);
  };

  #set(change: Partial<Health>): void {
    const next = { ...this.health, ...change };
    if (next.silent === this.health.silent && next.dark === this.health.dark && next.frozen === this.health.frozen) return;
    this.health = next;
    this.options.onChange(next);
  }

  #dispose(): void {
    this.#audio?.dispose();
    this.#video?.dispose();
    this.#audio = this.#video = undefined;
    this.#videoElement = null;
    this.#set(HEALTHY);
  }
}

/** A capture element, as {@link watchHealth} sees it. */
export type HealthHost = ReactiveControllerHost & HTMLElement & { readonly state: string; readonly muted: boolean; readonly renderRoot: ParentNode };

/**
 * The health checks of a capture element: `checks` of its stream while live and not muted, its `<video>`'s frames
 * (or those of `video()` when it gives one: the camera's own picture while the element shows an effect).
 */
export function watchHealth(host: HealthHost, checks: { audio: boolean; video: boolean }, onChange: (health: Health) => void, video?: () => HTMLVideoElement | null): HealthController {
  return new HealthController(host, {
    checks: () => checks,
    video: () => video?.() ?? host.renderRoot.querySelector('video'),
    running: () => host.state === CaptureState.Live && !host.muted,
    onChange,
  });
}
