// No growth: 100 cycles of create, wait for live, remove, for each capture element and the panel made of them, leave
// no live track, no AudioContext open, no more event listeners or DOM nodes than before, and the JS heap after a
// forced garbage collection within 1 MB of where it started (Chromium's own counters, over CDP: test/support/cdp.ts).
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

/** What each element is when it is live. */
const LIVE: Record<string, (el: Element) => boolean> = {
  'camera-preview': el => el.getAttribute('state') === 'live',
  'mic-meter': el => el.getAttribute('state') === 'live',
  'device-check': el => el.getAttribute('status') === 'ready',
};

async function cycles(tag: string, count: number): Promise<void> {
  for (let i = 0; i < count; i++) {
    const el = document.body.appendChild(document.createElement(tag));
    await until(() => LIVE[tag]!(el), `${tag} live (cycle ${i + 1})`, 8000);
    el.remove();
    await nextTask();
  }
}

/** Waits until what a removed element lets go of is gone: its tracks ended, the shared AudioContext closed. */
async function settled(): Promise<Record<string, number>> {
  await until(() => liveTracks().length === 0, 'no live track');
  // Closed, not only closing: a closing context still holds its listeners.
  await until(() => unclosedAudioContexts().length === 0, 'no AudioContext open');
  return metricsAfterGc();
}

describe('no growth over 100 mount/unmount cycles', function () {
  this.timeout(120_000);

  before(async function () {
    if (!isChromium) return skipBecause(this, 'the listener, node and heap counts are Chromium’s (CDP Performance.getMetrics)');
  });

  for (const tag of Object.keys(LIVE)) {
    it(`<${tag}> leaves no track, AudioContext, listener, node or heap behind`, async () => {
      await cycles(tag, WARM_UP);
      const before = await settled();
      await cycles(tag, CYCLES);
      const after = await settled();
      expect(liveTracks(), 'live tracks').to.be.empty;
      expect(openAudioContexts(), 'open AudioContexts').to.be.empty;
      expect(after.JSEventListeners, 'event listeners').to.be.at.most(before.JSEventListeners!);
      expect(after.Nodes, 'DOM nodes').to.be.at.most(before.Nodes!);
      expect(after.JSHeapUsedSize! - before.JSHeapUsedSize!, 'JS heap growth (bytes)').to.be.below(HEAP_SLACK_BYTES);
    });
  }
});
