import { expect, fixture, html } from '@open-wc/testing';
import '../components/camera-preview/define.js';
import '../components/mic-meter/define.js';
import type { DeviceCaptureElement as CaptureElement } from '../components/base/device-capture-element.js';
import { CaptureState } from '../components/core/index.js';
import { PROCESSING_ATTRIBUTES, type ProcessingName } from '../components/core/processing.js';
import { isWebKit, skipBecause } from './support/browser.js';
import { captureWarnings, spyGetUserMedia, stateOf, until } from './support/media.js';

async function live<T extends CaptureElement>(template: ReturnType<typeof html>): Promise<T> {
  const el = await fixture<T>(template);
  await stateOf(el, CaptureState.Live);
  return el;
}

/** Whether the live microphone can switch `name` both ways. */
function switchable(el: CaptureElement, name: ProcessingName): boolean {
  const capability = (el.stream!.getAudioTracks()[0]!.getCapabilities?.() as Record<string, unknown> | undefined)?.[name];
  return Array.isArray(capability) && capability.includes(true) && capability.includes(false);
}

const settingOf = (el: CaptureElement, name: ProcessingName) => (el.stream!.getAudioTracks()[0]!.getSettings() as Record<string, unknown>)[name];

describe('audio processing attributes', () => {
  for (const name of Object.keys(PROCESSING_ATTRIBUTES) as ProcessingName[]) {
    const attribute = PROCESSING_ATTRIBUTES[name];
    it(`${attribute} on, then off, on a live <mic-meter>: processing reads back what getSettings() says`, async function () {
      const el = await live<CaptureElement>(html`<mic-meter></mic-meter>`);
      if (!switchable(el, name)) return skipBecause(this, `this engine's fake microphone can't switch ${name} (getCapabilities)`);
      const { calls } = spyGetUserMedia();
      el.setAttribute(attribute, 'on');
      await until(() => el.processing[name] === true, `${name} on (is ${el.processing[name]})`);
      expect(settingOf(el, name)).to.equal(true);
      el.setAttribute(attribute, 'off');
      await until(() => el.processing[name] === false, `${name} off (is ${el.processing[name]})`);
      expect(settingOf(el, name)).to.equal(false);
      expect(el.state).to.equal(CaptureState.Live);
      // WebKit switches it on the live track; Chromium's applyConstraints() resolves without switching, so the kit
      // captures again (a second capture of the open microphone gets its own processing).
      if (isWebKit) expect(calls, 'getUserMedia calls').to.have.length(0);
    });
  }

  it('processing is what the live audio track reports, and {} without one', async () => {
    const el = await live<CaptureElement>(html`<mic-meter></mic-meter>`);
    const settings = el.stream!.getAudioTracks()[0]!.getSettings() as Record<string, unknown>;
    for (const [name, value] of Object.entries(el.processing)) expect(value, name).to.equal(settings[name]);
    expect(el.processing.echoCancellation).to.equal(false); // <mic-meter>'s default: off, for a true level
    el.stop();
    expect(el.processing).to.deep.equal({});
  });

  it('asks getUserMedia for the processing the attributes say, on <camera-preview audio> too', async () => {
    const { calls } = spyGetUserMedia();
    await live<CaptureElement>(html`<camera-preview audio echo-cancellation="off" noise-suppression="on"></camera-preview>`);
    expect(calls[0]!.audio).to.deep.include({ echoCancellation: false, noiseSuppression: true });
  });

  it('a value other than on or off warns and keeps the default', async () => {
    const warnings = captureWarnings();
    const { calls } = spyGetUserMedia();
    await live<CaptureElement>(html`<mic-meter echo-cancellation="yes"></mic-meter>`);
    expect(warnings.some(w => w.includes('echo-cancellation="yes"'))).to.equal(true);
    expect(calls[0]!.audio).to.deep.include({ echoCancellation: false });
  });
});
