// The media simulator's browser control (`browserControl`) and held audio (`audioNeedsGesture`), in every engine.
import { expect, fixture, html } from '@open-wc/testing';
import { sendMouse } from '@web/test-runner-commands';
import '../../components/camera-preview/define.js';
import '../../components/mic-meter/define.js';
import '../../components/device-check/define.js';
import type { CameraPreview } from '../../components/camera-preview/camera-preview.js';
import type { MicMeter } from '../../components/mic-meter/mic-meter.js';
import type { DeviceCheck } from '../../components/device-check/device-check.js';
import { Attr, CaptureState, ErrorKind } from '../../components/core/constants.js';
import { shown } from '../support/browser.js';
import { captureWarnings, nextTask, stateOf, until } from '../support/media.js';
import { simulate } from '../support/simulator.js';

const controlIn = (host: Element) => host.shadowRoot?.querySelector<HTMLElement & { track: MediaStreamTrack | null }>('[part~=browser-control]') ?? null;

describe('the simulated browser control', () => {
  it('a blocked preview shows it, marked as simulated; a click goes live; removing the preview ends the capture', async () => {
    const simulator = simulate({ outcome: 'denied', browserControl: true });
    const el = await fixture<CameraPreview>(html`<camera-preview></camera-preview>`);
    await stateOf(el, CaptureState.Error);
    expect(el.error).to.equal(ErrorKind.Denied);
    await until(() => !!controlIn(el), 'the control');
    const control = controlIn(el)!;
    expect(control.hasAttribute('data-simulated')).to.be.true;
    expect(control.textContent).to.contain('simulated');
    expect(el.matches(':state(browser-control)')).to.be.true;
    control.click();
    await stateOf(el, CaptureState.Live);
    expect(simulator.permission).to.equal('granted');
    // The grant also restarts the preview's own request (the permission changed to granted): one capture stays.
    await nextTask();
    expect(simulator.liveCaptures()).to.have.length(1);
    await el.updateComplete;
    expect(!!controlIn(el)).to.be.false;
    el.remove();
    await nextTask();
    expect(simulator.liveCaptures()).to.be.empty;
  });

  it('an adopted capture switches device like its own: the adopted track ends', async () => {
    const simulator = simulate({ outcome: 'denied', browserControl: true, cameras: [{ label: 'Front' }, { label: 'Back' }] });
    const el = await fixture<CameraPreview>(html`<camera-preview></camera-preview>`);
    await until(() => !!controlIn(el), 'the control');
    controlIn(el)!.click();
    await stateOf(el, CaptureState.Live);
    const adopted = el.stream!.getVideoTracks()[0]!;
    const back = (await navigator.mediaDevices.enumerateDevices()).find(d => d.label === 'Back')!;
    el.deviceId = back.deviceId;
    await until(() => el.stream?.getVideoTracks()[0]?.getSettings().deviceId === back.deviceId, 'the back camera');
    expect(adopted.readyState).to.equal('ended');
    expect(simulator.liveCaptures().map(c => c.label)).to.deep.equal(['Back']);
  });

  it('two clicks leave one capture', async () => {
    const simulator = simulate({ outcome: 'denied', browserControl: true, delay: 50 });
    const el = await fixture<CameraPreview>(html`<camera-preview></camera-preview>`);
    await until(() => !!controlIn(el), 'the control');
    const control = controlIn(el)!;
    control.click();
    control.click();
    await stateOf(el, CaptureState.Live);
    await nextTask();
    expect(simulator.liveCaptures()).to.have.length(1);
  });

  it('a manual meter shows it in the bar’s place; a click starts it, and muted works on its track', async () => {
    simulate({ browserControl: true });
    const el = await fixture<MicMeter>(html`<mic-meter manual></mic-meter>`);
    await until(() => !!controlIn(el), 'the control');
    expect(shown(el.shadowRoot!.querySelector('[part=track]'))).to.be.false;
    const internals = (el as unknown as { internals: ElementInternals }).internals;
    expect(internals.role, 'a group around the control: a meter’s content is out of reach').to.equal('group');
    controlIn(el)!.click();
    await stateOf(el, CaptureState.Live);
    el.muted = true;
    await el.updateComplete;
    // The meter's own processing may need its own capture (the engine's synthetic track can't switch it): whichever
    // track it holds, muted holds it.
    expect(el.stream!.getAudioTracks().map(track => track.enabled)).to.deep.equal([false]);
    expect(!!controlIn(el), 'the control gave way').to.be.false;
    expect(internals.role).to.equal('meter');
  });

  it('falls back, with one warning naming the reason, when the browser says the control is not valid', async () => {
    const warnings = captureWarnings();
    simulate({ outcome: 'denied', browserControl: { invalidReason: 'style_invalid' } });
    const el = await fixture<CameraPreview>(html`<camera-preview></camera-preview>`);
    await stateOf(el, CaptureState.Error);
    await until(() => warnings.some(w => w.includes('style_invalid')), 'the warning');
    await el.updateComplete;
    expect(!!controlIn(el)).to.be.false;
    expect(el.shadowRoot!.querySelector('[part=message]')!.textContent).to.contain('blocked');
    el.stop();
    await el.start().catch(() => {});
    await el.updateComplete;
    expect(!!controlIn(el), 'for good').to.be.false;
    expect(warnings.filter(w => w.includes('style_invalid'))).to.have.length(1);
  });

  it('shows nothing with browser-control="off"', async () => {
    simulate({ outcome: 'denied', browserControl: true });
    const el = await fixture<CameraPreview>(html`<camera-preview browser-control="off"></camera-preview>`);
    await stateOf(el, CaptureState.Error);
    await el.updateComplete;
    expect(!!controlIn(el)).to.be.false;
  });

  it('<device-check> shows it for each blocked check, and a click there allows the camera', async () => {
    simulate({ outcome: 'denied', browserControl: true });
    const check = await fixture<DeviceCheck>(html`<device-check video audio></device-check>`);
    const camera = check.shadowRoot!.querySelector<CameraPreview>('camera-preview')!;
    const meter = check.shadowRoot!.querySelector<MicMeter>('mic-meter')!;
    await until(() => !!controlIn(camera) && !!controlIn(meter), 'both controls');
    expect(check.getAttribute('status')).to.equal('attention');
    controlIn(camera)!.click();
    await stateOf(camera, CaptureState.Live);
  });
});

describe('audio held until a gesture (audioNeedsGesture)', () => {
  it('a live meter shows and announces the hint, then a level after a click', async () => {
    simulate({ audioNeedsGesture: true });
    const el = await fixture<MicMeter>(html`<mic-meter></mic-meter>`);
    await stateOf(el, CaptureState.Live);
    await until(() => el.hasAttribute(Attr.Suspended), 'suspended');
    await el.updateComplete;
    const hint = el.shadowRoot!.querySelector('[part=hint]')!;
    expect(shown(hint)).to.be.true;
    expect(el.shadowRoot!.querySelector('[role=status]')!.textContent).to.equal(hint.textContent);
    await sendMouse({ type: 'click', position: [2, 2] });
    await until(() => el.level > 0, 'a level');
    expect(shown(el.shadowRoot!.querySelector('[part=hint]')), 'the hint is gone').to.be.false;
  });
});
