import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import '../components/index.js';
import type { CameraPreview, DeviceCheck, DeviceSelect, MicMeter } from '../components/index.js';
import { CaptureState } from '../components/core/index.js';
import '../components/locales/de.js';
import { clickOn, gesture, isWebKit, pickDevice, skipBecause } from './support/browser.js';
import { liveTracks, nextTask, spyGetUserMedia, stateOf, until } from './support/media.js';
import { simulate } from './support/simulator.js';

const inner = <T extends Element>(el: DeviceCheck, selector: string) => el.shadowRoot!.querySelector<T>(selector);
const camera = (el: DeviceCheck) => inner<CameraPreview>(el, 'camera-preview');
const microphone = (el: DeviceCheck) => inner<MicMeter>(el, 'mic-meter');
const button = (el: DeviceCheck, part: string) => inner<HTMLButtonElement>(el, `[part~=${part}]`)!;
const statusLine = (el: DeviceCheck) => inner(el, '[part=status]')!.textContent!.trim();
const deviceOf = (element: { stream: MediaStream | null } | null, kind: 'audio' | 'video') =>
  element?.stream?.getTracks().find(track => track.kind === kind)?.getSettings().deviceId;
const wants = (constraints: MediaStreamConstraints | undefined, kind: 'audio' | 'video') => !!constraints?.[kind];

function statusOf(el: DeviceCheck, status: string, timeout = 8000): Promise<void> {
  return until(() => el.getAttribute('status') === status, `status="${status}" (is "${el.getAttribute('status')}", reason "${el.getAttribute('reason')}")`, timeout);
}

/**
 * Measures what an `<audio>` plays, after it (createMediaElementSource works in every engine; WebKit has no
 * captureStream() on media elements): `peak()` is the highest sample since the last call.
 */
async function listenTo(audio: HTMLAudioElement): Promise<{ peak(): number; close(): Promise<void> }> {
  const context = new AudioContext();
  const analyser = context.createAnalyser();
  context.createMediaElementSource(audio).connect(analyser).connect(context.destination);
  await gesture(context);
  const samples = new Float32Array(analyser.fftSize);
  return {
    peak() {
      analyser.getFloatTimeDomainData(samples);
      return samples.reduce((max, sample) => Math.max(max, Math.abs(sample)), 0);
    },
    close: () => context.close(),
  };
}

/** The highest level `output` hears while `busy()` holds (up to 8 s), sampled every 20 ms. */
async function peakWhile(output: { peak(): number }, busy: () => boolean): Promise<number> {
  let peak = 0;
  const started = performance.now();
  while (busy() && performance.now() - started < 8000) {
    peak = Math.max(peak, output.peak());
    await new Promise(resolve => setTimeout(resolve, 20));
  }
  return peak;
}

describe('<device-check>', () => {
  afterEach(() => localStorage.clear());

  it('reaches status="ready" on the fake devices, with one capture per kind', async () => {
    const spy = spyGetUserMedia();
    const el = await fixture<DeviceCheck>(html`<device-check></device-check>`);
    expect(el.getAttribute('status')).to.equal('checking');
    await statusOf(el, 'ready');
    expect(el.hasAttribute('reason')).to.equal(false);
    expect(camera(el)!.state).to.equal(CaptureState.Live);
    expect(microphone(el)!.state).to.equal(CaptureState.Live);
    expect(spy.calls.filter(c => wants(c, 'video')), 'camera requests').to.have.length(1);
    expect(spy.calls.filter(c => wants(c, 'audio')), 'microphone requests').to.have.length(1);
    expect(spy.calls, 'requests').to.have.length(2);
    expect(statusLine(el)).to.contain('ready');
  });

  it('hands over constraints that open the same devices as the check shows', async () => {
    const el = await fixture<DeviceCheck>(html`<device-check></device-check>`);
    await statusOf(el, 'ready');
    const { result } = el;
    expect(result.camera!.deviceId).to.equal(deviceOf(camera(el), 'video'));
    expect(result.microphone!.deviceId).to.equal(deviceOf(microphone(el), 'audio'));
    expect(result.camera!.muted).to.equal(false);
    const stream = await navigator.mediaDevices.getUserMedia(result.constraints);
    try {
      expect(stream.getVideoTracks()[0]!.getSettings().deviceId).to.equal(result.camera!.deviceId);
      expect(stream.getAudioTracks()[0]!.getSettings().deviceId).to.equal(result.microphone!.deviceId);
    } finally {
      stream.getTracks().forEach(track => track.stop());
    }
  });

  it('updates result and fires change when another device is chosen, or a device muted', async () => {
    simulate({ cameras: [{ label: 'Front' }, { label: 'Back' }], microphones: [{ label: 'Headset' }, { label: 'Built-in' }], permission: 'granted' });
    const el = await fixture<DeviceCheck>(html`<device-check video audio></device-check>`);
    await statusOf(el, 'ready');
    const select = inner<DeviceSelect>(el, 'device-select[kind=videoinput]')!;
    await until(() => select.options.length === 2, 'two cameras listed');
    const other = select.options.find(device => device.deviceId !== el.result.camera!.deviceId)!;
    const changed = oneEvent(el, 'change');
    const replaced = oneEvent(camera(el)!, 'streamchange');
    pickDevice(select, other.deviceId);
    await replaced;
    await el.updateComplete;
    expect(el.result.camera!.deviceId, 'the result, once the new stream is there').to.equal(other.deviceId);
    const { detail } = await changed;
    expect(detail.result.camera!.deviceId).to.equal(other.deviceId);
    expect(detail.result.camera!.label).to.equal('Back');
    expect(el.result).to.equal(detail.result);
    expect(deviceOf(camera(el), 'video')).to.equal(other.deviceId);
    expect(detail.result.constraints.video).to.deep.equal({ deviceId: { exact: other.deviceId } });

    const muted = oneEvent(el, 'change');
    inner(el, 'media-toggle[for=microphone]')!.shadowRoot!.querySelector('button')!.click();
    expect((await muted).detail.result.microphone!.muted).to.equal(true);
  });

  it('adds the camera check when a camera is plugged in after the first listing', async () => {
    const sim = simulate({ cameras: [{ deviceId: 'usb', label: 'USB camera' }], permission: 'granted' });
    sim.unplug('usb');
    const el = await fixture<DeviceCheck>(html`<device-check></device-check>`);
    await until(() => el.checks.size > 0, 'the first listing');
    expect([...el.checks]).to.deep.equal(['microphone', 'speaker']);
    sim.plugIn('usb');
    await until(() => el.checks.has('camera'), 'the camera check');
    await el.updateComplete;
    await stateOf(camera(el)!, CaptureState.Live);
    expect(camera(el)!.stream!.getVideoTracks()[0]!.label).to.equal('USB camera');
  });

  it('with video alone opens no microphone', async () => {
    const spy = spyGetUserMedia();
    const el = await fixture<DeviceCheck>(html`<device-check video></device-check>`);
    await statusOf(el, 'ready');
    expect(!!microphone(el), 'a microphone meter').to.equal(false); // (chai's message for an element never finishes)
    expect(spy.calls.some(c => wants(c, 'audio')), 'a microphone request').to.equal(false);
    expect(el.result.constraints).to.deep.equal({ video: { deviceId: { exact: el.result.camera!.deviceId } }, audio: false });
  });

  it('leaves no live track once removed', async () => {
    const el = await fixture<DeviceCheck>(html`<device-check></device-check>`);
    await statusOf(el, 'ready');
    expect(liveTracks().length).to.be.greaterThan(0);
    el.remove();
    await nextTask();
    expect(liveTracks()).to.deep.equal([]);
  });

  it('needs attention, and says what to do, when the camera is blocked', async () => {
    simulate({ outcome: 'denied' });
    const el = await fixture<DeviceCheck>(html`<device-check video audio></device-check>`);
    await statusOf(el, 'attention');
    expect(el.getAttribute('reason')).to.equal('camera-denied');
    expect(statusLine(el)).to.contain('blocked');
    expect(inner(el, '[part=status]')!.getAttribute('role')).to.equal('status');
  });

  it('says when the operating system blocks the camera, with the system\'s steps', async () => {
    // Chromium's words for a camera blocked in the OS's privacy settings; the inner preview reflects denied-by="system".
    simulate({ outcome: new DOMException('Permission denied by system', 'NotAllowedError') });
    const el = await fixture<DeviceCheck>(html`<device-check video audio></device-check>`);
    await statusOf(el, 'attention');
    expect(el.getAttribute('reason')).to.equal('camera-denied-system');
    expect(statusLine(el)).to.match(/system|macOS|Windows/);
  });

  it('needs attention when the microphone reports silence', async () => {
    simulate({ permission: 'granted' });
    const el = await fixture<DeviceCheck>(html`<device-check audio></device-check>`);
    await statusOf(el, 'ready');
    // What <mic-meter> reflects after 3 s of digital silence (test/health.test.ts shows it on an OS-muted microphone).
    microphone(el)!.setAttribute('silent', '');
    await statusOf(el, 'attention');
    expect(el.getAttribute('reason')).to.equal('microphone-silent');
  });

  it('plays a test sound through its output, and offers an output select only where one can be chosen', async function () {
    // With the microphone too: WebKitGTK's AudioContext (which measures the output here) hardly runs while the page
    // captures nothing.
    const el = await fixture<DeviceCheck>(html`<device-check audio output></device-check>`);
    await statusOf(el, 'ready');
    const outputs = (await navigator.mediaDevices.enumerateDevices()).filter(d => d.kind === 'audiooutput');
    const selectable = outputs.length > 0 && 'setSinkId' in HTMLMediaElement.prototype;
    await until(() => !!inner(el, 'device-select[kind=audiooutput]') === selectable, `an output select only if selectable (${selectable})`);
    expect(!!inner(el, '.default-output'), 'the note that the output is the system default').to.equal(!selectable);
    const audio = inner<HTMLAudioElement>(el, 'audio')!;
    const output = await listenTo(audio);
    try {
      await clickOn(button(el, 'speaker-test-button'));
      await until(() => button(el, 'speaker-test-button').getAttribute('aria-pressed') === 'true', 'the test sound playing');
      const peak = await peakWhile(output, () => button(el, 'speaker-test-button').getAttribute('aria-pressed') === 'true');
      expect(audio.paused, 'over').to.equal(true);
      // It was mostly skipped there anyway (under 0.35 s rendered), and failed the other runs now and then: 0 heard
      // with 0.35 s or more rendered.
      if (isWebKit) return skipBecause(this, "WebKitGTK's AudioContext renders unevenly here (about 0.1 s a second, in bursts): the 0.7 s test sound played, but can't be measured");
      expect(peak, 'the peak level of the test sound').to.be.greaterThan(0.1);
    } finally {
      await output.close();
    }
  });

  it('plays back what the microphone test recorded', async function () {
    this.timeout(40_000);
    const el = await fixture<DeviceCheck>(html`<device-check audio></device-check>`);
    await statusOf(el, 'ready');
    await stateOf(microphone(el)!, CaptureState.Live);
    const output = await listenTo(inner<HTMLAudioElement>(el, 'audio')!);
    const testButton = () => button(el, 'microphone-test-button');
    try {
      await clickOn(testButton());
      await until(() => testButton().textContent!.includes('Say something'), 'recording');
      // 3 s of recording, then its repair (a chunk loaded on first use) and decoding: seconds more on a loaded machine.
      await until(() => testButton().textContent!.includes('Playing') || el.shadowRoot!.textContent!.includes('could not record'), 'the playback', 25_000);
      const peak = await peakWhile(output, () => testButton().getAttribute('aria-pressed') === 'true');
      const failed = el.shadowRoot!.textContent!.includes('could not record');
      if (isWebKit && failed) return skipBecause(this, "WebKitGTK's MediaRecorder wrote an MP4 that neither its player nor decodeAudioData can read (or a header-only one); the check said so");
      expect(failed, 'the failure note shown').to.equal(false);
      expect(peak, 'the peak level played back').to.be.greaterThan(0.01);
      expect(testButton().textContent!.trim()).to.equal('Test your microphone');
    } finally {
      await output.close();
    }
  });

  it('keeps the keyboard order the visual one, narrow and wide', async () => {
    simulate({ permission: 'granted' });
    for (const width of ['20rem', '60rem']) {
      const el = await fixture<DeviceCheck>(html`<device-check style="inline-size: ${width}"></device-check>`);
      await statusOf(el, 'ready');
      // What Tab reaches, in DOM order: the device selects (delegating focus), the toggles, the buttons.
      const stops = [...el.shadowRoot!.querySelectorAll('device-select, media-toggle, button')];
      const boxes = stops.map(stop => stop.getBoundingClientRect());
      const camera = el.shadowRoot!.querySelector('[part=camera]')!.getBoundingClientRect();
      for (let i = 1; i < boxes.length; i++) {
        const [before, after] = [boxes[i - 1]!, boxes[i]!];
        // Reading order: below, or on the same row to the right, or (wide) in the next column.
        const sameRow = after.top < before.bottom && after.bottom > before.top;
        const next = after.top >= before.bottom - 1 || (sameRow && after.left >= before.right - 1) || (after.left >= camera.right && before.left < camera.right);
        expect(next, `${stops[i]!.localName} after ${stops[i - 1]!.localName} at ${width}`).to.equal(true);
      }
      const columns = new Set(boxes.map(box => Math.round(box.left >= camera.right ? 1 : 0)));
      expect(columns.size, `columns at ${width}`).to.equal(width === '20rem' ? 1 : 2);
      el.remove();
    }
  });

  it('speaks the language of the page, with the inner elements\' words for a device error', async () => {
    simulate({ outcome: 'not-found' });
    const el = await fixture<DeviceCheck>(html`<div lang="de"><device-check video></device-check></div>`).then(div => div.firstElementChild as DeviceCheck);
    await statusOf(el, 'attention');
    expect(el.getAttribute('reason')).to.equal('camera-not-found');
    expect(statusLine(el)).to.equal('Keine Kamera gefunden.');
    expect(inner(el, 'media-toggle')!.textContent!.trim()).to.equal('Kamera ausschalten');
  });
});
