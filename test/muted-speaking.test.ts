// <mic-meter muted>: the bar shows what is sent (nothing) while `speaking` keeps following the voice, so that
// `mic-meter[muted][speaking]` is the "you are muted" hint; and the device is open no longer than muting keeps it.
import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import '../components/mic-meter/define.js';
import type { MicMeter } from '../components/mic-meter/mic-meter.js';
import { CaptureState } from '../components/core/constants.js';
import { gesture } from './support/browser.js';
import { liveTracks, nextTask, stateOf, until } from './support/media.js';
import { simulate } from './support/simulator.js';

const sleep = (ms: number) => new Promise(resolve => setTimeout(resolve, ms));

describe('<mic-meter muted> speaking', () => {
  it('follows the fake microphone while muted: [muted][speaking], an empty bar', async function () {
    // WebKit's mock microphone may start with seconds of silence, and Firefox's fake one is late on a busy machine.
    this.timeout(40_000);
    const el = await fixture<MicMeter>(html`<mic-meter muted></mic-meter>`);
    await stateOf(el, CaptureState.Live);
    await gesture();
    const event = oneEvent(el, 'speakingchange');
    await until(() => el.matches('mic-meter[muted][speaking]'), 'mic-meter[muted][speaking]', 30_000);
    expect((await event).detail).to.deep.equal({ speaking: true });
    expect(el.speaking).to.equal(true);
    expect(el.level, 'the bar shows what is sent').to.equal(0);
    el.remove();
    await nextTask();
    expect(liveTracks()).to.have.length(0);
  });

  it('is not speaking while muted on a quiet room, and the muted clone goes with the capture', async () => {
    const sim = simulate({ microphones: [{ noise: true, level: 0.003 }] });
    const el = await fixture<MicMeter>(html`<mic-meter muted></mic-meter>`);
    await stateOf(el, CaptureState.Live);
    await gesture();
    await sleep(1000);
    expect(el.hasAttribute('speaking')).to.equal(false);
    el.stop();
    await nextTask();
    expect(sim.liveCaptures(), 'nothing capturing after stop()').to.deep.equal([]);
  });

  it('keeps speaking across mute and unmute, and stops once the voice stops', async () => {
    const sim = simulate({ microphones: [{ speech: false, level: 0.3 }] });
    const el = await fixture<MicMeter>(html`<mic-meter></mic-meter>`);
    await stateOf(el, CaptureState.Live);
    await gesture();
    await until(() => el.hasAttribute('speaking'), 'speaking before muting');
    el.muted = true;
    // The level reaches the page a few readings late (later on a busy machine): it is waited for, speaking is not.
    await until(() => el.level === 0, 'the bar showing what is sent: nothing', 3000);
    expect(el.matches('[muted][speaking]'), '[muted][speaking]').to.equal(true);
    sim.setLevel(0);
    await until(() => !el.hasAttribute('speaking'), 'not speaking once quiet', 1500);
    sim.setLevel(0.3);
    await until(() => el.hasAttribute('speaking'), 'speaking again while muted', 1500);
    el.muted = false;
    await sleep(600);
    expect(el.hasAttribute('speaking'), 'speaking after unmuting').to.equal(true);
  });

  it('still follows the voice while muted after a DOM move', async () => {
    simulate({ microphones: [{ speech: false, level: 0.3 }] });
    const el = await fixture<MicMeter>(html`<mic-meter muted></mic-meter>`);
    await stateOf(el, CaptureState.Live);
    await gesture();
    await until(() => el.hasAttribute('speaking'), 'speaking while muted');
    const stream = el.stream;
    el.parentElement!.append(document.createElement('div'), el); // remove and insert in one task: a move
    expect(el.stream).to.equal(stream);
    el.strings = { label: 'moved' }; // an update after the move
    await sleep(800);
    expect(el.matches('[muted][speaking]'), '[muted][speaking] after the move').to.equal(true);
  });

  it('has one writer: muting and unmuting while speaking changes neither speaking nor the attribute', async () => {
    simulate({ microphones: [{ speech: false, level: 0.3 }] });
    const el = await fixture<MicMeter>(html`<mic-meter></mic-meter>`);
    await stateOf(el, CaptureState.Live);
    await gesture();
    await until(() => el.hasAttribute('speaking'), 'speaking before muting');
    const events: boolean[] = [];
    el.addEventListener('speakingchange', event => events.push(event.detail.speaking));
    const toggles: boolean[] = [];
    const observer = new MutationObserver(() => toggles.push(el.hasAttribute('speaking')));
    observer.observe(el, { attributeFilter: ['speaking'] });
    /** Waits until the level feed has read `quiet` (or not) for longer than speaking's hangover (300 ms). */
    const settled = async (quiet: boolean) => {
      let since = 0;
      await until(() => {
        if ((el.db <= -90) !== quiet) since = 0;
        else since ||= performance.now();
        return since > 0 && performance.now() - since > 600;
      }, quiet ? 'the muted track read as silence' : 'the voice read again');
    };
    el.muted = true;
    await settled(true);
    el.muted = false;
    await settled(false);
    observer.disconnect();
    expect(events, 'speakingchange events').to.deep.equal([]);
    expect(toggles, 'speaking attribute changes').to.deep.equal([]);
    expect(el.speaking).to.equal(true);
  });
});
