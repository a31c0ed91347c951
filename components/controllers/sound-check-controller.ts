import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { testSoundWav } from '../core/wav.js';
import { RecordingController } from './recording-controller.js';

/** What the sound checks are doing: nothing, the test sound, recording the microphone, or playing it back. */
export type SoundCheckPhase = 'idle' | 'tone' | 'recording' | 'playback';

export interface SoundCheckControllerOptions {
  /** The `<audio>` that plays, through the chosen output (its `setSinkId`). */
  output: () => HTMLAudioElement;
  /** How long the microphone test records, in milliseconds. */
  recordFor: number;
  /** The microphone could not be recorded or played back (no MediaRecorder, an empty recording...); also `failed`. */
  onFailure?: (error: Error) => void;
}

/**
 * The speaker test and the microphone test of `<device-check>`: plays a short sound, or records the microphone
 * for a few seconds and plays that back, through one `<audio>` (so through the output chosen for it). One at a
 * time; each asks the host to update when its phase changes, and everything stops when the host leaves the page.
 */
export class SoundCheckController implements ReactiveController {
  #phase: SoundCheckPhase = 'idle';
  #url: string | undefined;
  #startedAt = 0;
  #failed = false;

  readonly #recording: RecordingController;

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly options: SoundCheckControllerOptions,
  ) {
    this.#recording = new RecordingController(host, {
      mimeType: () => '',
      timeslice: () => undefined,
      maxDuration: () => options.recordFor,
      onState: () => {},
      onData: () => {},
      onStop: ({ blob }) => this.#playBack(blob),
      onError: error => this.#fail(error),
    });
    host.addController(this);
  }

  get phase(): SoundCheckPhase {
    return this.#phase;
  }

  /** The last test could not record or play, until the next one starts. */
  get failed(): boolean {
    return this.#failed;
  }

  /** Milliseconds left to record, while recording. */
  get remaining(): number {
    return this.#phase === 'recording' ? Math.max(0, this.options.recordFor - (performance.now() - this.#startedAt)) : 0;
  }

  hostDisconnected(): void {
    this.cancel();
  }

  /** Plays the test sound, or stops it while it plays (the speaker test's button). */
  toggleTone(): void {
    if (this.#phase === 'tone') this.cancel();
    else this.playTone();
  }

  /** Tests the microphone with `stream`, or stops the test while it records or plays back (its button). */
  toggleMicrophoneTest(stream: MediaStream | null): void {
    if (this.#phase === 'recording' || this.#phase === 'playback') this.cancel();
    else this.testMicrophone(stream);
  }

  /** Plays the test sound. */
  playTone(): void {
    this.cancel();
    this.#failed = false;
    this.#play(testSoundWav(), 'tone');
  }

  /** Records `stream` for `recordFor` ms, then plays it back. */
  testMicrophone(stream: MediaStream | null): void {
    this.cancel();
    this.#failed = false;
    try {
      this.#recording.start(stream);
    } catch (error) {
      this.#fail(error as Error);
      return;
    }
    this.#startedAt = performance.now();
    this.#setPhase('recording');
  }

  /** Stops whatever is playing or recording, and forgets the recording. */
  cancel(): void {
    if (this.#phase === 'recording') {
      this.#phase = 'idle'; // the recording's onStop then plays nothing
      this.#recording.stop().catch(() => {});
    }
    const audio = this.options.output();
    audio?.pause();
    audio?.removeAttribute('src');
    if (this.#url) URL.revokeObjectURL(this.#url);
    this.#url = undefined;
    this.#setPhase('idle');
  }

  #playBack(blob: Blob): void {
    if (this.#phase !== 'recording') return;
    // WebKit sometimes finalizes a short recording as its header alone.
    if (blob.size < 1000) this.#fail(new DOMException('The recording is empty.', 'EncodingError'));
    else this.#play(blob, 'playback');
  }

  #play(blob: Blob, phase: SoundCheckPhase): void {
    const audio = this.options.output();
    if (this.#url) URL.revokeObjectURL(this.#url);
    const url = URL.createObjectURL(blob);
    this.#url = url;
    audio.src = url;
    audio.onended = () => this.cancel();
    audio.onerror = () => {
      if (this.#url === url) this.#fail(new DOMException(`The ${phase === 'tone' ? 'test sound' : 'recording'} could not be played.`, 'EncodingError'));
    };
    this.#setPhase(phase);
    // A play() that cancel() interrupted rejects too (AbortError), and a source error is onerror's.
    audio.play().catch(error => {
      if (this.#url === url && !audio.error) this.#fail(error as Error);
    });
  }

  #fail(error: Error): void {
    this.cancel();
    this.#failed = true;
    this.host.requestUpdate();
    this.options.onFailure?.(error);
  }

  #setPhase(phase: SoundCheckPhase): void {
    if (phase === this.#phase) return;
    this.#phase = phase;
    this.host.requestUpdate();
  }
}
