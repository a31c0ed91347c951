import { expect, fixture, html } from '@open-wc/testing';
import '../../components/index.js';
import type { CameraPreview } from '../../components/camera-preview/camera-preview.js';
import type { DeviceSelect } from '../../components/device-select/device-select.js';
import type { MicMeter } from '../../components/mic-meter/mic-meter.js';
import type { ScreenPreview } from '../../components/screen-preview/screen-preview.js';
import { Attr, CaptureState, ErrorKind } from '../../components/core/constants.js';
import { meterStream, READINGS_PER_S } from '../../components/core/level-meter.js';
import { COLOR_BARS, installMediaSimulator, type SimulatedOutcome } from '../../components/testing/index.js';
import { framePixel, gesture, isWebKit, near, NO_SYNTHETIC_TRACK_EVENTS, skipBecause, syntheticTrackEventsReachListeners, WEBKIT_BLANK_DRAWS } from '../support/browser.js';
import { nextTask, stateOf, until } from '../support/media.js';
import { simulate } from '../support/simulator.js';

const camera = () => fixture<CameraPreview>(html`<camera-preview></camera-preview>`);
const video = (el: HTMLElement) => el.shadowRoot!.querySelector('video')!;
const rgb = (hex: string) => [1, 3, 5].map(i => parseInt(hex.slice(i, i + 2), 16));

describe('media simulator', () => {
  it('gives a camera preview a moving test pattern of the chosen size', async function () {
    simulate({ cameras: [{ width: 320, height: 240, label: 'Desk camera' }] });
    const el = await camera();
    await stateOf(el, CaptureState.Live);
    await until(() => video(el).videoWidth > 0, 'a first frame');
    expect([video(el).videoWidth, video(el).videoHeight]).to.deep.equal([320, 240]);
    expect(el.stream!.getVideoTracks()[0]!.label).to.equal('Desk camera');
    if (isWebKit) return skipBecause(this, WEBKIT_BLANK_DRAWS);
    // Second and third bars: yellow and cyan, in the top two thirds (once a painted frame is shown: the size can
    // arrive with a still-black first frame).
    const shows = (x: number, color: string) => near(framePixel(video(el), x, 80).slice(0, 3), rgb(color));
    await until(() => shows(60, COLOR_BARS[1]), `yellow bar (reads ${framePixel(video(el), 60, 80)})`);
    expect(shows(100, COLOR_BARS[2]), 'cyan bar').to.equal(true);
  });

  it('gives a mic meter a tone at the level set, and follows setLevel', async () => {
    const sim = simulate({ microphones: [{ level: 0.5, speech: false }] });
    const el = await fixture<MicMeter>(html`<mic-meter></mic-meter>`);
    await stateOf(el, CaptureState.Live);
    await gesture(); // the shared AudioContext may wait for one (WebKit: a simulated microphone is no capture)
    // A sine of peak 0.5 reads -9 dBFS RMS.
    await until(() => Math.abs(el.db + 9) < 1.5, `-9 dBFS (reads ${el.db})`);
    sim.setLevel(0.05);
    await until(() => Math.abs(el.db + 29) < 1.5, `-29 dBFS (reads ${el.db})`);
  });

  it('speaks in bursts: a speech-like microphone turns speaking on and off', async () => {
    simulate({ microphones: [{ level: 0.3, speech: true }] });
    const el = await fixture<MicMeter>(html`<mic-meter></mic-meter>`);
    await stateOf(el, CaptureState.Live);
    await gesture();
    await until(() => el.speaking, 'speaking');
    await until(() => el.db < -50, 'a pause between syllables');
  });

  it('clicks: a 5 ms click at the level set every 500 ms, silence between', async () => {
    simulate({ microphones: [{ level: 0.5, clicks: true }] });
    const el = await fixture<MicMeter>(html`<mic-meter></mic-meter>`);
    await stateOf(el, CaptureState.Live);
    await gesture();
    // A peak of 0.5 is -6 dBFS: 0.9 on the default -60..0 dB scale.
    await until(() => Math.abs(el.peak - 0.9) < 0.03, `a click peaking at -6 dBFS (peak ${el.peak})`, 3000);
    // Timed on the audio clock, not the page's: each reading of the level feed covers the next 1/15 s of samples,
    // however late the page hears it, so the readings between two clicks count the time between them.
    const peaks: number[] = [];
    const feed = meterStream(el.stream!, (_, peak) => peaks.push(peak), () => {});
    try {
      await until(() => peaks.length >= 3 * READINGS_PER_S, '3 s of readings', 8000);
    } finally {
      feed.dispose();
    }
    const readings = peaks.slice(0, 3 * READINGS_PER_S);
    // A click falls in one reading, or two when it straddles them: its first one marks it.
    const clicks = readings.flatMap((peak, i) => (peak > 0.25 && !(readings[i - 1]! > 0.25) ? [i] : []));
    const readingsPerClick = READINGS_PER_S / 2;
    const gaps = clicks.slice(1).map((at, i) => at - clicks[i]!);
    expect(gaps, 'readings from each click to the next').to.satisfy((all: number[]) => all.every(gap => gap === Math.floor(readingsPerClick) || gap === Math.ceil(readingsPerClick)));
    expect(clicks.length, 'clicks in 3 s').to.be.within(5, 7);
    for (const [i, peak] of readings.entries()) {
      if (peak > 0.25) expect(peak, `a click at reading ${i}`).to.be.closeTo(0.5, 0.01);
      else expect(peak, `the silence at reading ${i}`).to.be.below(0.001);
    }
    expect(el.clipping).to.equal(false);
  });

  it('shares one synthetic capture between previews of one camera, clones dressed alike', async () => {
    const sim = simulate();
    const el = await fixture<HTMLElement>(html`<div><camera-preview></camera-preview><camera-preview></camera-preview><camera-preview></camera-preview></div>`);
    const previews = [...el.querySelectorAll<CameraPreview>('camera-preview')];
    await Promise.all(previews.map(p => stateOf(p, CaptureState.Live)));
    expect(sim.requests).to.equal(1);
    for (const p of previews) expect(p.stream!.getVideoTracks()[0]!.getSettings().deviceId).to.equal('simulated-camera-1');
  });

  const errorOutcomes: [SimulatedOutcome, ErrorKind][] = [
    ['denied', ErrorKind.Denied],
    ['not-found', ErrorKind.NotFound],
    ['in-use', ErrorKind.InUse],
    ['overconstrained', ErrorKind.Overconstrained],
    ['insecure', ErrorKind.Insecure],
    ['unsupported', ErrorKind.Unsupported],
    ['unknown', ErrorKind.Unknown],
  ];
  for (const [outcome, kind] of errorOutcomes) {
    it(`outcome "${outcome}" puts a camera preview in state="error" error="${kind}"`, async () => {
      simulate({ outcome });
      const el = await camera();
      await stateOf(el, CaptureState.Error);
      expect(el.getAttribute(Attr.Error)).to.equal(kind);
    });
  }

  it('a device of its own outcome: one camera in use, the other live', async () => {
    simulate({ cameras: [{ label: 'Free' }, { deviceId: 'busy', outcome: 'in-use' }] });
    const root = await fixture<HTMLElement>(html`<div><camera-preview device-id="busy"></camera-preview><camera-preview></camera-preview></div>`);
    const [busy, free] = [...root.querySelectorAll<CameraPreview>('camera-preview')] as [CameraPreview, CameraPreview];
    await stateOf(busy, CaptureState.Error);
    expect(busy.getAttribute(Attr.Error)).to.equal(ErrorKind.InUse);
    await stateOf(free, CaptureState.Live);
    expect(free.stream!.getVideoTracks()[0]!.label).to.equal('Free');
  });

  it('outcome "denied" also says so through the Permissions API', async () => {
    simulate({ outcome: 'denied' });
    const el = await fixture<MicMeter>(html`<mic-meter></mic-meter>`);
    await stateOf(el, CaptureState.Error);
    await until(() => el.getAttribute(Attr.Permission) === 'denied', 'permission="denied"');
  });

  it('a camera nobody has: not-found, from the device list, not from a script', async () => {
    simulate({ cameras: [] });
    const el = await camera();
    await stateOf(el, CaptureState.Error);
    expect(el.getAttribute(Attr.Error)).to.equal(ErrorKind.NotFound);
  });

  it('outcome "no-answer" keeps the element requesting, and removing it leaves nothing open', async () => {
    simulate({ outcome: 'no-answer' });
    const el = await camera();
    await new Promise(resolve => setTimeout(resolve, 300));
    expect(el.getAttribute(Attr.State)).to.equal(CaptureState.Requesting);
  });

  it('a slow permission: requesting for the delay, then live', async () => {
    simulate({ delay: 400 });
    const started = performance.now();
    const el = await camera();
    expect(el.getAttribute(Attr.State)).to.equal(CaptureState.Requesting);
    await stateOf(el, CaptureState.Live);
    expect(performance.now() - started).to.be.at.least(390);
  });

  it('unplug after N ms: the preview ends, and with `reconnect` comes back when plugged in', async () => {
    const sim = simulate({ unplugAfter: 300 });
    const el = await fixture<CameraPreview>(html`<camera-preview reconnect></camera-preview>`);
    await stateOf(el, CaptureState.Live);
    await stateOf(el, CaptureState.Ended);
    expect((await navigator.mediaDevices.enumerateDevices()).map(d => d.kind)).not.to.include('videoinput');
    sim.plugIn();
    await stateOf(el, CaptureState.Live);
  });

  it('permission revoked after N ms: the capture ends and permission="denied"', async () => {
    const sim = simulate({ revokeAfter: 300 });
    const el = await camera();
    await stateOf(el, CaptureState.Live);
    await stateOf(el, CaptureState.Ended);
    expect(el.getAttribute(Attr.Permission)).to.equal('denied');
    sim.grantPermission();
    await stateOf(el, CaptureState.Live); // allowed again in the site settings: back without a click
  });

  it('interrupt() mutes the source: the element shows interrupted', async function () {
    if (!syntheticTrackEventsReachListeners()) return skipBecause(this, NO_SYNTHETIC_TRACK_EVENTS);
    const sim = simulate();
    const el = await camera();
    await stateOf(el, CaptureState.Live);
    sim.interrupt();
    await until(() => el.hasAttribute(Attr.Interrupted), 'interrupted');
    sim.interrupt(false);
    await until(() => !el.hasAttribute(Attr.Interrupted), 'not interrupted');
  });

  it('lists its devices, without labels until permission, and a device-select switches between them', async () => {
    const sim = simulate({ cameras: [{ label: 'Front' }, { label: 'Back', facingMode: 'environment' }] });
    const inputs = async () => (await navigator.mediaDevices.enumerateDevices()).filter(d => d.kind !== 'audiooutput');
    expect((await inputs()).map(d => [d.kind, d.label])).to.deep.equal([['videoinput', ''], ['videoinput', ''], ['audioinput', '']]);
    const root = await fixture<HTMLElement>(html`<div><device-select kind="videoinput" for="cam"></device-select><camera-preview id="cam"></camera-preview></div>`);
    const preview = root.querySelector<CameraPreview>('camera-preview')!;
    const select = root.querySelector<DeviceSelect>('device-select')!;
    await stateOf(preview, CaptureState.Live);
    expect(sim.permission).to.equal('granted');
    await until(() => select.options.length === 2, 'two cameras listed');
    expect(select.options.map(d => d.label)).to.deep.equal(['Front', 'Back']);
    preview.deviceId = 'simulated-camera-2';
    await until(() => preview.stream?.getVideoTracks()[0]?.label === 'Back', 'the back camera live');
  });

  it('shares a stand-in screen without a picker, and sharing stops on unplug()', async function () {
    const sim = simulate();
    const el = await fixture<ScreenPreview>(html`<screen-preview></screen-preview>`);
    await el.start();
    await stateOf(el, CaptureState.Live);
    await until(() => video(el).videoWidth === 640, 'the stand-in screen');
    if (!syntheticTrackEventsReachListeners()) return; // Firefox: the ended event can't be simulated
    sim.unplug();
    await stateOf(el, CaptureState.Ended);
  });

  it('refuses a second install, and uninstall restores the browser\'s own APIs', async () => {
    const keys = [
      [navigator.mediaDevices, 'getUserMedia'],
      [navigator.mediaDevices, 'getDisplayMedia'],
      [navigator.mediaDevices, 'enumerateDevices'],
      [navigator, 'mediaDevices'],
      [globalThis, 'isSecureContext'],
      [navigator.permissions, 'query'],
    ] as const;
    const before = keys.map(([target, key]) => Object.getOwnPropertyDescriptor(target, key));
    const realDevices = navigator.mediaDevices;
    const sim = simulate({ outcome: 'insecure' });
    expect(navigator.mediaDevices).to.equal(undefined);
    expect(() => installMediaSimulator()).to.throw(/already installed/);
    sim.uninstall();
    expect(keys.map(([target, key]) => Object.getOwnPropertyDescriptor(target, key))).to.deep.equal(before);
    expect(navigator.mediaDevices).to.equal(realDevices);
    // The real (fake-device) camera answers again.
    const stream = await navigator.mediaDevices.getUserMedia({ video: true });
    expect(stream.getVideoTracks()[0]!.label).not.to.match(/Simulated/);
    stream.getTracks().forEach(track => track.stop());
    const status = await navigator.permissions.query({ name: 'camera' as PermissionName });
    expect(status.constructor.name).to.equal('PermissionStatus');
  });

  it('uninstall ends every track it handed out', async () => {
    const sim = installMediaSimulator();
    const stream = await navigator.mediaDevices.getUserMedia({ video: true, audio: true });
    const clone = stream.getVideoTracks()[0]!.clone();
    expect(sim.liveTracks()).to.have.length(3);
    sim.uninstall();
    expect([...stream.getTracks(), clone].map(track => track.readyState)).to.deep.equal(['ended', 'ended', 'ended']);
  });

  it('rejects with the very Error given as the outcome: any exception a browser throws', async () => {
    const thrown = new DOMException('The request is not allowed by the user agent', 'SecurityError');
    simulate({ outcome: thrown });
    const el = await camera();
    await stateOf(el, CaptureState.Error);
    expect(el.getAttribute(Attr.Error)).to.equal(ErrorKind.Denied);
    expect(el.lastError!.cause).to.equal(thrown);
  });

  it('holdAnswers(): the devices open at once, the page waits; an answer nobody waits for leaves no device on', async () => {
    const sim = simulate();
    const gate = sim.holdAnswers();
    const el = await camera();
    await until(() => sim.liveCaptures().length === 1, 'the camera to open');
    await nextTask();
    expect(el.state).to.equal(CaptureState.Requesting);
    el.remove();
    await nextTask();
    gate.answer();
    await until(() => sim.liveCaptures().length === 0, 'the late capture to stop');
    expect(el.state).to.equal(CaptureState.Stopped);
  });

  it('calls: every request in order, with the API and the constraints as the page passed them', async () => {
    const sim = simulate();
    const camera = await navigator.mediaDevices.getUserMedia({ video: { width: { ideal: 320 } } });
    const screen = await navigator.mediaDevices.getDisplayMedia();
    expect(sim.calls).to.deep.equal([
      { method: 'getUserMedia', constraints: { video: { width: { ideal: 320 } } } },
      { method: 'getDisplayMedia', constraints: undefined },
    ]);
    expect(sim.requests).to.equal(2);
    for (const stream of [camera, screen]) for (const track of stream.getTracks()) track.stop();
  });

  it('outcome as a function: each request gets the answer it returns', async () => {
    let tries = 0;
    const sim = simulate({ outcome: () => (++tries <= 2 ? 'in-use' : 'live') });
    const failures: string[] = [];
    for (let i = 0; i < 2; i++) await navigator.mediaDevices.getUserMedia({ audio: true }).catch((e: DOMException) => failures.push(e.name));
    expect(failures).to.deep.equal(['NotReadableError', 'NotReadableError']);
    const stream = await navigator.mediaDevices.getUserMedia({ audio: true });
    expect(sim.requests).to.equal(3);
    stream.getTracks()[0]!.stop();
  });

  it('displayCapture: false takes getDisplayMedia away, as on mobile browsers, and leaves getUserMedia', async () => {
    simulate({ displayCapture: false });
    expect(navigator.mediaDevices.getDisplayMedia).to.equal(undefined);
    const screen = await fixture<ScreenPreview>(html`<screen-preview></screen-preview>`);
    await stateOf(screen, CaptureState.Error);
    expect(screen.getAttribute(Attr.Error)).to.equal(ErrorKind.Unsupported);
    const el = await camera();
    await stateOf(el, CaptureState.Live);
  });
});
