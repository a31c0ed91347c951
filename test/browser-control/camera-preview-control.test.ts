// The browser's own camera control in <camera-preview>. Chromium (this group: fake UI that allows) has the real
// <camera>: the denial before it is stubbed, since headless Chromium can't refuse the page's getUserMedia and then
// allow the control's (measured: CDP's denial blocks both, the fake-UI flag allows both). Firefox and WebKit have
// no such element: there nothing is rendered and the denied text stays as it was.
import { expect, fixture, html } from '@open-wc/testing';
import '../../components/camera-preview/define.js';
import type { CameraPreview } from '../../components/camera-preview/camera-preview.js';
import { CaptureState, ErrorKind } from '../../components/core/constants.js';
import { isChromium, near, pixelAt, skipBecause } from '../support/browser.js';
import { browserControlOf, clickControl, watchBrowserControls } from '../support/browser-controls.js';
import { nextTask, stateOf, stubGetUserMedia } from '../support/media.js';

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
      expect(el.shadowRoot!.querySelector('[part~=browser-control]'), 'gone once live').to.be.null;
      el.remove();
      await nextTask();
      expect(track!.readyState).to.equal('ended');
    });
  });
});
