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
import { HealthThreshold, type Health } from '../components/core/health.js';
import { gesture } from './support/browser.js';
import { liveTracks, stateOf, until } from './support/media.js';
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

/** How long after `since` the element got the attribute `signal`, failing past `limit` ms. */
async function timeUntil(el: HTMLElement, signal: keyof Health, since: number, limit: number): Promise<number> {
  await until(() => el.hasAttribute(signal), `${signal} within ${limit} ms`, limit);
  return performance.now() - since;
}

/** Resolves once the page's shared AudioContext runs: until then nothing can be heard, so nothing is concluded. */
async function audioRunning(): Promise<void> {
  const lease = leaseAudioContext();
  try {
    await until(() => lease.context.state === 'running', 'the shared AudioContext runs');
  } finally {
    lease.release();
  }
}

const status = (el: HTMLElement) => el.shadowRoot!.querySelector('[role=status]')!.textContent!.trim();

describe('health: silent', () => {
  it('a microphone muted in the OS (digital silence) reads silent within 3 s, announced once', async () => {
    simulate({ microphones: [{ osMuted: true }] });
    const el = await fixture<MicMeter>(html`<mic-meter></mic-meter>`);
    const events = healthEvents(el);
    await stateOf(el, CaptureState.Live);
    await gesture();
    await audioRunning(); // Firefox may resume it a second or two after the gesture
    const took = await timeUntil(el, 'silent', performance.now(), HealthThreshold.silentMs + SLACK_MS);
    expect(took).to.be.greaterThan(HealthThreshold.silentMs - 500);
    expect(el.silent).to.equal(true);
    expect(events).to.deep.equal([{ silent: true, dark: false, frozen: false }]);
    await el.updateComplete;
    expect(status(el)).to.equal(el.strings?.silent ?? 'The microphone seems muted: no sound is coming in. Check its mute switch and the system’s input volume.');
  });

  it('a microphone that goes silent mid-call reads silent, and not silent once sound is back', async () => {
    const sim = simulate({ microphones: [{ speech: false, level: 0.2 }] });
    const el = await fixture<MicMeter>(html`<mic-meter></mic-meter>`);
    await stateOf(el, CaptureState.Live);
    await gesture();
    await audioRunning(); // Firefox may resume it a second or two after the gesture
    await sleep(500);
    sim.setLevel(0);
    await timeUntil(el, 'silent', performance.now(), HealthThreshold.silentMs + SLACK_MS);
    sim.setLevel(0.2);
    await until(() => !el.hasAttribute('silent'), 'silent cleared once sound is back', 1000);
  });

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
    await timeUntil(el, 'silent', performance.now(), HealthThreshold.silentMs + SLACK_MS);
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

describe('health: dark and frozen', () => {
  const camera = () => fixture<CameraPreview>(html`<camera-preview></camera-preview>`);

  it('screen readers hear each state and health change once, politely', async () => {
    const sim = simulate();
    const el = await fixture<CameraPreview>(html`<camera-preview manual></camera-preview>`);
    const region = el.shadowRoot!.querySelector('[role=status]')!;
    const said: string[] = [];
    new MutationObserver(() => said.push(region.textContent!.trim())).observe(region, { characterData: true, childList: true, subtree: true });
    await el.start();
    await sleep(300);
    sim.setScene('covered');
    await timeUntil(el, 'dark', performance.now(), HealthThreshold.darkMs + SLACK_MS);
    await el.updateComplete;
    sim.setScene('pattern');
    await until(() => !el.hasAttribute('dark'), 'dark cleared', 1500);
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
    await timeUntil(el, 'silent', performance.now(), HealthThreshold.silentMs + SLACK_MS);
    expect(el.dark || el.frozen, 'dark or frozen').to.equal(false);
  });

  it('a covered lens reads dark within 2 s (and not frozen), announced once', async () => {
    simulate({ cameras: [{ scene: 'covered' }] });
    const el = await camera();
    const events = healthEvents(el);
    await stateOf(el, CaptureState.Live);
    const took = await timeUntil(el, 'dark', performance.now(), HealthThreshold.darkMs + SLACK_MS);
    expect(took).to.be.greaterThan(HealthThreshold.darkMs - 600);
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
    await timeUntil(el, 'frozen', performance.now(), HealthThreshold.frozenMs + SLACK_MS);
    expect(el.dark, 'dark').to.equal(false);
    sim.setScene('pattern');
    await until(() => !el.hasAttribute('frozen'), 'frozen cleared', 1500);
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
