// In a <form>, <device-select name>, <media-toggle name> and <camera-preview name> are form controls: their value is
// in the FormData, a reset puts them back, a disabled fieldset disables them, a <label for> outside names them; a
// required <camera-preview> is invalid until a photo is taken.
import { expect, fixture, html } from '@open-wc/testing';
import '../../components/index.js';
import type { CameraPreview, DeviceSelect, MediaToggle, MicMeter } from '../../components/index.js';
import { CaptureState } from '../../components/core/index.js';
import { clickOn, pickDevice } from '../support/browser.js';
import { stateOf, until } from '../support/media.js';
import { simulate } from '../support/simulator.js';

const cameras = [{ deviceId: 'front', label: 'Front' }, { deviceId: 'back', label: 'Back' }];

async function form(template: ReturnType<typeof html>): Promise<HTMLFormElement> {
  return fixture<HTMLFormElement>(html`<form>${template}</form>`);
}

const selectOf = (el: DeviceSelect) => el.shadowRoot!.querySelector('select')!;
const buttonOf = (el: MediaToggle) => el.shadowRoot!.querySelector('button')!;

describe('in a form', () => {
  describe('<device-select name>', () => {
    it('is in the FormData with the chosen device, and a reset puts back the first choice', async () => {
      simulate({ cameras, permission: 'granted' });
      const f = await form(html`<camera-preview id="cam"></camera-preview><device-select name="camera" for="cam"></device-select>`);
      const el = f.querySelector('device-select')!;
      await until(() => el.options.length === 2, 'the list');
      await el.updateComplete;
      expect(new FormData(f).get('camera')).to.equal('front');
      expect(el.form).to.equal(f);
      pickDevice(el, 'back');
      await el.updateComplete;
      expect(new FormData(f).get('camera')).to.equal('back');
      f.reset();
      await el.updateComplete;
      expect([el.value, selectOf(el).value, new FormData(f).get('camera')]).to.deep.equal(['front', 'front', 'front']);
      expect(f.querySelector<CameraPreview>('camera-preview')!.deviceId, 'the target follows the reset').to.equal('front');
    });

    it('is disabled by a disabled fieldset, and then not in the FormData', async () => {
      simulate({ cameras, permission: 'granted' });
      const f = await form(html`<fieldset disabled><device-select name="camera"></device-select></fieldset>`);
      const el = f.querySelector('device-select')!;
      await until(() => el.options.length === 2, 'the list');
      await el.updateComplete;
      expect(selectOf(el).disabled).to.equal(true);
      expect(new FormData(f).has('camera')).to.equal(false);
      f.querySelector('fieldset')!.disabled = false;
      await el.updateComplete;
      expect(selectOf(el).disabled).to.equal(false);
      expect(new FormData(f).get('camera')).to.equal('front');
    });

    it('is named by a <label for> outside it, and a click on the label focuses its select', async () => {
      simulate({ cameras, permission: 'granted' });
      const f = await form(html`<label for="pick">Your camera</label><device-select id="pick" name="camera"></device-select>`);
      const el = f.querySelector('device-select')!;
      await until(() => el.options.length === 2, 'the list');
      await el.updateComplete;
      expect([...el.labels]).to.deep.equal([f.querySelector('label')]);
      expect(selectOf(el).getAttribute('aria-label')).to.equal('Your camera');
      await clickOn(f.querySelector('label')!);
      await until(() => el.shadowRoot!.activeElement === selectOf(el), 'the select focused');
    });
  });

  describe('<media-toggle name>', () => {
    it("is in the FormData (as a checkbox: its value while pressed), and a reset puts the target's muted back", async () => {
      simulate();
      const f = await form(html`<mic-meter id="mic"></mic-meter><media-toggle for="mic" name="muted"></media-toggle>`);
      const [meter, el] = [f.querySelector<MicMeter>('mic-meter')!, f.querySelector('media-toggle')!];
      await stateOf(meter, CaptureState.Live);
      await el.updateComplete;
      expect(new FormData(f).has('muted')).to.equal(false);
      buttonOf(el).click();
      await el.updateComplete;
      expect(meter.muted).to.equal(true);
      expect(new FormData(f).get('muted')).to.equal('on');
      f.reset();
      await el.updateComplete;
      expect(meter.muted).to.equal(false);
      expect(new FormData(f).has('muted')).to.equal(false);
    });

    it('is disabled by a disabled fieldset', async () => {
      simulate();
      const f = await form(html`<mic-meter id="mic" manual></mic-meter><fieldset disabled><media-toggle for="mic" name="muted"></media-toggle></fieldset>`);
      const el = f.querySelector('media-toggle')!;
      await el.updateComplete;
      expect(buttonOf(el).disabled).to.equal(true);
      f.querySelector('fieldset')!.disabled = false;
      await el.updateComplete;
      expect(buttonOf(el).disabled).to.equal(false);
    });

    it('is named by a <label for> outside it, and a click on the label toggles', async () => {
      simulate();
      const f = await form(html`<mic-meter id="mic"></mic-meter><label for="toggle">Microphone</label><media-toggle id="toggle" for="mic"></media-toggle>`);
      const [meter, el] = [f.querySelector<MicMeter>('mic-meter')!, f.querySelector('media-toggle')!];
      await stateOf(meter, CaptureState.Live);
      await el.updateComplete;
      expect(buttonOf(el).getAttribute('aria-label')).to.equal('Microphone');
      await clickOn(f.querySelector('label')!);
      await until(() => meter.muted, 'the microphone muted');
    });
  });

  describe('<camera-preview name>', () => {
    it('is the last photo as a File; required is invalid until one is taken; a reset clears it', async () => {
      simulate();
      const f = await form(html`<camera-preview name="photo" required></camera-preview>`);
      const el = f.querySelector<CameraPreview>('camera-preview')!;
      await stateOf(el, CaptureState.Live);
      await el.updateComplete;
      expect(f.checkValidity()).to.equal(false);
      expect(el.validity.valueMissing).to.equal(true);
      expect(el.validationMessage).to.not.equal('');
      expect(new FormData(f).has('photo')).to.equal(false);
      const blob = await el.takePhoto({ type: 'image/jpeg' });
      const file = new FormData(f).get('photo') as File;
      expect(file).to.be.instanceOf(File);
      expect([file.type, file.size, file.name]).to.deep.equal(['image/jpeg', blob.size, 'photo.jpg']);
      expect(el.value).to.equal(file);
      expect(f.checkValidity()).to.equal(true);
      await el.snapshot();
      expect((new FormData(f).get('photo') as File).type, 'the last one: a snapshot').to.equal('image/png');
      f.reset();
      expect(el.value).to.equal(null);
      expect(new FormData(f).has('photo')).to.equal(false);
      expect(f.checkValidity()).to.equal(false);
    });
  });
});
