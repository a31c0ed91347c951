import { expect } from '@open-wc/testing';
import { getLocalMedia, meterStream } from '../../components/core/index.js';
import { READINGS_PER_S } from '../../components/core/level-meter.js';
import { gesture } from '../support/browser.js';
import { liveTracks, until } from '../support/media.js';
import { simulate } from '../support/simulator.js';

interface Reading {
  rms: number;
  peak: number;
  now: number;
}

const wait = (ms: number) => new Promise(resolve => setTimeout(resolve, ms));

/** A simulated microphone with a 5 ms full-scale click every 500 ms, and what the level feed hears of it. */
async function clicksFeed(subscribers = 1) {
  simulate({ microphones: [{ level: 1, clicks: true }] });
  const stream = await getLocalMedia({ audio: true });
  const heard: Reading[][] = [];
  const meters = Array.from({ length: subscribers }, (_, i) => {
    heard[i] = [];
    return meterStream(stream, (rms, peak, now) => heard[i]!.push({ rms, peak, now }), () => {});
  });
  await gesture();
  await until(() => heard[0]!.some(reading => reading.peak > 0.9), 'the first click', 3000);
  return { stream, meters, heard };
}

describe('level feed (meterStream)', () => {
  afterEach(() => expect(liveTracks(), 'tracks left live').to.be.empty);

  it('puts every 5 ms click into exactly one reading', async function () {
    this.timeout(20_000);
    const { stream, meters, heard } = await clicksFeed();
    const from = heard[0]!.length;
    // 30 readings, about 2 s of audio (a loaded machine's audio clock may run behind the wall clock, so the count of
    // readings is the measure of audio time).
    await until(() => heard[0]!.length >= from + 30, '30 readings', 15_000);
    const readings = heard[0]!.slice(from, from + 30);
    meters[0]!.dispose();
    stream.stop();
    // Every sample is in exactly one reading of about 50 ms of audio: a click every 500 ms is loud in one reading in
    // ten (one more or less at the edges), or in two when it straddles their boundary (its first one marks it), each
    // with the click's full peak; the silence reads as silence.
    const loud = readings.map(reading => reading.peak > 0.9);
    const clicks = loud.filter((isLoud, i) => isLoud && !loud[i - 1]).length;
    const expected = (readings.length * 1000) / READINGS_PER_S / 500;
    expect(clicks).to.be.within(Math.floor(expected) - 1, Math.ceil(expected) + 1);
    expect(loud.some((isLoud, i) => isLoud && loud[i - 1] && loud[i - 2]), 'a 5 ms click loud in three readings').to.equal(false);
    expect(readings.filter(reading => reading.peak > 0.01 && reading.peak <= 0.9)).to.be.empty;
  });

  it('meters a track once for every subscriber: one audio node, the same readings', async () => {
    const Real = window.AudioWorkletNode;
    let nodes = 0;
    window.AudioWorkletNode = class CountedAudioWorkletNode extends Real {
      constructor(...args: ConstructorParameters<typeof AudioWorkletNode>) {
        super(...args);
        nodes++;
      }
    };
    try {
      const { stream, meters, heard } = await clicksFeed(2);
      await wait(600);
      const [first, second] = [heard[0]!.slice(-8), heard[1]!.slice(-8)];
      meters.forEach(meter => meter.dispose());
      stream.stop();
      expect(nodes).to.equal(1);
      expect(second).to.deep.equal(first);
    } finally {
      window.AudioWorkletNode = Real;
    }
  });

  it('hears nothing while paused, and again once resumed', async () => {
    const { stream, meters, heard } = await clicksFeed();
    meters[0]!.setActive(false);
    await wait(100); // a reading already on its way may land
    const paused = heard[0]!.length;
    await wait(600);
    expect(heard[0]!.length).to.equal(paused);
    meters[0]!.setActive(true);
    await until(() => heard[0]!.length > paused + 3, 'readings once resumed');
    meters[0]!.dispose();
    stream.stop();
  });
});
