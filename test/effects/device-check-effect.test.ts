// <device-check>'s effect choice: the person picks the camera's background (as it is, blurred, or the page's
// `background-image`); the inner preview shows it and `result.effect` carries it, while `result.camera` still names
// the camera itself (not the processed track, which has no device).
import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import '../../components/device-check/define.js';
import type { CameraPreview } from '../../components/camera-preview/camera-preview.js';
import type { DeviceCheck } from '../../components/device-check/device-check.js';
import { until } from '../support/media.js';
import { simulate } from '../support/simulator.js';
import { solidImage } from './frames.js';

describe('device-check effect choice', function () {
  this.timeout(20_000);

  it('puts the chosen effect into the camera preview and into result.effect', async () => {
    simulate({ permission: 'granted' });
    const image = solidImage([20, 120, 220]);
    const el = await fixture<DeviceCheck>(html`<device-check video background-image=${image}></device-check>`);
    await until(() => el.getAttribute('status') === 'ready', 'status="ready"');
    expect(el.result.effect).to.deep.equal({ effect: 'none' });
    const select = el.shadowRoot!.querySelector<HTMLSelectElement>('[part=effect-select]')!;
    expect([...select.options].map(option => option.value)).to.deep.equal(['none', 'blur', 'background']);
    const changed = oneEvent(el, 'change');
    select.value = 'background';
    select.dispatchEvent(new Event('change', { bubbles: true }));
    const { detail } = await changed;
    expect(detail.result.effect).to.deep.equal({ effect: 'background', backgroundImage: image });
    const camera = el.shadowRoot!.querySelector<CameraPreview>('camera-preview')!;
    expect(camera.effect).to.equal('background');
    await until(() => ['on', 'error'].includes(camera.getAttribute('effect-state')!), 'the effect on (or failed where it cannot run)', 15_000);
    await el.updateComplete;
    expect(el.result.camera!.deviceId).to.equal(camera.cameraStream!.getVideoTracks()[0]!.getSettings().deviceId);
  });

  it('offers no image without background-image', async () => {
    simulate({ permission: 'granted' });
    const el = await fixture<DeviceCheck>(html`<device-check video></device-check>`);
    const select = el.shadowRoot!.querySelector<HTMLSelectElement>('[part=effect-select]')!;
    expect([...select.options].map(option => option.value)).to.deep.equal(['none', 'blur']);
  });
});
