import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendMouse } from '@web/test-runner-commands';
import '../components/mic-meter/define.js';
import type { MicMeter } from '../components/mic-meter/mic-meter.js';
import { Attr, CaptureState, leaseAudioContext } from '../components/core/index.js';
import { openAudioContexts, unclosedAudioContexts } from './support/audio-contexts.js';
import { gesture, isChromium } from './support/browser.js';
import { captureWarnings, spyGetUserMedia, stateOf, until } from './support/media.js';
import { filledShare, meterCanvas } from './support/meter-pixels.js';
import { simulate } from './support/simulator.js';

/** The fill's default colour in a light page: the theme's accent, #0b57d0 (--lme-accent). */
const FILL = [0x0b, 0x57, 0xd0];

const cssLevel = (el: HTMLElement) => Number(el.style.getPropertyValue('--mic-meter-level') || 0);
const box = (el: MicMeter, selector: string) => el.shadowRoot!.querySelector(selector)!.getBoundingClientRect();

/** The share of the track that the fill shows: on its canvas, or as much as its clipping box lets show. */
function shownFill(el: MicMeter): number {
  if (meterCanvas(el)) return filledShare(el, FILL);
  const track = box(el, '[part=track]');
  const clip = box(el, '.bar');
  return Math.max(0, Math.min(track.right, clip.right) - track.left) / track.width;
}

async function liveMeter(template = html`<mic-meter></mic-meter>`): Promise<MicMeter> {
  const el = await fixture<MicMeter>(template);
  await stateOf(el, CaptureState.Live);
  // The fake microphones deliver a steady tone, sometimes after a short start-up silence.
  await until(() => el.db > -60, 'a level from the fake microphone', 8000).catch((error: Error) => {
    const track = el.stream?.getAudioTracks()[0];
    const contexts = unclosedAudioContexts().map(context => `${context.state} at ${context.currentTime.toFixed(2)} s`);
    throw new Error(`${error.message} (db ${el.db.toFixed(1)}, suspended ${el.suspended}; track ${track?.readyState}, muted ${track?.muted}; AudioContexts: ${contexts.join(', ')})`);
  });
  await new Promise(resolve => setTimeout(resolve, 300)); // past the first, partly silent window
  return el;
}

describe('<mic-meter>', () => {
  it('runs at once when its capture starts while the shared AudioContext is already open and waiting', async () => {
    await until(() => openAudioContexts().length === 0, 'no AudioContext left open by an earlier test');
    // Opened before any capture: WebKit holds it suspended, its resume() unsettled, until a user gesture or until
    // a live capture's source joins its graph. The meter on a capture must get it running with no click (this test
    // comes first, before any test of this page has clicked).
    const early = leaseAudioContext();
    try {
      const el = await liveMeter();
      expect(el.suspended).to.equal(false);
      expect(early.context.state).to.equal('running');
    } finally {
      early.release();
    }
  });

  it('shows the real level of the fake microphone in db, level, peak and --mic-meter-level', async () => {
    const el = await liveMeter();
    if (isChromium) {
      // The generated fixture: a 1 kHz sine at amplitude 0.5 reads -9 dBFS RMS.
      expect(el.db).to.be.closeTo(-9, 1.5);
      expect(el.level).to.be.closeTo(51 / 60, 0.03);
    } else {
      expect(el.db).to.be.within(-50, 0);
    }
    expect(el.peak).to.be.at.least(el.level);
    // What shows of the fill reaches `level` of the track, from its start.
    expect(shownFill(el)).to.be.closeTo(el.level, 0.01);
  });

  it('keeps --mic-meter-level within 250 ms of the level', async () => {
    const el = await liveMeter();
    // WebKit's mock microphone is not steady: --mic-meter-level must be one of the levels of the last 250 ms (and a bit).
    const recent: number[] = [];
    for (let i = 0; i < 30; i++) {
      recent.push(el.level);
      await new Promise(resolve => setTimeout(resolve, 10));
    }
    const css = cssLevel(el);
    expect(css).to.be.above(0);
    expect(Math.min(...recent.map(level => Math.abs(level - css)))).to.be.below(0.01);
  });

  it('is a meter for assistive technology', async () => {
    const el = await liveMeter();
    const internals = (el as unknown as { internals: ElementInternals }).internals;
    expect(internals.role).to.equal('meter');
    expect(internals.ariaValueMin).to.equal('-60');
    expect(internals.ariaValueMax).to.equal('0');
    await until(() => Number(internals.ariaValueNow) > -60, 'aria-valuenow to follow the level');
    expect(internals.ariaValueText).to.match(/^-?\d+ dB/);
    expect(internals.ariaLabel).to.equal('Microphone level');
  });

  it('reflects speaking above the threshold and fires speakingchange', async () => {
    const el = await fixture<MicMeter>(html`<mic-meter></mic-meter>`);
    const event = oneEvent(el, 'speakingchange');
    await stateOf(el, CaptureState.Live);
    expect((await event).detail).to.deep.equal({ speaking: true });
    expect(el.hasAttribute(Attr.Speaking)).to.equal(true);
  });

  it('is not speaking below a higher speaking-threshold', async () => {
    const el = await liveMeter(html`<mic-meter speaking-threshold="-3"></mic-meter>`);
    await new Promise(resolve => setTimeout(resolve, 300));
    expect(el.speaking).to.equal(false);
    expect(el.hasAttribute(Attr.Speaking)).to.equal(false);
  });

  it('reflects clipping for a full-scale input', async () => {
    // A full-scale tone (the fake devices never clip). The simulated microphone plays on the kit's shared
    // AudioContext, which may wait for a user gesture (WebKit: no real capture runs), so the test clicks.
    simulate({ microphones: [{ level: 1, speech: false }] });
    const el = await fixture<MicMeter>(html`<mic-meter></mic-meter>`);
    await stateOf(el, CaptureState.Live);
    await gesture();
    await until(() => el.clipping, 'clipping');
    expect(el.hasAttribute(Attr.Clipping)).to.equal(true);
    expect(el.peak).to.be.closeTo(1, 0.01);
    el.remove();
  });

  it('holds the peak of a 5 ms click that falls between two display frames', async () => {
    simulate({ microphones: [{ level: 1, clicks: true }] });
    const el = await fixture<MicMeter>(html`<mic-meter></mic-meter>`);
    await stateOf(el, CaptureState.Live);
    await gesture();
    await until(() => el.peak > 0.95, 'the first click', 3000);
    // Clicks come every 500 ms and the hold lasts 1 s: every reading from now on shows the held click.
    const readings: number[] = [];
    for (let i = 0; i < 40; i++) {
      await new Promise(resolve => setTimeout(resolve, 25));
      readings.push(el.peak);
    }
    expect(Math.min(...readings)).to.be.above(0.95);
    el.remove();
  });

  it('maps the level onto min-db..max-db', async () => {
    const el = await liveMeter(html`<mic-meter min-db="-20" max-db="-10"></mic-meter>`);
    const expected = Math.min(1, Math.max(0, (el.db + 20) / 10));
    expect(el.level).to.be.closeTo(expected, 0.05);
  });

  it('sets --mic-meter-level and --mic-meter-peak, and the deprecated --level and --peak to the same values', async () => {
    const el = await liveMeter();
    await until(() => cssLevel(el) > 0, '--mic-meter-level');
    const style = (name: string) => el.style.getPropertyValue(name);
    expect(style('--level')).to.equal(style('--mic-meter-level'));
    expect(Number(style('--mic-meter-peak'))).to.be.at.least(cssLevel(el));
    expect(style('--peak')).to.equal(style('--mic-meter-peak'));
  });

  it('moves --mic-meter-level in whole segments', async () => {
    const el = await liveMeter(html`<mic-meter segments="10"></mic-meter>`);
    const value = cssLevel(el);
    expect(Math.round(value * 10) / 10).to.equal(value);
    expect(el.shadowRoot!.querySelector('[part=track]')!.classList.contains('segmented')).to.equal(true);
  });

  it('lays out vertically', async () => {
    const el = await fixture<MicMeter>(html`<mic-meter manual browser-control="off" orientation="vertical"></mic-meter>`);
    const { width, height } = el.getBoundingClientRect();
    expect(height).to.be.greaterThan(width);
  });

  it('reads nothing while off-screen and starts when scrolled into view', async () => {
    const el = await fixture<MicMeter>(html`<mic-meter style="position: absolute; top: 5000px"></mic-meter>`);
    await stateOf(el, CaptureState.Live);
    await new Promise(resolve => setTimeout(resolve, 1500));
    expect(el.db).to.equal(-100);
    el.scrollIntoView();
    await until(() => el.db > -60, 'a reading once visible');
    window.scrollTo(0, 0);
  });

  it('reflects a suspended AudioContext and resumes on the first user gesture', async () => {
    const el = await liveMeter();
    const lease = leaseAudioContext();
    try {
      await lease.context.suspend();
      await until(() => el.suspended, 'suspended');
      expect(el.hasAttribute(Attr.Suspended)).to.equal(true);
      await sendMouse({ type: 'click', position: [5, 5] });
      await until(() => !el.hasAttribute(Attr.Suspended), 'resumed after a click');
    } finally {
      lease.release();
    }
  });

  it('shares one AudioContext between meters and closes it after the last one goes', async () => {
    const container = await fixture<HTMLDivElement>(html`<div><mic-meter></mic-meter><mic-meter></mic-meter><mic-meter></mic-meter></div>`);
    const meters = [...container.querySelectorAll('mic-meter')];
    for (const meter of meters) await stateOf(meter, CaptureState.Live);
    expect(openAudioContexts()).to.have.length(1);
    container.remove();
    await until(() => openAudioContexts().length === 0, 'the AudioContext to close');
  });

  it('drops to zero when stopped', async () => {
    const el = await liveMeter();
    el.stop();
    expect(el.level).to.equal(0);
    expect(el.db).to.equal(-100);
    expect(cssLevel(el)).to.equal(0);
    expect(el.hasAttribute(Attr.Speaking)).to.equal(false);
  });

  it('reports a denial as state="error" error="denied"', async () => {
    simulate({ outcome: 'denied' });
    const el = await fixture<MicMeter>(html`<mic-meter></mic-meter>`);
    await stateOf(el, CaptureState.Error);
    expect(el.getAttribute(Attr.Error)).to.equal('denied');
    expect(el.level).to.equal(0);
  });

  it('asks for the raw microphone (processing off), with constraints merged last', async () => {
    const { calls } = spyGetUserMedia();
    const el = document.createElement('mic-meter');
    el.constraints = { channelCount: 1 };
    document.body.append(el);
    await stateOf(el, CaptureState.Live);
    expect(calls[0]!.audio).to.deep.equal({ echoCancellation: false, noiseSuppression: false, autoGainControl: false, channelCount: 1 });
    el.remove();
  });

  describe('bad attribute values', () => {
    it('min-db above max-db warns and uses -60..0', async () => {
      const seen = captureWarnings();
      const el = await liveMeter(html`<mic-meter min-db="0" max-db="-60"></mic-meter>`);
      expect(seen.some(w => w.includes('min-db/max-db'))).to.equal(true);
      expect(el.level).to.be.closeTo((el.db + 60) / 60, 0.05);
    });

    it('segments="-2" warns and draws a continuous bar', async () => {
      const seen = captureWarnings();
      const el = await fixture<MicMeter>(html`<mic-meter manual segments="-2"></mic-meter>`);
      expect(seen.some(w => w.includes('segments="-2"'))).to.equal(true);
      expect(el.shadowRoot!.querySelector('.segmented')).to.equal(null);
    });

    it('orientation="diagonal" warns and falls back to horizontal', async () => {
      const seen = captureWarnings();
      const el = await fixture<MicMeter>(html`<mic-meter manual orientation="diagonal"></mic-meter>`);
      await el.updateComplete;
      expect(seen.some(w => w.includes('orientation="diagonal"'))).to.equal(true);
      expect(el.orientation).to.equal('horizontal');
    });

    it('speaking-threshold="loud" warns and uses -50', async () => {
      const seen = captureWarnings();
      await fixture<MicMeter>(html`<mic-meter manual speaking-threshold="loud"></mic-meter>`);
      expect(seen.some(w => w.includes('speaking-threshold'))).to.equal(true);
    });
  });
});
