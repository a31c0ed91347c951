// A live <mic-meter> whose AudioContext waits for a gesture, as Firefox and Safari make it wait before the page's
// first click (Firefox in this group). Alone in its file: in Firefox 153 here, the context then resumes on the
// click only in the page's first test (measured: after any other test in the same page, even an empty one, the
// resume() called in the click's handler stays pending).
import { expect, fixture, html } from '@open-wc/testing';
import { sendMouse } from '@web/test-runner-commands';
import '../../components/mic-meter/define.js';
import type { MicMeter } from '../../components/mic-meter/mic-meter.js';
import { Attr, CaptureState } from '../../components/core/constants.js';
import { isFirefox, shown, skipBecause } from '../support/browser.js';
import { stateOf, until } from '../support/media.js';

describe('<mic-meter> while its AudioContext waits for a gesture', () => {
  it('shows and announces the hint in the bar’s place, then a level after a click', async function () {
    // Chromium runs here with --autoplay-policy=no-user-gesture-required; WebKit's resume() needs no gesture.
    if (!isFirefox) return skipBecause(this, 'only Firefox makes the AudioContext wait for a gesture in this run');
    // The order a busy page gets: the first levels before the context's statechange (seen in a full run). Every
    // statechange reaches its listeners 2 s late here, so the hint must go with the levels themselves.
    const { seen: late, restore } = delayStateChanges(2000);
    try {
      const el = await fixture<MicMeter>(html`<mic-meter></mic-meter>`);
      await stateOf(el, CaptureState.Live);
      await until(() => el.hasAttribute(Attr.Suspended), 'suspended');
      await el.updateComplete;
      const hint = el.shadowRoot!.querySelector('[part=hint]')!;
      expect(shown(hint)).to.be.true;
      expect(hint.textContent).to.equal('Click anywhere to see your level');
      expect(shown(el.shadowRoot!.querySelector('[part=track]'))).to.be.false;
      expect(el.shadowRoot!.querySelector('[role=status]')!.textContent).to.equal('Click anywhere to see your level');
      await sendMouse({ type: 'click', position: [2, 2] });
      await until(() => el.db > -40, 'a level: the fake microphone’s tone (about -23 dBFS)');
      expect(late.running, 'the statechange to running is still on its way').to.be.false;
      expect(shown(el.shadowRoot!.querySelector('[part=hint]')), 'the hint is gone').to.be.false;
      expect(el.hasAttribute(Attr.Suspended)).to.be.false;
      await until(() => late.running, 'the late statechange', 4000);
      await el.updateComplete;
      expect(shown(el.shadowRoot!.querySelector('[part=hint]')), 'the hint stays gone').to.be.false;
      expect(el.hasAttribute(Attr.Suspended)).to.be.false;
    } finally {
      restore();
    }
  });
});

/** Has every AudioContext made from now on until `restore()` deliver its `statechange` events `ms` late. */
function delayStateChanges(ms: number): { seen: { running: boolean }; restore: () => void } {
  const seen = { running: false };
  const real = AudioContext.prototype.addEventListener;
  AudioContext.prototype.addEventListener = function (this: AudioContext, type: string, listener: EventListenerOrEventListenerObject | null, options?: boolean | AddEventListenerOptions) {
    if (type !== 'statechange' || typeof listener !== 'function') return real.call(this, type, listener!, options);
    real.call(this, type, event => {
      const { state } = this;
      setTimeout(() => {
        if (state === 'running') seen.running = true;
        listener.call(this, event);
      }, ms);
    }, options);
  } as typeof real;
  return { seen, restore: () => void (AudioContext.prototype.addEventListener = real) };
}
