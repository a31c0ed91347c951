import { expect } from '@open-wc/testing';
import { BlobFile } from '../../components/core/recording/blob-file.js';
import { containerOf, repairRecording } from '../../components/core/recording/repair.js';
import { isWebKit } from '../support/browser.js';
import { loadRepair, playback, timelines } from '../support/recording.js';

/**
 * The repaired file's duration as a player reads it and where a seek lands; in WebKitGTK, whose player here fails
 * on some valid audio/mp4 files (see test/media-recorder-seekable.test.ts), as a demuxer reads it.
 */
async function expectPlayable(blob: Blob, duration: number): Promise<void> {
  if (isWebKit) {
    const { audio } = await timelines(blob);
    expect(audio!.ordered).to.equal(true);
    expect(audio!.end).to.be.closeTo(duration, 0.1);
    return;
  }
  const played = await playback(blob, duration);
  expect(played.duration, 'the player’s duration').to.be.closeTo(duration, 0.1);
  expect(played.landed, 'where a seek to the middle lands').to.be.closeTo(played.middle, 0.5);
}

const bytes = async (blob: Blob) => [...new Uint8Array(await blob.arrayBuffer())];

/** Chunks with bytes the recorder must have handed out before it is stopped (each a fragment with samples). */
const CHUNKS = 8;

/**
 * At least `seconds` of a painted canvas and the microphone, recorded with a timeslice (WebKitGTK: the microphone
 * alone, as MP4), and on until the recorder has handed out CHUNKS chunks with bytes (a loaded machine gives them
 * late): its chunks, as the recorder gave them, and the seconds it recorded.
 */
async function recording(seconds: number): Promise<{ chunks: Blob[]; elapsed: number }> {
  const canvas = Object.assign(document.createElement('canvas'), { width: 160, height: 120 });
  const context = canvas.getContext('2d')!;
  const microphone = await navigator.mediaDevices.getUserMedia({ audio: true });
  const video = isWebKit ? [] : canvas.captureStream(30).getTracks();
  const stream = new MediaStream([...video, ...microphone.getTracks()]);
  let frame = 0;
  const paint = setInterval(() => {
    context.fillStyle = `hsl(${(frame += 7) % 360} 80% 50%)`;
    context.fillRect(0, 0, 160, 120);
  }, 33);
  const recorder = new MediaRecorder(stream, isWebKit ? { mimeType: 'audio/mp4' } : {});
  const chunks: Blob[] = [];
  const enough = new Promise(resolve => {
    recorder.ondataavailable = event => {
      chunks.push(event.data);
      if (chunks.filter(chunk => chunk.size > 0).length >= CHUNKS) resolve(undefined);
    };
  });
  const stopped = new Promise(resolve => (recorder.onstop = resolve));
  recorder.start(250);
  const started = performance.now();
  await Promise.all([enough, new Promise(resolve => setTimeout(resolve, seconds * 1000))]);
  recorder.stop();
  const elapsed = (performance.now() - started) / 1000;
  await stopped;
  clearInterval(paint);
  stream.getTracks().forEach(track => track.stop());
  return { chunks, elapsed };
}

describe('BlobFile', () => {
  it('assembles appends, a patch inside one part and one across parts, and zeros for a gap', async () => {
    const file = new BlobFile();
    file.write(Uint8Array.of(1, 2, 3), 0);
    file.write(Uint8Array.of(4, 5, 6), 3);
    file.write(Uint8Array.of(9), 1);
    file.write(Uint8Array.of(7, 8), 2);
    file.write(Uint8Array.of(10), 8);
    expect(file.size).to.equal(9);
    expect(await bytes(file.blob('x/y'))).to.deep.equal([1, 9, 7, 8, 5, 6, 0, 0, 10]);
    expect(file.blob('x/y').type).to.equal('x/y');
  });
});

describe('repairRecording', function () {
  this.timeout(20_000);
  let chunks: Blob[];
  let elapsed: number;
  let recorded: Blob;
  before(async function () {
    this.timeout(30_000);
    await loadRepair();
    ({ chunks, elapsed } = await recording(2));
    recorded = new Blob(chunks, { type: chunks[0]!.type });
  });

  it('tells the container from the first bytes', async () => {
    expect(await containerOf(recorded)).to.equal(isWebKit ? 'mp4' : /ogg/.test(recorded.type) ? 'ogg' : 'matroska');
    expect(await containerOf(new Blob(['not a media file']))).to.equal(undefined);
  });

  it('gives a timesliced recording a duration and a seek index, keeping its type', async () => {
    const repaired = await repairRecording(recorded);
    expect(repaired.damaged).to.equal(false);
    expect(repaired.blob.type).to.equal(recorded.type);
    // WebKitGTK's recorder may lose a second here.
    expect(repaired.duration).to.be.within(elapsed - (isWebKit ? 1.1 : 0.5), elapsed + 0.3);
    await expectPlayable(repaired.blob, repaired.duration);
  });

  it('repairs a recording cut short between two chunks (a crash) up to where it ends', async () => {
    // What persist leaves after a crash: the chunks written whole, the last ones missing (here at least three with
    // bytes, so that the cut one ends earlier whatever sizes the recorder chose).
    const kept = chunks.findIndex((_, i) => chunks.slice(0, i + 1).filter(chunk => chunk.size > 0).length === CHUNKS - 3);
    const cut = new Blob(chunks.slice(0, kept + 1), { type: recorded.type });
    const [repaired, whole] = await Promise.all([repairRecording(cut), repairRecording(recorded)]);
    expect(repaired.duration).to.be.greaterThan(0.1).and.below(whole.duration);
    await expectPlayable(repaired.blob, repaired.duration);
  });

  it('refuses what holds no frame: bytes of no known container, a header alone, nothing', async () => {
    for (const blob of [new Blob(['not a media file']), recorded.slice(0, 40, recorded.type), new Blob([])]) {
      const failure = await repairRecording(blob).then(
        () => undefined,
        (error: Error) => error,
      );
      expect(failure, `${blob.size} bytes`).to.be.instanceOf(Error);
    }
  });
});
