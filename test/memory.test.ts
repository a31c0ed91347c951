// No growth: 100 cycles of create, wait for live, remove, for each capture element and the panel made of them, leave
// no live track, no AudioContext open, no removed element uncollected, no more event listeners or DOM nodes than
// before, and the JS heap after a forced garbage collection within 1 MB of where it started (Chromium's own counters,
// over CDP: test/support/cdp.ts). The warm-up brings the page to what it keeps once: a meter's worker (two listeners)
// starts after the meter is live, and on a loaded machine not before its removal, so a warm-up cycle waits for it.
import { expect } from '@open-wc/testing';
import '../components/index.js';
import { openAudioContexts, unclosedAudioContexts } from './support/audio-contexts.js';
import { isChromium, skipBecause } from './support/browser.js';
import { metricsAfterGc } from './support/cdp.js';
import { liveTracks, nextTask, until } from './support/media.js';

const CYCLES = 100;
/** Cycles run before the first count: the first ones create what the page keeps once (styles, module state). */
const WARM_UP = 3;
const HEAP_SLACK_BYTES = 1_000_000;

/** Removed elements are collected within this, once nothing holds them (about 0.4 s measured). */
const COLLECTED_MS = 10_000;

/** What each element is when it is live. */
const LIVE: Record<string, (el: Element) => boolean> = {
  'camera-preview': el => el.getAttribute('state') === 'live',
  'mic-meter': el => el.getAttribute('state') === 'live',
  'device-check': el => el.getAttribute('status') === 'ready',
};

/** The element's level meter, if it has one: its bar moves to a canvas drawn by the page's one meters' worker. */
const meterOf = (el: Element): Element | null | undefined => (el.localName === 'mic-meter' ? el : el.shadowRoot?.querySelector('mic-meter'));

/** `count` cycles of `tag`; each removed element is added to `removed`. `warmUp`: each waits for its meter's canvas. */
async function cycles(tag: string, count: number, removed: WeakRef<Element>[], warmUp = false): Promise<void> {
  for (let i = 0; i < count; i++) {
    const el = document.body.appendChild(document.createElement(tag));
    await until(() => LIVE[tag]!(el), `${tag} live (cycle ${i + 1})`, 8000);
    const meter = warmUp ? meterOf(el) : undefined;
    if (meter) await until(() => !!meter.shadowRoot?.querySelector('canvas'), `the meter's canvas (warm-up cycle ${i + 1})`, 8000);
    el.remove();
    removed.push(new WeakRef(el));
    await nextTask();
  }
}

/**
 * Waits until what removed elements let go of is gone: their tracks ended, the shared AudioContext closed, the
 * elements themselves collected (until then their own listeners and nodes still count). Returns the counters.
 */
async function settled(removed: WeakRef<Element>[]): Promise<Record<string, number>> {
  await until(() => liveTracks().length === 0, 'no live track');
  // Closed, not only closing: a closing context still holds its listeners.
  await until(() => unclosedAudioContexts().length === 0, 'no AudioContext open');
  const start = performance.now();
  for (;;) {
    const metrics = await metricsAfterGc();
    const uncollected = removed.filter(ref => ref.deref()).length;
    if (uncollected === 0) return metrics;
    if (performance.now() - start > COLLECTED_MS) expect(uncollected, `removed elements still held ${COLLECTED_MS} ms after`).to.equal(0);
    await new Promise(resolve => setTimeout(resolve, 250));
  }
}

describe('no growth over 100 mount/unmount cycles', function () {
  this.timeout(120_000);

  before(async function () {
    if (!isChromium) return skipBecause(this, 'the listener, node and heap counts are Chromium’s (CDP Performance.getMetrics)');
  });

  for (const tag of Object.keys(LIVE)) {
    it(`<${tag}> leaves no track, AudioContext, listener, node or heap behind`, async () => {
      const removed: WeakRef<Element>[] = [];
      await cycles(tag, WARM_UP, removed, true);
      const before = await settled(removed);
      await cycles(tag, CYCLES, removed);
      const after = await settled(removed);
      expect(liveTracks(), 'live tracks').to.be.empty;
      expect(openAudioContexts(), 'open AudioContexts').to.be.empty;
      expect(after.JSEventListeners, 'event listeners').to.be.at.most(before.JSEventListeners!);
      expect(after.Nodes, 'DOM nodes').to.be.at.most(before.Nodes!);
      expect(after.JSHeapUsedSize! - before.JSHeapUsedSize!, 'JS heap growth (bytes)').to.be.below(HEAP_SLACK_BYTES);
    });
  }
});
