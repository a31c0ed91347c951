// Chromium without a fake-ui flag, so the answer to every request is the permission set over CDP.
import { expect, fixture, html } from '@open-wc/testing';
import '../../components/index.js';
import type { CameraPreview, MicMeter } from '../../components/index.js';
import { Attr, CaptureState, ErrorKind } from '../../components/core/index.js';
import { setPermission } from '../support/permissions.js';
import { liveTracks, stateOf, until } from '../support/media.js';

describe('permission changes in the browser', () => {
  beforeEach(async () => {
    await setPermission('camera', 'granted');
    await setPermission('microphone', 'granted');
  });

  it('a permission revoked while live ends the capture and shows how to allow it again', async () => {
    const el = await fixture<CameraPreview>(html`<camera-preview></camera-preview>`);
    await stateOf(el, CaptureState.Live);
    expect(el.getAttribute(Attr.Permission)).to.equal('granted');
    const track = el.stream!.getVideoTracks()[0]!;
    await setPermission('camera', 'denied');
    await until(() => el.getAttribute(Attr.Permission) === 'denied', 'permission="denied"');
    await stateOf(el, CaptureState.Ended);
    expect(track.readyState).to.equal('ended');
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('[part=message]')!.textContent).to.contain('blocked');
    expect(liveTracks()).to.have.length(0);
  });

  it('a denied element captures by itself once the user allows the device', async () => {
    await setPermission('microphone', 'denied');
    const el = await fixture<MicMeter>(html`<mic-meter></mic-meter>`);
    await stateOf(el, CaptureState.Error);
    expect(el.getAttribute(Attr.Error)).to.equal(ErrorKind.Denied);
    await setPermission('microphone', 'granted');
    await stateOf(el, CaptureState.Live);
    expect(el.getAttribute(Attr.Permission)).to.equal('granted');
  });

  it('a revoked then re-allowed camera comes back live', async () => {
    const el = await fixture<CameraPreview>(html`<camera-preview></camera-preview>`);
    await stateOf(el, CaptureState.Live);
    await setPermission('camera', 'denied');
    await stateOf(el, CaptureState.Ended);
    await setPermission('camera', 'granted');
    await stateOf(el, CaptureState.Live);
  });
});
