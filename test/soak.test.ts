// 1,000 random operations on a mixed set of capture elements, then: nothing live, no AudioContext open.
import { expect, fixture, html } from '@open-wc/testing';
import '../components/index.js';
import type { DeviceCaptureElement as CaptureElement } from '../components/index.js';
import { openAudioContexts } from './support/audio-contexts.js';
import { liveTracks, nextTask, until } from './support/media.js';

/** A small seeded generator (mulberry32), so a failing sequence can be replayed from its seed. */
function random(seed: number): () => number {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

describe('soak', () => {
  it('1,000 random connect/disconnect/switch/start/stop operations leave no live track and no open AudioContext', async function () {
    // No time is promised here, only what is left: about a hundred real camera captures take WebKit's mock camera
    // 170-370 ms each (the requests the kit abandoned still open the camera), and longer on a busy machine.
    this.timeout(150_000);
    const seed = 20261128;
    const next = random(seed);
    const pick = <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)]!;
    const host = await fixture<HTMLDivElement>(html`<div></div>`);
    const inputs = (await navigator.mediaDevices.enumerateDevices()).filter(d => d.kind === 'audioinput').map(d => d.deviceId);
    const elements = () => [...host.children] as CaptureElement[];
    const operations: Record<string, () => void> = {
      connect: () => host.append(document.createElement(pick(['camera-preview', 'mic-meter']))),
      disconnect: () => elements().length && pick(elements()).remove(),
      move: () => elements().length && host.append(pick(elements())),
      switch: () => {
        const meters = elements().filter(el => el.localName === 'mic-meter');
        if (meters.length) pick(meters).deviceId = pick([...inputs, '']);
      },
      start: () => elements().length && pick(elements()).start().catch(() => {}),
      stop: () => elements().length && pick(elements()).stop(),
      mute: () => elements().length && (pick(elements()).muted = next() < 0.5),
    };
    const names = Object.keys(operations);
    const done: Record<string, number> = {};
    let mostLive = 0;
    for (let i = 0; i < 1000; i++) {
      const name = elements().length > 6 ? 'disconnect' : pick(names);
      operations[name]!();
      done[name] = (done[name] ?? 0) + 1;
      // Mostly back-to-back in one task, sometimes letting the requests land.
      if (next() < 0.3) await nextTask();
      mostLive = Math.max(mostLive, liveTracks().length);
      if (next() < 0.02) await new Promise(resolve => setTimeout(resolve, 50));
    }
    host.replaceChildren();
    await until(() => liveTracks().length === 0, 'every track to end', 60_000);
    await until(() => openAudioContexts().length === 0, 'every AudioContext to close', 5_000);
    console.log(`soak (seed ${seed}): ${JSON.stringify(done)}; at most ${mostLive} live tracks at once`);
    expect(mostLive, 'real captures went live during the soak').to.be.greaterThan(0);
  });
});
