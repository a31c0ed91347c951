import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { RecorderState } from '../core/constants.js';
import { negotiateMimeType, PERSIST_TIMESLICE, RecordingClock } from '../core/recording.js';
import type { RecordingSink } from './persist-controller.js';

export interface RecordingResult {
  blob: Blob;
  /** Seconds recorded, pauses excluded. */
  duration: number;
}

export interface RecordingControllerOptions {
  /** The preferred MIME type(s), read at every start. */
  mimeType: () => string;
  /** Milliseconds per `dataavailable` chunk; undefined for one chunk at the end. */
  timeslice: () => number | undefined;
  /** Stop by itself after this many milliseconds of recording; undefined for no limit. */
  maxDuration: () => number | undefined;
  /** Where a recording that starts now also goes as it is made (`persist`), if anywhere. */
  sink?: () => RecordingSink | undefined;
  /** A preferred type this browser can't record (the negotiated default is used instead). */
  onInvalidMimeType?: (value: string) => void;
  onState: (state: RecorderState, previous: RecorderState) => void;
  onData: (data: Blob) => void;
  onStop: (result: RecordingResult) => void;
  onError: (error: Error) => void;
}

const invalidState = (message: string) => new DOMException(message, 'InvalidStateError');

/**
 * One MediaRecorder at a time for its host: negotiates the MIME type, keeps the chunks (and hands them to a sink
 * as they come, for `persist`), counts recorded time without the pauses, stops at the maximum duration, and
 * finalizes the recording however it ends (`stop()`, the source's tracks ending, a recorder error, the host
 * leaving the page) into one Blob with its duration and seek index (core/recording/repair.ts, loaded then). It asks
 * the host to update on every state change and once per recorded second, for a timer.
 */
export class RecordingController implements ReactiveController {
  #recorder: MediaRecorder | undefined;
  #stream: MediaStream | null = null;
  #chunks: Blob[] = [];
  #sink: RecordingSink | undefined;
  #mimeType = '';
  #state: RecorderState = RecorderState.Inactive;
  #result: RecordingResult | undefined;
  #finished: Promise<Blob> | undefined;
  #limitTimer: ReturnType<typeof setTimeout> | undefined;
  #tickTimer: ReturnType<typeof setTimeout> | undefined;
  readonly #clock = new RecordingClock();

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly options: RecordingControllerOptions,
  ) {
    host.addController(this);
  }

  get state(): RecorderState {
    return this.#state;
  }

  /** The stream being recorded, or null. */
  get stream(): MediaStream | null {
    return this.#stream;
  }

  /** The MIME type of the current or last recording ('' before the first). */
  get mimeType(): string {
    return this.#mimeType;
  }

  /** Seconds recorded so far in the current (or last) recording, pauses excluded. */
  get duration(): number {
    return this.#clock.elapsed / 1000;
  }

  /** The last finished recording. */
  get result(): RecordingResult | undefined {
    return this.#result;
  }

  hostDisconnected(): void {
    // Finalize rather than record on behind a control that left the page; a DOM move (same task) keeps going.
    queueMicrotask(() => {
      if (!this.host.isConnected && this.#recorder) this.stop().catch(() => {});
    });
  }

  /** Starts recording `stream`. Throws InvalidStateError unless inactive with a live stream, NotSupportedError from the browser. */
  start(stream: MediaStream | null): void {
    if (this.#state !== RecorderState.Inactive || this.#recorder) throw invalidState('A recording is already in progress.');
    if (!stream?.getTracks().some(track => track.readyState === 'live')) throw invalidState('There is no live stream to record.');
    const mimeType = negotiateMimeType(stream, this.options.mimeType(), (_attribute, value) => this.options.onInvalidMimeType?.(String(value)));
    const recorder = new MediaRecorder(stream, mimeType ? { mimeType } : {});
    const sink = this.options.sink?.();
    const timeslice = this.options.timeslice();
    try {
      // Persisting: a chunk at least every second, or a crash would lose everything since the start.
      recorder.start(sink ? Math.min(timeslice ?? PERSIST_TIMESLICE, PERSIST_TIMESLICE) : timeslice);
    } catch (error) {
      void sink?.finish(true); // nothing is kept
      throw error;
    }

    this.#recorder = recorder;
    this.#stream = stream;
    this.#chunks = [];
    this.#sink = sink;
    this.#mimeType = mimeType;
    this.#result = undefined;
    recorder.addEventListener('dataavailable', this.#onData);
    recorder.addEventListener('error', this.#onError);
    const finished = new Promise<Blob>(resolve => recorder.addEventListener('stop', () => resolve(this.#finish(recorder)), { once: true }));
    this.#finished = finished;
    void finished.then(() => {
      if (this.#finished === finished) this.#finished = undefined;
    });
    this.#clock.reset();
    this.#run();
    this.#setState(RecorderState.Recording);
  }

  /** Pauses; the paused time is not recorded. Throws InvalidStateError when inactive. */
  pause(): void {
    if (!this.#recorder) throw invalidState('Nothing is being recorded.');
    if (this.#state !== RecorderState.Recording) return;
    this.#recorder.pause();
    this.#halt();
    this.#setState(RecorderState.Paused);
  }

  /** Resumes a paused recording. Throws InvalidStateError when inactive. */
  resume(): void {
    if (!this.#recorder) throw invalidState('Nothing is being recorded.');
    if (this.#state !== RecorderState.Paused) return;
    this.#recorder.resume();
    this.#run();
    this.#setState(RecorderState.Recording);
  }

  /**
   * Stops and resolves with the recording once the browser has delivered its last data. When already stopped,
   * resolves with the last recording; rejects with InvalidStateError if there is none.
   */
  stop(): Promise<Blob> {
    const recorder = this.#recorder;
    // The clock stops first: the recording ends now, and MediaRecorder.stop() itself may take long (WebKitGTK
    // blocks in it for about 2 s while it finalizes a video file), which is no recorded time.
    this.#halt();
    if (recorder && recorder.state !== 'inactive') recorder.stop();
    this.#setState(RecorderState.Inactive);
    if (this.#finished) return this.#finished;
    return this.#result ? Promise.resolve(this.#result.blob) : Promise.reject(invalidState('Nothing was recorded.'));
  }

  readonly #onData = (event: BlobEvent): void => {
    if (event.data.size === 0) return;
    this.#chunks.push(event.data);
    this.#sink?.append(event.data);
    this.options.onData(event.data);
  };

  readonly #onError = (event: Event): void => {
    const error = (event as Event & { error?: Error }).error ?? new DOMException('The recording failed.', 'UnknownError');
    this.options.onError(error);
  };

  /**
   * The recorder stopped (asked to, or because its tracks ended or it failed): one Blob of every chunk, repaired.
   * The recorder is let go at once, so that a new recording may start while this one is being repaired.
   */
  async #finish(recorder: MediaRecorder): Promise<Blob> {
    recorder.removeEventListener('dataavailable', this.#onData);
    recorder.removeEventListener('error', this.#onError);
    this.#halt();
    this.#mimeType ||= recorder.mimeType || this.#chunks[0]?.type || '';
    const recorded = new Blob(this.#chunks, { type: this.#mimeType });
    const sink = this.#sink;
    const duration = this.duration;
    this.#chunks = [];
    this.#sink = undefined;
    this.#recorder = undefined;
    this.#stream = null;
    this.#setState(RecorderState.Inactive);
    const repaired = await this.#repair(recorded);
    const blob = repaired ?? recorded;
    this.#result = { blob, duration };
    this.host.requestUpdate();
    this.options.onStop(this.#result);
    // What was stored goes once the recording is handed out whole; one that could not be read (in memory: e.g. a
    // Blob larger than the browser keeps) stays, for the next recorder with the key to recover from the files.
    void sink?.finish(!!repaired);
    return blob;
  }

  /** The recording with its duration and seek index; undefined (and an error said) when it can't be read. */
  async #repair(recorded: Blob): Promise<Blob | undefined> {
    try {
      const { repairRecording } = await import('../core/recording/repair.js');
      return (await repairRecording(recorded)).blob;
    } catch (error) {
      const reason = recorded.size === 0 ? 'the browser recorded nothing' : (error as Error).message;
      this.options.onError(new DOMException(`The recording could not be given a duration and seek index: ${reason}. It is handed out as recorded.`, 'EncodingError'));
      return undefined;
    }
  }

  /** Counts time, schedules the maximum duration and the timer's ticks. */
  #run(): void {
    this.#clock.resume();
    const limit = this.options.maxDuration();
    if (limit !== undefined) this.#armLimit(limit);
    this.#tick();
  }

  /** Stops once `limit` ms are recorded: never before, though a timer may fire a little early by the clock. */
  #armLimit(limit: number): void {
    this.#limitTimer = setTimeout(() => {
      if (this.#clock.elapsed < limit) this.#armLimit(limit);
      else void this.stop();
    }, Math.max(0, limit - this.#clock.elapsed));
  }

  #halt(): void {
    this.#clock.pause();
    clearTimeout(this.#limitTimer);
    clearTimeout(this.#tickTimer);
    this.host.requestUpdate();
  }

  readonly #tick = (): void => {
    this.host.requestUpdate();
    this.#tickTimer = setTimeout(this.#tick, 1000 - (this.#clock.elapsed % 1000) + 5);
  };

  #setState(state: RecorderState): void {
    const previous = this.#state;
    if (state === previous) return;
    this.#state = state;
    this.host.requestUpdate();
    this.options.onState(state, previous);
  }
}
