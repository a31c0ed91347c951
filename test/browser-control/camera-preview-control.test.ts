// The browser's own camera control in <camera-preview>. Chromium (this group: fake UI that allows) has the real
// <camera>: the denial before it is stubbed, since headless Chromium can't refuse the page's getUserMedia and then
// allow the control's (measured: CDP's denial blocks both, the fake-UI flag allows both). Firefox and WebKit have
// no such element: there nothing is rendered and the denied text stays as it was. Assertions on elements compare
// booleans: in Firefox here, a failure message that holds a DOM node hangs the run instead of failing the test.
import { expect, fixture, html } from '@open-wc/testing';
import '../../components/camera-preview/define.js';
import type { CameraPreview } from '../../components/camera-preview/camera-preview.js';
import { CaptureState, ErrorKind } from '../../components/core/constants.js';
import { clickOn, isChromium, near, pixelAt, skipBecause } from '../support/browser.js';
import { browserControlOf, clickable, clickControl, watchBrowserControls } from '../support/browser-controls.js';
import { captureWarnings, nextTask, stateOf, stubGetUserMedia, until } from '../support/media.js';

/** Why the real-element tests skip outside Chromium. */
const NO_ELEMENT = 'only Chromium has the browser’s own <camera> and <microphone> elements';
const denyRequests = () => stubGetUserMedia(() => Promise.reject(new DOMException('Permission denied', 'NotAllowedError')));

describe('<camera-preview> and the browser’s own camera control', () => {
  describe('where the browser has one', () => {
    beforeEach(function () {
      if (!isChromium) return skipBecause(this, NO_ELEMENT);
      watchBrowserControls();
    });

    it('shows it when denied; a click on it goes live with a picture; removing the preview ends the adopted track', async () => {
      denyRequests();
      const el = await fixture<CameraPreview>(html`<camera-preview style="width: 480px"></camera-preview>`);
      await stateOf(el, CaptureState.Error);
      expect(el.error).to.equal(ErrorKind.Denied);
      const control = await browserControlOf(el);
      expect(control.localName).to.equal('camera');
      expect(el.shadowRoot!.querySelector('[part=message]')!.textContent, 'the denied text stays below it').to.not.be.empty;
      await clickControl(control);
      await stateOf(el, CaptureState.Live);
      const [track] = el.stream!.getTracks();
      expect(track!.readyState).to.equal('live');
      expect(near(await pixelAt(await el.snapshot({ mirror: false }), 100, 240), [255, 0, 0, 255]), 'the fake camera’s red half').to.be.true;
      await el.updateComplete;
      expect(!!el.shadowRoot!.querySelector('[part~=browser-control]'), 'gone once live').to.be.false;
      el.muted = true;
      await el.updateComplete;
      expect(track!.enabled, 'muted on the adopted track').to.be.false;
      el.remove();
      await nextTask();
      expect(track!.readyState).to.equal('ended');
    });

    it('two clicks leave one capture, which ends with the preview', async () => {
      denyRequests();
      const el = await fixture<CameraPreview>(html`<camera-preview style="width: 480px"></camera-preview>`);
      const control = (await browserControlOf(el)) as HTMLElement & { track: MediaStreamTrack | null };
      await clickControl(control);
      await clickOn(control).catch(() => {}); // gone from the page once live: this second click may land on the video
      await stateOf(el, CaptureState.Live);
      expect(el.stream!.getTracks()).to.have.length(1);
      expect(el.stream!.getTracks()[0] === control.track, 'the control’s own track').to.be.true;
      el.remove();
      await nextTask();
      expect(control.track!.readyState).to.equal('ended');
    });

    it('with manual, shows it in the idle slot’s place; a page’s own idle content wins', async () => {
      const el = await fixture<CameraPreview>(html`<camera-preview manual></camera-preview>`);
      const control = await browserControlOf(el);
      expect(control.parentElement?.localName ?? (control.parentNode as Element).localName).to.equal('slot');
      expect(el.matches(':state(browser-control)')).to.be.true;
      const own = await fixture<CameraPreview>(html`<camera-preview manual><button slot="idle">Start</button></camera-preview>`);
      await own.updateComplete;
      const slot = own.shadowRoot!.querySelector<HTMLSlotElement>('slot[name=idle]')!;
      expect(slot.assignedElements().map(e => e.localName)).to.deep.equal(['button']);
    });

    it('falls back to its own denied text, with one warning, when something covers the control', async () => {
      const warnings = captureWarnings();
      denyRequests();
      const el = await fixture<CameraPreview>(html`<camera-preview style="width: 480px"></camera-preview>`);
      const control = await browserControlOf(el);
      await clickable(control);
      const { left, top, width, height } = control.getBoundingClientRect();
      const cover = Object.assign(document.createElement('div'), { style: `position: fixed; left: ${left - 4}px; top: ${top - 4}px; width: ${width + 8}px; height: ${height + 8}px; background: white` });
      document.body.append(cover);
      try {
        await until(() => !el.shadowRoot!.querySelector('[part~=browser-control]'), 'the control gives way');
      } finally {
        cover.remove();
      }
      expect(warnings.filter(w => w.includes('browser-control') || w.includes('<camera>'))).to.have.length(1);
      expect(warnings.join()).to.contain('intersection_occluded_or_distorted');
      expect(el.matches(':state(browser-control)')).to.be.false;
      expect(el.shadowRoot!.querySelector('[part=message]')!.textContent).to.match(/blocked|block this browser/);
    });
    it('falls back, with one warning, when the preview is too small for the control (it clips it)', async () => {
      const warnings = captureWarnings();
      denyRequests();
      const el = await fixture<CameraPreview>(html`<camera-preview style="width: 64px"></camera-preview>`);
      await stateOf(el, CaptureState.Error);
      await until(() => warnings.some(w => w.includes('intersection_out_of_viewport_or_clipped')), 'the warning');
      await el.updateComplete;
      expect(!!el.shadowRoot!.querySelector('[part~=browser-control]')).to.be.false;
      expect(warnings.filter(w => w.includes('<camera>'))).to.have.length(1);
    });
  });

  describe('where it has none, or it is off', () => {
    it('renders no control: the denied text shows as before', async function () {
      denyRequests();
      const el = await fixture<CameraPreview>(html`<camera-preview browser-control=${isChromium ? 'off' : 'auto'}></camera-preview>`);
      await stateOf(el, CaptureState.Error);
      await el.updateComplete;
      expect(!!el.shadowRoot!.querySelector('[part~=browser-control]')).to.be.false;
      expect(!!el.shadowRoot!.querySelector('camera, microphone, usermedia')).to.be.false;
      expect(el.shadowRoot!.querySelector('[part=message]')!.textContent).to.match(/blocked|block this browser/);
    });

    it('renders nothing in the idle slot of a manual preview', async () => {
      const el = await fixture<CameraPreview>(html`<camera-preview manual browser-control=${isChromium ? 'off' : 'auto'}></camera-preview>`);
      await el.updateComplete;
      await nextTask();
      expect(el.shadowRoot!.querySelector('slot[name=idle]')!.childElementCount).to.equal(0);
      expect(el.state).to.equal(CaptureState.Idle);
    });
  });
});
