import { expect } from '@open-wc/testing';
import { displayMediaOptions, extensionFor, formatDuration, negotiateMimeType, RecordingClock } from '../../components/core/index.js';

/** Real streams of each shape: a canvas for video, a Web Audio destination for audio. */
function streams() {
  const video = document.createElement('canvas').captureStream();
  const context = new AudioContext();
  const audio = context.createMediaStreamDestination().stream;
  const both = new MediaStream([...video.getTracks(), ...audio.getTracks()]);
  const close = () => {
    video.getTracks().forEach(track => track.stop());
    void context.close();
  };
  return { video, audio, both, close };
}

describe('negotiateMimeType', () => {
  let s: ReturnType<typeof streams>;
  beforeEach(() => (s = streams()));
  afterEach(() => s.close());

  it('picks the first type the browser can record, for what the stream holds', () => {
    const only = (...types: string[]) => (type: string) => types.includes(type);
    const all = () => true;
    expect(negotiateMimeType(s.both, '', undefined, all)).to.equal('video/webm;codecs=vp9,opus');
    expect(negotiateMimeType(s.video, '', undefined, all)).to.equal('video/webm;codecs=vp9');
    expect(negotiateMimeType(s.audio, '', undefined, all)).to.equal('audio/ogg;codecs=opus');
    expect(negotiateMimeType(s.both, '', undefined, only('video/mp4;codecs=avc1,mp4a', 'video/mp4'))).to.equal('video/mp4;codecs=avc1,mp4a');
    expect(negotiateMimeType(s.both, '', undefined, () => false)).to.equal('');
  });

  it('never names an audio codec for a stream without audio', () => {
    const type = negotiateMimeType(s.video, '');
    expect(type).to.not.contain('opus');
    expect(MediaRecorder.isTypeSupported(type)).to.equal(true);
  });

  it('honours a preference list in order and reports one the browser cannot record', () => {
    const invalid: unknown[] = [];
    const onInvalid = (_attribute: string, value: unknown) => invalid.push(value);
    const supported = (type: string) => type !== 'video/mp4';
    expect(negotiateMimeType(s.both, 'video/mp4, video/webm;codecs=vp8,opus', onInvalid, supported)).to.equal('video/webm;codecs=vp8,opus');
    expect(invalid).to.deep.equal([]);
    expect(negotiateMimeType(s.both, 'video/mp4', onInvalid, supported)).to.equal('video/webm;codecs=vp9,opus');
    expect(invalid).to.deep.equal(['video/mp4']);
  });
});

describe('RecordingClock', () => {
  it('counts recorded time without the pauses', () => {
    let now = 1000;
    const clock = new RecordingClock(() => now);
    clock.resume();
    now += 1500;
    clock.pause();
    now += 5000;
    expect(clock.elapsed).to.equal(1500);
    clock.resume();
    clock.resume(); // twice changes nothing
    now += 500;
    expect(clock.elapsed).to.equal(2000);
    expect(clock.running).to.equal(true);
    clock.reset();
    expect(clock.elapsed).to.equal(0);
  });
});

describe('recording helpers', () => {
  it('formats durations as m:ss and h:mm:ss', () => {
    expect(formatDuration(0)).to.equal('0:00');
    expect(formatDuration(61_999)).to.equal('1:01');
    expect(formatDuration(3_600_000 + 62_000)).to.equal('1:01:02');
  });

  it('names file extensions after the container', () => {
    expect(extensionFor('video/webm;codecs=vp9,opus')).to.equal('webm');
    expect(extensionFor('audio/ogg;codecs=opus')).to.equal('ogg');
    expect(extensionFor('audio/mp4')).to.equal('m4a');
    expect(extensionFor('video/mp4;codecs=avc1')).to.equal('mp4');
    expect(extensionFor('')).to.equal('bin');
  });
});

describe('displayMediaOptions', () => {
  it('turns surface and audio into getDisplayMedia options, and reports an invalid surface', () => {
    const invalid: unknown[] = [];
    const onInvalid = (attribute: string, value: unknown) => invalid.push(`${attribute}=${value}`);
    expect(displayMediaOptions({ surface: 'browser', audio: true }, onInvalid)).to.deep.equal({ video: { displaySurface: 'browser' }, audio: true });
    expect(displayMediaOptions({ surface: 'desk' }, onInvalid)).to.deep.equal({ video: true, audio: false });
    expect(displayMediaOptions({ constraints: { frameRate: 5 } })).to.deep.equal({ video: { frameRate: 5 }, audio: false });
    expect(invalid).to.deep.equal(['surface=desk']);
  });
});
