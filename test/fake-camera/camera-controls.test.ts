// Chromium's own fake camera (the `fake-camera` group of web-test-runner.config.mjs): focus and exposure, no zoom,
// pan, tilt or torch.
import { expect, fixture, html } from '@open-wc/testing';
import '../../components/camera-controls/define.js';
import '../../components/camera-preview/define.js';
import type { CameraControls } from '../../components/camera-controls/camera-controls.js';
import type { CameraPreview } from '../../components/camera-preview/camera-preview.js';
import type { CameraSettings } from '../../components/core/camera-capabilities.js';
import { CaptureState } from '../../components/core/index.js';
import { isChromium, skipBecause } from '../support/browser.js';
import { spyGetUserMedia, stateOf, until } from '../support/media.js';

const FAKE_ONLY = "Chromium's own fake camera only (the fake-camera group): the others have no focus or exposure";

async function live(context: Mocha.Context): Promise<{ preview: CameraPreview; controls: CameraControls } | undefined> {
  if (!isChromium) return void (await skipBecause(context, FAKE_ONLY));
  const root = await fixture<HTMLElement>(html`<div><camera-preview id="cam" resolution="720p"></camera-preview><camera-controls for="cam"></camera-controls></div>`);
  const preview = root.querySelector<CameraPreview>('camera-preview')!;
  await stateOf(preview, CaptureState.Live);
  if (!preview.capabilities?.focusDistance) return void (await skipBecause(context, 'this Chromium plays a file as its camera (the main group), without focus: the fake-camera group runs this'));
  const controls = root.querySelector<CameraControls>('camera-controls')!;
  await controls.updateComplete;
  return { preview, controls };
}

describe('<camera-controls> on Chromium\'s fake camera', () => {
  it('shows focus and exposure, and nothing the camera lacks (zoom, pan, tilt, torch)', async function () {
    const { controls } = (await live(this))!;
    expect(controls.controls).to.deep.equal(['focus', 'exposure']);
    for (const name of ['zoom', 'pan', 'tilt', 'torch']) expect(controls.shadowRoot!.querySelector(`[part~="${name}"]`), name).to.equal(null);
  });

  for (const [name, setting, mode] of [['focus', 'focusDistance', 'focusMode'], ['exposure', 'exposureTime', 'exposureMode']] as const) {
    it(`a ${setting} set with the ${name} input changes the live track, by hand, with no new capture`, async function () {
      const { preview, controls } = (await live(this))!;
      const { calls } = spyGetUserMedia();
      const input = controls.shadowRoot!.querySelector<HTMLInputElement>(`[part~="${name}"]`)!;
      const { min, max, step } = preview.capabilities![setting]!;
      const wanted = min + Math.round((max - min) / 2 / step!) * step! + step!;
      input.value = String(wanted);
      input.dispatchEvent(new Event('input', { bubbles: true }));
      const settings = () => preview.stream!.getVideoTracks()[0]!.getSettings() as CameraSettings;
      await until(() => settings()[setting] === wanted, `${setting} ${wanted} (is ${settings()[setting]})`);
      expect(settings()[mode]).to.equal('manual');
      expect(calls).to.have.length(0);
    });
  }

  it('after a live resolution change, a focus still applies (Chromium refuses that track its controls: a new capture has them)', async function () {
    const { preview, controls } = (await live(this))!;
    preview.resolution = '1080p';
    const video = preview.shadowRoot!.querySelector('video')!;
    await until(() => video.videoWidth === 1920, `1080p frames (is ${video.videoWidth}x${video.videoHeight})`);
    await controls.updateComplete;
    const input = controls.shadowRoot!.querySelector<HTMLInputElement>('[part~="focus"]')!;
    input.value = '20';
    input.dispatchEvent(new Event('input', { bubbles: true }));
    const settings = () => preview.stream!.getVideoTracks()[0]!.getSettings() as CameraSettings;
    await until(() => settings().focusDistance === 20, `focus distance 20 (is ${settings().focusDistance})`);
    expect(settings().width).to.equal(1920);
    expect(preview.state).to.equal(CaptureState.Live);
  });
});

describe("<camera-preview> takePhoto() on Chromium's fake camera", () => {
  it('is at least the size of the live 1280x720 frames (the camera photo is up to 1920x1080)', async function () {
    const { preview } = (await live(this))!;
    const video = preview.shadowRoot!.querySelector('video')!;
    await until(() => video.videoWidth === 1280, `720p frames (is ${video.videoWidth}x${video.videoHeight})`);
    const bitmap = await createImageBitmap(await preview.takePhoto());
    expect(bitmap.width).to.be.at.least(1280);
    expect(bitmap.height).to.be.at.least(720);
  });
});
