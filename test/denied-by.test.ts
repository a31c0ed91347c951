// Why access was denied (`denied-by`, `LocalMediaError.deniedBy`): each reason from a scripted rejection (the
// simulator's `denied`, `denied-by-system`, `denied-by-policy`) and the policy one from a real rejection, in an
// iframe whose `allow` refuses the camera. The person's own refusal by the browser runs in test/denied/.
import { expect, fixture, html } from '@open-wc/testing';
import '../components/camera-preview/define.js';
import '../components/mic-meter/define.js';
import type { CameraPreview } from '../components/camera-preview/camera-preview.js';
import type { MicMeter } from '../components/mic-meter/mic-meter.js';
import { cameraPreviewStrings } from '../components/camera-preview/camera-preview.strings.js';
import { cameraPreviewDeniedStrings } from '../components/camera-preview/camera-preview.denied.js';
import { micMeterStrings } from '../components/mic-meter/mic-meter.strings.js';
import { micMeterDeniedStrings } from '../components/mic-meter/mic-meter.denied.js';
import { Attr, CaptureState, DeniedBy, ErrorKind } from '../components/core/constants.js';
import { deniedBy, deniedTextKeys } from '../components/core/denial.js';
import type { SimulatedOutcome } from '../components/testing/index.js';
import { skipBecause } from './support/browser.js';
import { stateOf } from './support/media.js';
import { simulate } from './support/simulator.js';

const REASONS: [SimulatedOutcome, DeniedBy][] = [
  ['denied', DeniedBy.User],
  ['denied-by-system', DeniedBy.System],
  ['denied-by-policy', DeniedBy.Policy],
];

const status = (el: HTMLElement) => el.shadowRoot!.querySelector('[role=status]')!.textContent!.trim();

// An element's English texts: those of its first download and those of its denied steps (a chunk of their own).
const cameraTexts: Record<string, string> = { ...cameraPreviewStrings, ...cameraPreviewDeniedStrings };
const micTexts: Record<string, string> = { ...micMeterStrings, ...micMeterDeniedStrings };

/** The text a dictionary gives for `by` in this browser and OS: its most specific key it has. */
const deniedText = (dictionary: Record<string, string>, by: DeniedBy) => dictionary[deniedTextKeys(by).find(key => key in dictionary)!];

describe('denied-by', () => {
  for (const [outcome, by] of REASONS) {
    it(`<camera-preview> shows denied-by="${by}" and its steps for the simulator's ${outcome}`, async () => {
      simulate({ outcome });
      const el = await fixture<CameraPreview>(html`<camera-preview></camera-preview>`);
      await stateOf(el, CaptureState.Error);
      expect(el.getAttribute(Attr.Error)).to.equal(ErrorKind.Denied);
      expect(el.getAttribute(Attr.DeniedBy)).to.equal(by);
      expect(el.deniedBy).to.equal(by);
      expect(el.lastError!.deniedBy).to.equal(by);
      await el.updateComplete;
      const text = deniedText(cameraTexts, by);
      expect(status(el)).to.equal(text);
      expect(el.shadowRoot!.querySelector('[part=message]')!.textContent).to.equal(text);
    });

    it(`<mic-meter> announces the steps for denied-by="${by}"`, async () => {
      simulate({ outcome });
      const el = await fixture<MicMeter>(html`<mic-meter></mic-meter>`);
      await stateOf(el, CaptureState.Error);
      expect(el.getAttribute(Attr.DeniedBy)).to.equal(by);
      await el.updateComplete;
      expect(status(el)).to.equal(deniedText(micTexts, by));
    });
  }

  it('the denied slot still wins over the default text', async () => {
    simulate({ outcome: 'denied-by-system' });
    const el = await fixture<CameraPreview>(html`<camera-preview><p slot="denied">Ask IT to allow the camera.</p></camera-preview>`);
    await stateOf(el, CaptureState.Error);
    const slot = el.shadowRoot!.querySelector<HTMLSlotElement>('slot[name=denied]')!;
    expect(slot.assignedElements().map(e => e.textContent)).to.deep.equal(['Ask IT to allow the camera.']);
  });

  it('is removed once the capture is live again', async () => {
    const sim = simulate({ outcome: 'denied-by-system' });
    const el = await fixture<CameraPreview>(html`<camera-preview></camera-preview>`);
    await stateOf(el, CaptureState.Error);
    sim.outcome = 'live';
    await el.start();
    expect(el.hasAttribute(Attr.DeniedBy)).to.equal(false);
    expect(el.deniedBy).to.equal(undefined);
  });

  it('reads policy from a real rejection in an iframe whose allow attribute refuses the camera', async function () {
    const frame = document.createElement('iframe');
    frame.setAttribute('allow', "camera 'none'; microphone 'none'");
    frame.srcdoc = '<!doctype html><p>framed</p>';
    const loaded = new Promise(resolve => frame.addEventListener('load', resolve, { once: true }));
    document.body.append(frame);
    try {
      await loaded;
      const win = frame.contentWindow!;
      const answer = await win.navigator.mediaDevices.getUserMedia({ video: true }).then(
        stream => (stream.getTracks().forEach(track => track.stop()), undefined),
        (error: unknown) => error,
      );
      if (!answer) return skipBecause(this, 'this engine lets a frame with allow="camera \'none\'" capture');
      expect((answer as DOMException).name, 'the browser’s exception').to.be.oneOf(['NotAllowedError', 'SecurityError']);
      expect(await deniedBy(answer, ['camera'], win)).to.equal(DeniedBy.Policy);
    } finally {
      frame.remove();
    }
  });
});
