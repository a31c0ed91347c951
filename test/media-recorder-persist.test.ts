import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import '../components/mic-meter/define.js';
import '../components/media-recorder/define.js';
import type { MediaRecorderElement, RecoveredRecording } from '../components/media-recorder/media-recorder.js';
import { CaptureState, EventName } from '../components/core/index.js';
import { preferStore, recordingStore, type RecordingStore } from '../components/core/recording/persist.js';
import { isWebKit } from './support/browser.js';
import { captureWarnings, stateOf, until, untilAsync } from './support/media.js';
import { playback, recordingSuite, timelines } from './support/recording.js';

/** Milliseconds per chunk where the test doesn't need the default (a chunk a second while persisting). */
const FAST = 250;

/** A key of its own per test: storage outlives the tests. */
let keys = 0;
const freshKey = () => `test-${Date.now().toString(36)}-${++keys}`;

const stored = async (key: string) => (await recordingStore()).list(key);

/** Bytes stored under `key`, over all its recordings. */
async function storedBytes(key: string): Promise<number> {
  const store = await recordingStore();
  let bytes = 0;
  for (const id of await store.list(key)) bytes += (await store.read(key, id).catch(() => undefined))?.blob.size ?? 0; // removed meanwhile
  return bytes;
}

/** A microphone and a recorder for it (with `attributes`), live. */
async function micRecorder(attributes: string): Promise<MediaRecorderElement> {
  const host = await fixture<HTMLDivElement>(html`<div></div>`);
  host.innerHTML = `<mic-meter id="mic"></mic-meter><media-recorder for="mic" ${attributes}></media-recorder>`;
  await stateOf(host.querySelector('mic-meter')!, CaptureState.Live);
  return host.querySelector('media-recorder')!;
}

/** Records (starting if need be) until `count` more chunks have been handed out; resolves with their bytes. */
async function recordChunks(recorder: MediaRecorderElement, count: number): Promise<number> {
  const sizes: number[] = [];
  const listener = (event: CustomEvent<{ data: Blob }>) => sizes.push(event.detail.data.size);
  recorder.addEventListener(EventName.DataAvailable, listener);
  if (recorder.state === 'inactive') recorder.start();
  await until(() => sizes.length >= count, `${count} chunks`, count * 1000 + 5000);
  recorder.removeEventListener(EventName.DataAvailable, listener);
  return sizes.slice(0, count).reduce((sum, size) => sum + size, 0);
}

/** Waits until at least `bytes` are stored under `key`. */
const storedAtLeast = (key: string, bytes: number) => untilAsync(async () => (await storedBytes(key)) >= bytes, `${bytes} bytes stored under ${key}`);

/** Checks a recovered recording as a person would: it plays for its duration and seeks. */
async function expectPlayable({ blob, duration }: RecoveredRecording): Promise<void> {
  if (isWebKit) {
    // WebKitGTK's player here fails on some valid audio/mp4 files (test/media-recorder-seekable.test.ts).
    expect((await timelines(blob)).audio!.end).to.be.closeTo(duration, 0.1);
    return;
  }
  const played = await playback(blob, duration, 'audio');
  expect(played.duration, 'the player’s duration').to.be.closeTo(duration, 0.3);
  expect(played.landed, 'where a seek to the middle lands').to.be.closeTo(played.middle, 0.5);
}

/** Whether a recorder of this page or another holds `key`. */
const keyHeld = async (key: string) => !!(await navigator.locks.query()).held?.some(lock => lock.name === `local-media-elements:recording:${key}`);

/** A page of its own (a same-origin frame) with a microphone recorder under `key`, to be interrupted by removal. */
async function framedRecorder(key: string): Promise<{ frame: HTMLIFrameElement; recorder: MediaRecorderElement }> {
  const frame = document.createElement('iframe');
  frame.srcdoc = `<script type="module">
      import '/components/mic-meter/define.ts';
      import '/components/media-recorder/define.ts';
    </script>
    <mic-meter id="mic"></mic-meter><media-recorder for="mic" persist="${key}" timeslice="${FAST}"></media-recorder>`;
  document.body.append(frame);
  const ready = () => !!frame.contentDocument?.querySelector('mic-meter[state=live]') && !!frame.contentWindow?.customElements.get('media-recorder');
  await until(ready, 'the framed microphone', 10_000);
  return { frame, recorder: frame.contentDocument!.querySelector('media-recorder')! };
}

describe('<media-recorder persist>', function () {
  this.timeout(20_000);
  recordingSuite();
  afterEach(() => preferStore(undefined));

  it('recovers a recording whose page went away, once, on the next recorder with the key', async () => {
    const key = freshKey();
    const { frame, recorder: framed } = await framedRecorder(key);
    await storedAtLeast(key, await recordChunks(framed, 4));
    frame.remove(); // as a closed tab: no stop, nothing finished
    const next = await fixture<MediaRecorderElement>(html`<media-recorder persist=${key}></media-recorder>`);
    const { detail } = await oneEvent(next, EventName.Recovered);
    expect(detail.key).to.equal(key);
    expect(detail.damaged).to.equal(false);
    expect(detail.duration).to.be.within(0.6, 5); // 4 chunks of 250 ms (WebKitGTK: about 1 s each, the first the header alone)
    await expectPlayable(detail);
    await untilAsync(async () => (await stored(key)).length === 0, 'the recovered recording removed from storage');
    // A third recorder finds nothing: what was stored is gone before it claims the key (and lists what is left).
    next.remove();
    const third = await fixture<MediaRecorderElement>(html`<media-recorder persist=${key}></media-recorder>`);
    let recovered = 0;
    third.addEventListener(EventName.Recovered, () => recovered++);
    await untilAsync(() => keyHeld(key), 'the third recorder to hold the key');
    expect(await stored(key)).to.deep.equal([]);
    expect(recovered).to.equal(0);
  });

  it('removes a finished recording from storage, and a chunk comes at least every second', async () => {
    const key = freshKey();
    const recorder = await micRecorder(`persist="${key}"`);
    // No timeslice asked: a chunk a second all the same. (WebKitGTK's first is the MP4 header alone: with nothing
    // after it the recording can't be read, and would stay in storage for recovery.)
    await storedAtLeast(key, await recordChunks(recorder, isWebKit ? 2 : 1));
    await recorder.stop();
    await untilAsync(async () => (await stored(key)).length === 0, 'the finished recording removed');
  });

  it('a second recorder with the same key says so and keeps its recording in memory only', async () => {
    const key = freshKey();
    const host = await fixture<HTMLDivElement>(html`<div></div>`);
    const errors: Error[] = [];
    host.addEventListener(EventName.Error, (event: Event) => errors.push((event as CustomEvent<Error>).detail), true);
    host.innerHTML = `<mic-meter id="mic"></mic-meter><media-recorder for="mic" persist="${key}"></media-recorder><media-recorder id="second" for="mic" persist="${key}" timeslice="${FAST}"></media-recorder>`;
    const second = host.querySelector<MediaRecorderElement>('#second')!;
    await until(() => errors.length > 0, 'an error event');
    expect(errors).to.have.length(1);
    expect(errors[0]!.name).to.equal('InvalidStateError');
    expect(errors[0]!.message).to.contain(`persist="${key}" is used by another <media-recorder>`);
    await stateOf(host.querySelector('mic-meter')!, CaptureState.Live);
    await recordChunks(second, 1);
    expect((await second.stop()).size).to.be.greaterThan(0);
    expect(await stored(key)).to.deep.equal([]);
  });

  it('an invalid key: a warning and an error, and the recording is kept in memory', async () => {
    const warnings = captureWarnings();
    const host = await fixture<HTMLDivElement>(html`<div></div>`);
    const error = new Promise<CustomEvent<Error>>(resolve => host.addEventListener(EventName.Error, (event: Event) => resolve(event as CustomEvent<Error>), { capture: true, once: true }));
    host.innerHTML = `<mic-meter id="mic"></mic-meter><media-recorder for="mic" persist="../no such key" timeslice="${FAST}"></media-recorder>`;
    expect((await error).detail.name).to.equal('SyntaxError');
    expect(warnings.some(w => w.includes('persist="../no such key" is not valid'))).to.equal(true);
    await stateOf(host.querySelector('mic-meter')!, CaptureState.Live);
    const recorder = host.querySelector('media-recorder')!;
    // Two chunks: WebKitGTK's first holds the header alone, and a recorder stopped before it has any sample gives 0 bytes.
    await recordChunks(recorder, 2);
    expect((await recorder.stop()).size).to.be.greaterThan(0);
  });

  it('a key changed while recording applies to the next recording', async () => {
    const [first, second] = [freshKey(), freshKey()];
    const recorder = await micRecorder(`persist="${first}" timeslice="${FAST}"`);
    const bytes = await recordChunks(recorder, 1);
    await storedAtLeast(first, bytes);
    recorder.persist = second;
    await storedAtLeast(first, bytes + (await recordChunks(recorder, 1))); // still under the first key
    expect(await stored(second)).to.deep.equal([]);
    await recorder.stop();
    await untilAsync(async () => (await stored(first)).length === 0, 'the finished recording removed');
    await storedAtLeast(second, await recordChunks(recorder, 1));
    await recorder.stop();
  });

  it('storage refused: an error event, and the recording goes on in memory', async () => {
    preferStore({
      kind: 'indexeddb',
      create: () => Promise.reject(new DOMException('The user blocked storage for this site.', 'SecurityError')),
      list: () => Promise.resolve([]),
      read: () => Promise.reject(new Error('nothing stored')),
      remove: () => Promise.resolve(),
    });
    const key = freshKey();
    const recorder = await micRecorder(`persist="${key}" timeslice="${FAST}"`);
    const error = oneEvent(recorder, EventName.Error);
    recorder.start();
    expect((await error).detail.message).to.match(/could not be saved as it was made: the rest of it is kept in memory only \(The user blocked storage/);
    await until(() => recorder.duration > 0.5, 'recording on');
    expect((await recorder.stop()).size).to.be.greaterThan(0);
  });

  it('storage full while recording: one error event, and the recording goes on in memory', async () => {
    const real = await recordingStore();
    let appended = 0;
    const full: RecordingStore = {
      ...real,
      create: async (key, type) => {
        const writer = await real.create(key, type);
        return { id: writer.id, append: chunk => (++appended > 1 ? Promise.reject(new DOMException('Quota exceeded.', 'QuotaExceededError')) : writer.append(chunk)) };
      },
    };
    preferStore(full);
    const key = freshKey();
    const recorder = await micRecorder(`persist="${key}" timeslice="${FAST}"`);
    const errors: Error[] = [];
    recorder.addEventListener(EventName.Error, event => errors.push(event.detail));
    await recordChunks(recorder, 3);
    await until(() => errors.length > 0, 'the error event');
    const blob = await recorder.stop();
    expect(errors.map(e => e.name)).to.deep.equal(['QuotaExceededError']);
    expect(errors[0]!.message).to.contain("The browser's storage is full");
    expect((await timelines(blob)).audio!.end).to.be.greaterThan(0.5); // all of it, in memory
  });

  it('a damaged recording left under the key: recovered with damaged and an error, as far as it plays', async () => {
    const key = freshKey();
    const store = await recordingStore();
    const garbage = await store.create(key, 'audio/webm');
    await garbage.append(new Blob(['this is not a recording']));
    const recorder = await fixture<MediaRecorderElement>(html`<media-recorder persist=${key}></media-recorder>`);
    const error = oneEvent(recorder, EventName.Error);
    const { detail } = await oneEvent(recorder, EventName.Recovered);
    expect(detail.damaged).to.equal(true);
    expect(detail.duration).to.equal(0);
    expect(await detail.blob.text()).to.equal('this is not a recording'); // handed out as stored
    expect((await error).detail.message).to.contain('nothing in it can be played');
    await untilAsync(async () => (await stored(key)).length === 0, 'the damaged recording removed');
  });

  it('a recording with a chunk missing: recovered as damaged, up to the gap', async () => {
    const real = await recordingStore();
    preferStore({ ...real, read: async (key, id) => ({ ...(await real.read(key, id)), gap: true }) });
    const key = freshKey();
    const { frame, recorder: framed } = await framedRecorder(key);
    await storedAtLeast(key, await recordChunks(framed, 2));
    frame.remove();
    const recorder = await fixture<MediaRecorderElement>(html`<media-recorder persist=${key}></media-recorder>`);
    const error = oneEvent(recorder, EventName.Error);
    const { detail } = await oneEvent(recorder, EventName.Recovered);
    expect(detail.damaged).to.equal(true);
    expect((await error).detail.message).to.match(/is damaged: it holds the \d+\.\d s before the damage/);
    await expectPlayable(detail);
  });
});
