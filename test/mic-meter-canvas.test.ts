// <mic-meter renderer="auto"> draws its bar on a canvas in a worker where the browser can: its pixels at a known
// level, its colours taken from CSS, and the DOM bar kept where a canvas can't draw what the page asked for. The known
// level: the media simulator's steady tone at amplitude 0.5, -6.02 dBFS peak (exact on the meter) and -9.03 dBFS RMS,
// which reaches the meter lower and less steady through the simulator's MediaStream loopback (short reads, more of
// them on a loaded machine: 0.3 to 2.5 dB low in Chromium and Firefox, up to 6 in WebKit, and lower at moments); the
// meters run on a -200..0 dB scale, where that moves the bar by little, and the fill is held to the levels the element
// reported around the moment its pixels were read, the highest of which must be the tone's within 6 dB.
import { expect, fixture, html } from '@open-wc/testing';
import '../components/mic-meter/define.js';
import type { MicMeter } from '../components/mic-meter/mic-meter.js';
import { CaptureState } from '../components/core/constants.js';
import { canvasMetersSupported } from '../components/core/meter/support.js';
import { gesture, skipBecause } from './support/browser.js';
import { stateOf, until } from './support/media.js';
import { canvasBar, closeTo, filledShare, meterCanvas, type Rgba } from './support/meter-pixels.js';
import { simulate } from './support/simulator.js';

const MIN_DB = -200;
const onScale = (db: number) => (db - MIN_DB) / -MIN_DB;
/** The tone's RMS level as the loopback lets it reach the meter (see above), and its held peak, on -200..0 dB. */
const LEVEL = [onScale(20 * Math.log10(0.5 / Math.SQRT2) - 6), onScale(20 * Math.log10(0.5 / Math.SQRT2)) + 0.005] as const;
const PEAK = onScale(20 * Math.log10(0.5));
const FILL = [0x0b, 0x57, 0xd0];
/** A device pixel or two of a bar about 160 px long, and the edge's antialiasing. */
const PIXEL_SLACK = 0.015;

/**
 * Asserts that the canvas's fill of `color` shows the level: one of those the element reported from 500 ms before
 * to 300 ms after its pixels were read (the canvas shows each reading, `level` follows every 250 ms).
 */
async function expectFillAtLevel(el: MicMeter, color: number[]): Promise<void> {
  const levels: number[] = [];
  const record = async (ms: number) => {
    for (const end = performance.now() + ms; performance.now() < end; await new Promise(resolve => setTimeout(resolve, 20))) levels.push(el.level);
  };
  await record(500);
  const fill = filledShare(el, color);
  await record(300);
  const [low, high] = [Math.min(...levels), Math.max(...levels)];
  expect(high, 'the highest level').to.be.within(...LEVEL);
  expect(fill, `the fill, from the empty end (levels ${low.toFixed(3)}..${high.toFixed(3)})`).to.be.within(low - PIXEL_SLACK, high + PIXEL_SLACK);
}

/** A live meter on the steady tone, once its canvas shows the level. */
async function toneMeter(template = html`<mic-meter min-db=${MIN_DB}></mic-meter>`, fill = FILL): Promise<MicMeter> {
  simulate({ microphones: [{ speech: false, level: 0.5 }] });
  const el = await fixture<MicMeter>(template);
  await stateOf(el, CaptureState.Live);
  await gesture();
  // Up to 10 s: Firefox resumes its AudioContext up to 1.5 s after the gesture, then the worker starts and the
  // speaking fill waits for its hold; 5 s ran out once with three busy loops beside the run.
  await until(() => !!meterCanvas(el) && filledShare(el, fill) > 0.5 && el.peak > 0, 'the canvas and the element to show the level', 10_000).catch(
    (error: Error) => {
      const canvas = meterCanvas(el) ? `fill share ${filledShare(el, fill).toFixed(2)}` : 'no canvas';
      throw new Error(`${error.message} (${canvas}; level ${el.level.toFixed(3)}, peak ${el.peak.toFixed(3)}, speaking ${el.speaking}, suspended ${el.suspended})`);
    },
  );
  return el;
}

/** Where along the bar (0..1 of the marker's lane) the first pixel of `color` after the fill is. */
function markerAt(el: MicMeter, color: number[], size: number): number {
  const axis = canvasBar(el).axis();
  const at = axis.findIndex((pixel, i) => i > axis.length / 2 && closeTo(pixel, color));
  return at / (axis.length - size * devicePixelRatio);
}

const opaque = (pixel: Rgba) => pixel[3] > 128;

describe('<mic-meter> drawn on a canvas', () => {
  before(async function () {
    if (!canvasMetersSupported()) return skipBecause(this, 'no module worker with a transferable OffscreenCanvas here: the meter draws its DOM bar');
  });

  it('shows the level and the held peak of a steady tone, in the default colours', async () => {
    const el = await toneMeter();
    expect(el.peak, 'peak').to.be.closeTo(PEAK, 0.005);
    await expectFillAtLevel(el, FILL);
    // The marker is currentColor, black here, 2 px wide, on a lane one marker shorter than the track.
    expect(markerAt(el, [0, 0, 0], 2), 'the peak marker').to.be.closeTo(PEAK, PIXEL_SLACK);
    const axis = canvasBar(el).axis();
    expect(opaque(axis.at(-1)!), 'nothing drawn past the marker').to.equal(false);
  });

  it('takes the fill, the peak and its size from the custom properties and the parts', async () => {
    const el = await toneMeter(
      html`<mic-meter min-db=${MIN_DB} style="--mic-meter-fill: rgb(200, 0, 0); --mic-meter-peak-size: 6px; color: rgb(0, 0, 250)"></mic-meter>`,
      [200, 0, 0],
    );
    const axis = canvasBar(el).axis();
    expect(closeTo(axis[Math.round(axis.length / 2)]!, [200, 0, 0]), 'the fill').to.equal(true);
    const marker = axis.filter(pixel => closeTo(pixel, [0, 0, 250])).length;
    expect(marker / devicePixelRatio, 'the marker is 6 px wide').to.be.closeTo(6, 1.5);
  });

  it('follows `speaking`: the speaking fill while the tone is above the threshold', async () => {
    const el = await toneMeter(html`<mic-meter min-db=${MIN_DB} style="--mic-meter-speaking-fill: rgb(0, 90, 255)"></mic-meter>`, [0, 90, 255]);
    expect(el.speaking).to.equal(true);
    await expectFillAtLevel(el, [0, 90, 255]);
  });

  it('draws a linear gradient written on ::part(fill), fixed to the track', async () => {
    const container = await fixture<HTMLDivElement>(html`<div>
      <style>.graded::part(fill) { background: linear-gradient(to right, rgb(255, 0, 0), rgb(0, 0, 255)); }</style>
      <mic-meter class="graded"></mic-meter>
    </div>`);
    const el = container.querySelector('mic-meter')!;
    el.remove();
    simulate({ microphones: [{ speech: false, level: 0.5 }] });
    container.append(el);
    await stateOf(el, CaptureState.Live);
    await gesture();
    await until(() => !!meterCanvas(el) && opaque(canvasBar(el).axis()[Math.round(canvasBar(el).width * 0.5)]!), 'the canvas to show the level');
    const bar = canvasBar(el);
    const axis = bar.axis();
    const at = (share: number) => axis[Math.round(share * (bar.width - 1))]!;
    expect(closeTo(at(0.1), [230, 0, 26]), `10 %: ${at(0.1)}`).to.equal(true);
    expect(closeTo(at(0.45), [140, 0, 115]), `45 %: ${at(0.45)}`).to.equal(true);
  });

  it('fills upwards when vertical', async () => {
    const el = await toneMeter(html`<mic-meter min-db=${MIN_DB} orientation="vertical"></mic-meter>`);
    await expectFillAtLevel(el, FILL);
  });

  it('draws on a new canvas after a DOM move (a canvas is handed to the worker once)', async () => {
    const el = await toneMeter();
    const [first, stream] = [meterCanvas(el), el.stream];
    el.parentElement!.append(document.createElement('div'), el); // removed and inserted in one task: a move
    await until(() => !!meterCanvas(el) && meterCanvas(el) !== first && filledShare(el, FILL) > 0.5, 'the bar on a new canvas');
    expect(el.stream, 'the same capture').to.equal(stream);
  });

  it('keeps its DOM bar where the page styles a part as a canvas can’t draw it, and with renderer="dom"', async () => {
    const container = await fixture<HTMLDivElement>(html`<div>
      <style>.glowing::part(peak) { box-shadow: 0 0 4px #fff; }</style>
      <mic-meter class="glowing"></mic-meter>
      <mic-meter renderer="dom"></mic-meter>
    </div>`);
    const meters = [...container.querySelectorAll('mic-meter')];
    for (const el of meters) await stateOf(el, CaptureState.Live);
    await until(() => meters.every(el => el.db > -60), 'levels');
    for (const el of meters) {
      await el.updateComplete;
      expect(meterCanvas(el), `${el.className || el.getAttribute('renderer')}: no canvas`).to.equal(null);
      expect(getComputedStyle(el.shadowRoot!.querySelector('.bar')!).display).to.equal('block');
    }
  });
});
