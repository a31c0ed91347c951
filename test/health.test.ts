// Health: `silent`, `dark` and `frozen` appear within their documented time on a simulated source that has the
// fault, and never on one that does not (quiet-room noise at -55 dBFS, a dim scene with motion, the browsers' own
// fake devices). Thresholds: components/core/health.ts and the README's Health section.
import { expect, fixture, html } from '@open-wc/testing';
import '../components/camera-preview/define.js';
import '../components/mic-meter/define.js';
import type { CameraPreview } from '../components/camera-preview/camera-preview.js';
import type { MicMeter } from '../components/mic-meter/mic-meter.js';
import { CaptureState } from '../components/core/constants.js';
import { leaseAudioContext } from '../components/core/audio-context.js';
import { HealthThreshold, setHealthTimings, type Health, type HealthTimings } from '../components/core/health.js';
import { meterStream, SLOW_READINGS_PER_S } from '../components/core/level-meter.js';
import { gesture } from './support/browser.js';
import { captureWarnings, liveTracks, stateOf, until } from './support/media.js';
import { simulate } from './support/simulator.js';

/** A peak level for white noise whose RMS is `db` dBFS (uniform noise: RMS = peak / √3). */
const noisePeak = (db: number) => 10 ** (db / 20) * Math.sqrt(3);
/** Slack for timers, a first frame, and a busy 2-core machine. */
const SLACK_MS = 1500;
const sleep = (ms: number) => new Promise(resolve => setTimeout(resolve, ms));

/** Every healthchange of `el`, and the attributes at each. */
function healthEvents(el: HTMLElement): Health[] {
  const seen: Health[] = [];
  el.addEventListener('healthchange', event => seen.push((event as CustomEvent<Health>).detail));
  return seen;
}

/** Resolves once the element has the attribute `signal`, failing past `limit` ms from now. */
async function appears(el: HTMLElement, signal: keyof Health, limit: number): Promise<void> {
  await until(() => el.hasAttribute(signal), `${signal} within ${limit} ms`, limit);
}

/**
 * The summaries of `el`'s microphone on the kit's level feed: the ones `silent` is decided on, four a second, in the
 * same message as the element's. Counted from a change of the simulated level while the audio flows, a bound in
 * summaries is one in audio, which a busy machine can't break: when the browser's audio threads are starved, the
 * summaries and the conclusion come late alike (a bound on the clock failed then, on a correct kit), and the level
 * set applies to whatever audio is rendered after it.
 */
function audioFeed(el: HTMLElement & { stream: MediaStream | null }) {
  let heard = 0;
  const meter = meterStream(el.stream!, () => heard++, () => {}, 'slow');
  openFeeds.push(meter);
  return {
    /** Counts from now. */
    restart: () => void (heard = 0),
    /**
     * Resolves once `el` has (or, `gone`, no longer has) the attribute `signal`, having heard at most `seconds` of
     * audio since the restart, and a second more: a summary in flight, and the audio a browser renders ahead of the
     * clock into its output's buffer (WebKitGTK, in bursts: 15 summaries for 3 s once).
     */
    async within(signal: keyof Health, seconds: number, gone = false): Promise<void> {
      await until(() => el.hasAttribute(signal) !== gone, `${signal}${gone ? ' cleared' : ''}`, 20_000);
      expect(heard, `${signal}${gone ? ' cleared' : ''}: summaries heard before (${SLOW_READINGS_PER_S} a second of audio)`).to.be.at.most(Math.ceil(seconds * SLOW_READINGS_PER_S) + SLOW_READINGS_PER_S);
    },
  };
}
const openFeeds: { dispose(): void }[] = [];
afterEach(() => openFeeds.splice(0).forEach(feed => feed.dispose()));

/** Resolves once the page's shared AudioContext runs: until then nothing can be heard, so nothing is concluded. */
async function audioRunning(): Promise<void> {
  const lease = leaseAudioContext();
  try {
    await until(() => lease.context.state === 'running', 'the shared AudioContext runs');
  } finally {
    lease.release();
  }
}

/**
 * Tests of what is reported (not of when) run with shorter timings, set through the kit's own option as a page can:
 * a fault then shows after 1 s instead of 2 or 3, and a false alarm would show sooner too. The tests of the
 * documented timings ("within 3 s", "not before 2 s") run with the defaults.
 */
function withShortTimings(): void {
  let before: HealthTimings;
  beforeEach(() => void (before = setHealthTimings({ silentMs: 1000, darkMs: 1000, frozenMs: 1000 })));
  afterEach(() => void setHealthTimings(before));
}

const status = (el: HTMLElement) => el.shadowRoot!.querySelector('[role=status]')!.textContent!.trim();

describe('health: silent', function () {
  this.timeout(30_000); // the bounds are in audio heard (audioFeed); the clock may run ahead of it on a busy machine
  it('a microphone muted in the OS (digital silence) reads silent, not before 3 s, announced once', async () => {
    simulate({ microphones: [{ osMuted: true }] });
    // Not before 3 s: timed from before the capture exists, which is surely before the silence was first heard.
    const created = performance.now();
    const el = await fixture<MicMeter>(html`<mic-meter></mic-meter>`);
    const events = healthEvents(el);
    await stateOf(el, CaptureState.Live);
    await gesture();
    await audioRunning(); // Firefox may resume it a second or two after the gesture
    // How soon is the mid-call test's (below): the audio that starts here may come in a burst as the browser's audio
    // catches up, and the silence was there before it.
    await appears(el, 'silent', 20_000);
    expect(performance.now() - created).to.be.greaterThan(HealthThreshold.silentMs - 500);
    expect(el.silent).to.equal(true);
    expect(events).to.deep.equal([{ silent: true, dark: false, frozen: false }]);
    await el.updateComplete;
    expect(status(el)).to.equal(el.strings?.silent ?? 'The microphone seems muted: no sound is coming in. Check its mute switch and the system’s input volume.');
  });

  it('a microphone that goes silent mid-call reads silent after 3 s (not before), and not silent once sound is back', async () => {
    const sim = simulate({ microphones: [{ speech: false, level: 0.2 }] });
    const el = await fixture<MicMeter>(html`<mic-meter></mic-meter>`);
    await stateOf(el, CaptureState.Live);
    await gesture();
    await audioRunning(); // Firefox may resume it a second or two after the gesture
    await until(() => el.db > -30, 'a reading of the tone');
    const feed = audioFeed(el);
    sim.setLevel(0);
    // The last reading with sound came at most one reading before this: the silence is timed from here.
    const silenced = performance.now();
    await feed.within('silent', HealthThreshold.silentMs / 1000);
    expect(performance.now() - silenced).to.be.greaterThan(HealthThreshold.silentMs - 500);
    sim.setLevel(0.2);
    feed.restart();
    await feed.within('silent', 0.5, true); // once sound is back
  });

  describe('with shorter timings (setHealthTimings)', () => {
    withShortTimings();

    it('never reads silent on a quiet room (white noise at -55 dBFS RMS)', async () => {
      simulate({ microphones: [{ noise: true, level: noisePeak(-55) }] });
      const el = await fixture<MicMeter>(html`<mic-meter></mic-meter>`);
      const events = healthEvents(el);
      await stateOf(el, CaptureState.Live);
      await gesture();
      await audioRunning(); // Firefox may resume it a second or two after the gesture
      // A quiet room, about -55 dBFS RMS (Chromium's meter reads it 5 to 7 dB lower, the cause not pinned down).
      await until(() => el.db > -65 && el.db < -50, `the noise reaches the meter at -65..-50 dBFS (reads ${el.db})`);
      await sleep(HealthThreshold.silentMs + SLACK_MS);
      expect(events).to.deep.equal([]);
      expect(el.hasAttribute('silent')).to.equal(false);
    });

    it('is off while muted: the app mutes on purpose', async () => {
      simulate({ microphones: [{ osMuted: true }] });
      const el = await fixture<MicMeter>(html`<mic-meter muted></mic-meter>`);
      await stateOf(el, CaptureState.Live);
      await gesture();
      await audioRunning(); // Firefox may resume it a second or two after the gesture
      await sleep(HealthThreshold.silentMs + SLACK_MS);
      expect(el.hasAttribute('silent')).to.equal(false);
      el.muted = false;
      await appears(el, 'silent', 20_000);
      el.muted = true;
      await until(() => !el.hasAttribute('silent'), 'silent cleared when muted', 1000);
    });

    it('never reads silent on the browser’s fake microphone', async () => {
      const el = await fixture<MicMeter>(html`<mic-meter></mic-meter>`);
      const events = healthEvents(el);
      await stateOf(el, CaptureState.Live);
      await gesture();
      await audioRunning(); // Firefox may resume it a second or two after the gesture
      await sleep(HealthThreshold.silentMs + SLACK_MS);
      expect(events).to.deep.equal([]);
      el.remove();
      await sleep(0);
      expect(liveTracks()).to.have.length(0);
    });
  });
});

describe('health: dark and frozen', () => {
  const camera = () => fixture<CameraPreview>(html`<camera-preview></camera-preview>`);

  it('a lens covered while live reads dark after 2 s, not before (and not frozen), announced once', async () => {
    const sim = simulate();
    const el = await camera();
    const events = healthEvents(el);
    await stateOf(el, CaptureState.Live);
    sim.setScene('covered');
    // Every sample before this was of the picture: the first dark one comes after it, so 2 s of dark end after
    // 2 s from here at the earliest.
    const covered = performance.now();
    await appears(el, 'dark', HealthThreshold.darkMs + SLACK_MS);
    expect(performance.now() - covered).to.be.greaterThan(HealthThreshold.darkMs - 100);
    await sleep(HealthThreshold.frozenMs);
    expect(el.frozen, 'frozen').to.equal(false);
    expect(events).to.deep.equal([{ silent: false, dark: true, frozen: false }]);
    await el.updateComplete;
    expect(status(el)).to.contain('black');
  });

  it('a camera that stalls reads frozen within 2 s, and not frozen once frames come again', async () => {
    const sim = simulate();
    const el = await camera();
    await stateOf(el, CaptureState.Live);
    await sleep(500);
    expect(el.frozen).to.equal(false);
    sim.setScene('stalled');
    await appears(el, 'frozen', HealthThreshold.frozenMs + SLACK_MS);
    expect(el.dark, 'dark').to.equal(false);
    sim.setScene('pattern');
    await until(() => !el.hasAttribute('frozen'), 'frozen cleared', 1500);
  });

  describe('with shorter timings (setHealthTimings)', () => {
    withShortTimings();

    it('screen readers hear each state and health change once, politely', async function () {
      this.timeout(30_000);
      const sim = simulate();
      const el = await fixture<CameraPreview>(html`<camera-preview manual></camera-preview>`);
      const region = el.shadowRoot!.querySelector('[role=status]')!;
      const said: string[] = [];
      new MutationObserver(() => said.push(region.textContent!.trim())).observe(region, { characterData: true, childList: true, subtree: true });
      await el.start();
      await sleep(300);
      sim.setScene('covered');
      // What is said is checked here, not how soon (the tests above time it): generous bounds for a busy machine.
      await appears(el, 'dark', 10_000);
      await el.updateComplete;
      sim.setScene('pattern');
      await until(() => !el.hasAttribute('dark'), 'dark cleared', 10_000);
      await el.updateComplete;
      await sleep(100);
      // Lit's dev build may write one text twice in a row: what a screen reader says is each new text.
      const texts = said.filter((text, i) => text !== said[i - 1]);
      expect(texts).to.deep.equal(['Waiting for the camera…', 'Camera is on', 'The picture is black: is the lens covered or the privacy shutter closed?', 'Camera is on']);
    });

    it('<camera-preview audio> reads silent too, on its microphone', async () => {
      simulate({ microphones: [{ osMuted: true }] });
      const el = await fixture<CameraPreview>(html`<camera-preview audio></camera-preview>`);
      await stateOf(el, CaptureState.Live);
      await gesture();
      await audioRunning(); // Firefox may resume it a second or two after the gesture
      await appears(el, 'silent', 20_000);
      expect(el.dark || el.frozen, 'dark or frozen').to.equal(false);
    });

    it('never reads dark or frozen on a dim room with motion', async () => {
      simulate({ cameras: [{ scene: 'dim' }] });
      const el = await camera();
      const events = healthEvents(el);
      await stateOf(el, CaptureState.Live);
      await sleep(HealthThreshold.darkMs + SLACK_MS + 1000);
      expect(events).to.deep.equal([]);
    });

    it('is off while muted (the track sends black on purpose)', async () => {
      simulate({ cameras: [{ scene: 'covered' }] });
      const el = await fixture<CameraPreview>(html`<camera-preview muted></camera-preview>`);
      await stateOf(el, CaptureState.Live);
      await sleep(HealthThreshold.darkMs + SLACK_MS);
      expect(el.hasAttribute('dark') || el.hasAttribute('frozen')).to.equal(false);
    });

    it('never reads dark or frozen on the browser’s fake camera', async () => {
      const el = await camera();
      const events = healthEvents(el);
      await stateOf(el, CaptureState.Live);
      await sleep(HealthThreshold.darkMs + SLACK_MS + 1000);
      expect(events).to.deep.equal([]);
      el.remove();
      await sleep(0);
      expect(liveTracks()).to.have.length(0);
    });
  });
});

describe('setHealthTimings', () => {
  it('ignores a timing that is not a number of at least 250 ms, with a warning, and returns the timings before', () => {
    const warnings = captureWarnings();
    const defaults = setHealthTimings({ silentMs: 1200 });
    try {
      expect(setHealthTimings({ silentMs: 100, darkMs: Number.NaN, frozenMs: '900' as unknown as number })).to.deep.equal({ ...defaults, silentMs: 1200 });
      expect(HealthThreshold.silentMs).to.equal(1200);
      expect(HealthThreshold.darkMs).to.equal(defaults.darkMs);
      expect(HealthThreshold.frozenMs).to.equal(defaults.frozenMs);
      expect(warnings).to.have.length(3);
      expect(warnings[0]).to.contain('silentMs 100 is not valid');
    } finally {
      setHealthTimings(defaults);
    }
    expect(HealthThreshold.silentMs).to.equal(3000);
  });
});
