// The browser's own microphone control in <mic-meter> (Chromium: the real <microphone>; see
// camera-preview-control.test.ts for this group's browsers).
import { expect, fixture, html } from '@open-wc/testing';
import '../../components/mic-meter/define.js';
import type { MicMeter } from '../../components/mic-meter/mic-meter.js';
import { CaptureState } from '../../components/core/constants.js';
import { isChromium, shown, skipBecause } from '../support/browser.js';
import { browserControlOf, clickControl, watchBrowserControls } from '../support/browser-controls.js';
import { nextTask, stateOf, until } from '../support/media.js';

const NO_ELEMENT = 'only Chromium has the browser’s own <camera> and <microphone> elements';
describe('<mic-meter> and the browser’s own microphone control', () => {
  it('a manual meter shows it in the bar’s place; a click starts it, with the meter’s processing; muted works', async function () {
    if (!isChromium) return skipBecause(this, NO_ELEMENT);
    watchBrowserControls();
    const el = await fixture<MicMeter>(html`<mic-meter manual></mic-meter>`);
    const control = (await browserControlOf(el)) as HTMLElement & { track: MediaStreamTrack | null };
    expect(control.localName).to.equal('microphone');
    expect(shown(el.shadowRoot!.querySelector('[part=track]')), 'the bar gives way').to.be.false;
    await clickControl(control);
    await stateOf(el, CaptureState.Live);
    // Chromium 156's <microphone> opens with echo cancellation, noise suppression and gain control, whatever it
    // was asked, and none changes live: the meter captures again (allowed now, so no prompt), and the adopted
    // track ends.
    await until(() => el.processing.echoCancellation === false, 'the meter’s processing (off)');
    await until(() => control.track!.readyState === 'ended', 'the adopted track ended');
    expect(el.stream!.getAudioTracks()).to.have.length(1);
    const [track] = el.stream!.getAudioTracks();
    await until(() => el.db > -20, 'the fixture tone’s level (-9 dBFS)');
    expect(shown(el.shadowRoot!.querySelector('[part=track]')), 'the bar is back').to.be.true;
    el.muted = true;
    await el.updateComplete;
    expect(track!.enabled).to.be.false;
    await until(() => el.db <= -99, 'silence while muted');
    el.muted = false;
    await el.updateComplete;
    expect(track!.enabled).to.be.true;
    el.remove();
    await nextTask();
    expect(track!.readyState).to.equal('ended');
  });

  it('renders no control where the browser has none, or with browser-control="off"', async () => {
    const el = await fixture<MicMeter>(html`<mic-meter manual browser-control=${isChromium ? 'off' : 'auto'}></mic-meter>`);
    await el.updateComplete;
    await nextTask();
    expect(!!el.shadowRoot!.querySelector('[part~=browser-control], microphone, usermedia')).to.be.false;
    expect(shown(el.shadowRoot!.querySelector('[part=track]'))).to.be.true;
  });
});
