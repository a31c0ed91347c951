import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../components/index.js';
import type { CameraPreview, DeviceSelect, MicMeter } from '../components/index.js';
import { CaptureState } from '../components/core/index.js';
import { pickDevice, skipBecause } from './support/browser.js';
import { simulate } from './support/simulator.js';
import { captureWarnings, stateOf, until } from './support/media.js';

const selectOf = (el: DeviceSelect) => el.shadowRoot!.querySelector('select')!;
const optionTexts = (el: DeviceSelect) => [...selectOf(el).options].map(option => option.textContent!.trim());
const devicesOf = async (kind: MediaDeviceKind) => (await navigator.mediaDevices.enumerateDevices()).filter(d => d.kind === kind);

/** Firefox lists device ids only after a capture: open (and close) one so every test works with real ids. */
async function revealDeviceIds(): Promise<void> {
  const stream = await navigator.mediaDevices.getUserMedia({ audio: true, video: true });
  for (const track of stream.getTracks()) track.stop();
  expect((await devicesOf('audioinput')).every(device => device.deviceId)).to.equal(true);
}

describe('<device-select>', () => {
  afterEach(() => localStorage.clear());

  for (const kind of ['videoinput', 'audioinput', 'audiooutput'] as const) {
    it(`lists the ${kind} devices, by name`, async () => {
      const el = await fixture<DeviceSelect>(html`<device-select kind=${kind}></device-select>`);
      const devices = await devicesOf(kind);
      await until(() => el.options.length === devices.length, 'the device list');
      if (devices.length) expect(optionTexts(el)).to.deep.equal(devices.map((d, i) => d.label || optionTexts(el)[i]));
      expect(selectOf(el).labels![0]!.textContent!.trim()).to.equal({ videoinput: 'Camera', audioinput: 'Microphone', audiooutput: 'Speaker' }[kind]);
    });
  }

  it('shows numbered names and a hint while the browser hides device names', async () => {
    const real = navigator.mediaDevices.enumerateDevices;
    navigator.mediaDevices.enumerateDevices = async () =>
      ['a', 'b'].map(id => ({ deviceId: id, groupId: '', kind: 'videoinput', label: '', toJSON: () => ({}) }) as MediaDeviceInfo);
    try {
      const el = await fixture<DeviceSelect>(html`<device-select></device-select>`);
      await until(() => el.options.length === 2, 'two cameras');
      await el.updateComplete;
      expect(optionTexts(el)).to.deep.equal(['Camera 1', 'Camera 2']);
      const hint = el.shadowRoot!.querySelector('[part=hint]')!;
      expect(hint.textContent).to.contain('allowed');
      expect(selectOf(el).getAttribute('aria-describedby')).to.equal(hint.id);
    } finally {
      navigator.mediaDevices.enumerateDevices = real;
    }
  });

  it('keeps the newest device list when an older answer comes back last', async () => {
    const real = navigator.mediaDevices.enumerateDevices;
    const camera = (label: string) => ({ deviceId: 'a', groupId: '', kind: 'videoinput', label, toJSON: () => ({}) }) as MediaDeviceInfo;
    let calls = 0;
    // The first listing (asked before permission: no names) answers after the second (asked after: names).
    navigator.mediaDevices.enumerateDevices = () =>
      ++calls === 1 ? new Promise(resolve => setTimeout(() => resolve([camera('')]), 300)) : Promise.resolve([camera('Front')]);
    try {
      const el = await fixture<DeviceSelect>(html`<device-select></device-select>`);
      await el.refresh();
      await new Promise(resolve => setTimeout(resolve, 400));
      await el.updateComplete;
      expect(optionTexts(el)).to.deep.equal(['Front']);
    } finally {
      navigator.mediaDevices.enumerateDevices = real;
    }
  });

  it('drives the deviceId of the element named by for, and fires change', async () => {
    const container = await fixture<HTMLDivElement>(html`<div>
      <device-select kind="audioinput" for="mic"></device-select>
      <mic-meter id="mic"></mic-meter>
    </div>`);
    const [el, meter] = [container.querySelector('device-select')!, container.querySelector<MicMeter>('mic-meter')!];
    await stateOf(meter, CaptureState.Live);
    // Firefox shows device ids only once a capture is live.
    const target = (await devicesOf('audioinput')).at(-1)!;
    await until(() => el.options.some(d => d.deviceId === target.deviceId), 'the ids in the list');
    const change = oneEvent(el, 'change');
    pickDevice(el, target.deviceId);
    expect((await change).detail).to.deep.equal({ deviceId: target.deviceId, label: target.label });
    expect(meter.deviceId).to.equal(target.deviceId);
    await until(() => meter.stream?.getAudioTracks()[0]?.getSettings().deviceId === target.deviceId, 'the meter on the picked device');
  });

  it('is operable from the keyboard', async function () {
    await revealDeviceIds();
    const inputs = await devicesOf('audioinput');
    if (inputs.length < 2) return skipBecause(this, 'one microphone only (Firefox): nothing to move to');
    const el = await fixture<DeviceSelect>(html`<device-select kind="audioinput"></device-select>`);
    await until(() => el.options.length === inputs.length, 'the list');
    el.focus();
    expect(el.shadowRoot!.activeElement).to.equal(selectOf(el));
    const change = oneEvent(el, 'change');
    await sendKeys({ press: 'ArrowDown' });
    expect((await change).detail.deviceId).to.equal(inputs[1]!.deviceId);
  });

  it('shows the device the target is using once it is live', async () => {
    const container = await fixture<HTMLDivElement>(html`<div>
      <mic-meter id="m"></mic-meter><device-select kind="audioinput" for="m"></device-select>
    </div>`);
    const meter = container.querySelector<MicMeter>('mic-meter')!;
    const el = container.querySelector('device-select')!;
    await stateOf(meter, CaptureState.Live);
    const inUse = meter.stream!.getAudioTracks()[0]!.getSettings().deviceId;
    await until(() => el.value === inUse, 'the device in use');
    await el.updateComplete;
    expect(selectOf(el).value).to.equal(inUse);
  });

  it('follows devicechange, one refresh per burst', async () => {
    const simulator = simulate({ microphones: [{}, {}, {}], permission: 'granted' });
    const el = await fixture<DeviceSelect>(html`<device-select kind="audioinput"></device-select>`);
    const inputs = await devicesOf('audioinput');
    await until(() => el.options.length === inputs.length, 'the list');
    let enumerations = 0;
    const real = navigator.mediaDevices.enumerateDevices;
    navigator.mediaDevices.enumerateDevices = () => (enumerations++, real.call(navigator.mediaDevices));
    try {
      simulator.unplug(inputs[0]!.deviceId);
      for (let i = 0; i < 4; i++) navigator.mediaDevices.dispatchEvent(new Event('devicechange'));
      await until(() => el.options.length === inputs.length - 1, 'the unplugged device to leave the list');
      await new Promise(resolve => setTimeout(resolve, 150));
      expect(enumerations).to.equal(1);
    } finally {
      navigator.mediaDevices.enumerateDevices = real;
    }
  });

  it('remember restores the last choice when that device is present', async () => {
    await revealDeviceIds();
    const inputs = await devicesOf('audioinput');
    const first = await fixture<DeviceSelect>(html`<device-select kind="audioinput" remember></device-select>`);
    await until(() => first.options.length === inputs.length, 'the list');
    pickDevice(first, inputs.at(-1)!.deviceId);
    first.remove();

    const container = await fixture<HTMLDivElement>(html`<div>
      <mic-meter id="again" manual></mic-meter><device-select kind="audioinput" for="again" remember></device-select>
    </div>`);
    const el = container.querySelector('device-select')!;
    await until(() => el.value === inputs.at(-1)!.deviceId, 'the remembered device');
    expect(container.querySelector<MicMeter>('mic-meter')!.deviceId).to.equal(inputs.at(-1)!.deviceId);
  });

  it('remember ignores a remembered device that is gone', async () => {
    localStorage.setItem('local-media-elements:audioinput', 'a-device-long-gone');
    const container = await fixture<HTMLDivElement>(html`<div>
      <mic-meter id="x" manual></mic-meter><device-select kind="audioinput" for="x" remember></device-select>
    </div>`);
    const el = container.querySelector('device-select')!;
    await until(() => el.options.length > 0, 'the list');
    expect(el.value).to.not.equal('a-device-long-gone');
    expect(container.querySelector<MicMeter>('mic-meter')!.deviceId).to.equal('');
  });

  it('routes a speaker choice to setSinkId of a media element', async function () {
    if (!('setSinkId' in HTMLMediaElement.prototype)) return skipBecause(this, 'no HTMLMediaElement.setSinkId');
    const outputs = await devicesOf('audiooutput');
    if (outputs.length < 2) return skipBecause(this, `${outputs.length} audio output(s) listed: nothing to route to`);
    const container = await fixture<HTMLDivElement>(html`<div>
      <audio id="out"></audio><device-select kind="audiooutput" for="out"></device-select>
    </div>`);
    const el = container.querySelector('device-select')!;
    await until(() => el.options.length === outputs.length, 'the list');
    pickDevice(el, outputs.at(-1)!.deviceId);
    const audio = container.querySelector('audio') as HTMLAudioElement & { sinkId: string };
    await until(() => audio.sinkId === outputs.at(-1)!.deviceId, 'the sink to change');
  });

  it('kind="printer" warns and lists cameras', async () => {
    const warnings = captureWarnings();
    const el = await fixture<DeviceSelect>(html`<device-select kind="printer"></device-select>`);
    await el.updateComplete;
    expect(warnings.some(w => w.includes('kind="printer"'))).to.equal(true);
    expect(el.kind).to.equal('videoinput');
  });

  it('finds a target added after it', async () => {
    await revealDeviceIds();
    const container = await fixture<HTMLDivElement>(html`<div><device-select kind="audioinput" for="late"></device-select></div>`);
    const el = container.querySelector('device-select')!;
    const inputs = await devicesOf('audioinput');
    await until(() => el.options.length === inputs.length, 'the list');
    const meter = document.createElement('mic-meter');
    meter.id = 'late';
    meter.manual = true;
    container.append(meter);
    await new Promise(resolve => setTimeout(resolve, 0));
    pickDevice(el, inputs.at(-1)!.deviceId);
    expect(meter.deviceId).to.equal(inputs.at(-1)!.deviceId);
  });

  it('works where storage is blocked (SecurityError): the list shows, a pick drives the target and fires change', async () => {
    simulate({ cameras: [{ deviceId: 'front' }, { deviceId: 'back' }], permission: 'granted' });
    const own = Object.getOwnPropertyDescriptor(window, 'localStorage');
    Object.defineProperty(window, 'localStorage', {
      configurable: true,
      get: () => {
        throw new DOMException("The operation is insecure: this frame's storage is blocked.", 'SecurityError');
      },
    });
    try {
      const container = await fixture<HTMLDivElement>(html`<div>
        <camera-preview id="cam" manual></camera-preview><device-select for="cam" remember></device-select>
      </div>`);
      const el = container.querySelector('device-select')!;
      await until(() => el.options.length === 2, 'the list');
      await el.updateComplete;
      expect(optionTexts(el)).to.have.length(2);
      const change = oneEvent(el, 'change');
      pickDevice(el, 'back');
      expect((await change).detail.deviceId).to.equal('back');
      expect(container.querySelector<CameraPreview>('camera-preview')!.deviceId).to.equal('back');
    } finally {
      if (own) Object.defineProperty(window, 'localStorage', own);
      else delete (window as { localStorage?: Storage }).localStorage;
    }
  });

  it('the select shows value, also when the page puts it back after a pick (a controlled component)', async () => {
    simulate({ cameras: [{ deviceId: 'front' }, { deviceId: 'back' }], permission: 'granted' });
    const el = await fixture<DeviceSelect>(html`<device-select></device-select>`);
    await until(() => el.options.length === 2, 'the list');
    await el.updateComplete;
    expect([el.value, selectOf(el).value]).to.deep.equal(['front', 'front']);
    el.addEventListener('change', () => (el.value = 'front'), { once: true }); // the page refuses the pick
    pickDevice(el, 'back');
    await el.updateComplete;
    expect(selectOf(el).value).to.equal('front');
  });
});
