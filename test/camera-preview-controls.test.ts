import { expect, fixture, html } from '@open-wc/testing';
import '../components/camera-preview/define.js';
import type { CameraPreview } from '../components/camera-preview/camera-preview.js';
import type { CameraSettings } from '../components/core/camera-capabilities.js';
import { CaptureState } from '../components/core/index.js';
import { isChromium, near, pixelAt } from './support/browser.js';
import { captureWarnings, stateOf, until } from './support/media.js';
import { simulate } from './support/simulator.js';

const settingsOf = (el: CameraPreview) => el.stream!.getVideoTracks()[0]!.getSettings() as CameraSettings;

async function livePreview(template = html`<camera-preview></camera-preview>`): Promise<CameraPreview> {
  const el = await fixture<CameraPreview>(template);
  await stateOf(el, CaptureState.Live);
  return el;
}

describe('<camera-preview> camera controls', () => {
  it('reports what the camera can do in capabilities, and null while not live', async () => {
    simulate({ cameras: [{ controls: true }] });
    const el = await livePreview();
    expect(el.capabilities!.zoom).to.deep.include({ min: 1, max: 4 });
    expect(el.capabilities!.torch).to.equal(true);
    el.stop();
    expect(el.capabilities).to.equal(null);
  });

  for (const [name, first, next] of [['zoom', 2, 3.5], ['pan', 30, -45], ['tilt', 10, -20]] as const) {
    it(`${name} changes the live track's settings, with no new capture`, async () => {
      const simulator = simulate({ cameras: [{ controls: true }] });
      const el = document.createElement('camera-preview');
      el[name] = first;
      await fixture(html`<div>${el}</div>`);
      await stateOf(el, CaptureState.Live);
      await until(() => settingsOf(el)[name] === first, `${name} ${first} (is ${settingsOf(el)[name]})`);
      const track = el.stream!.getVideoTracks()[0];
      const requests = simulator.requests;
      el.setAttribute(name, String(next));
      await until(() => settingsOf(el)[name] === next, `${name} ${next} (is ${settingsOf(el)[name]})`);
      expect(el.stream!.getVideoTracks()[0]).to.equal(track);
      expect(simulator.requests).to.equal(requests);
    });
  }

  it('rapid changes (a dragged zoom slider) end at the last value, on the same track, with no new capture', async () => {
    const simulator = simulate({ cameras: [{ controls: true }] });
    const el = await livePreview(html`<camera-preview zoom="1"></camera-preview>`);
    await until(() => settingsOf(el).zoom === 1, 'zoom 1');
    const track = el.stream!.getVideoTracks()[0];
    const requests = simulator.requests;
    for (const zoom of [1.5, 2, 2.5, 3, 3.5]) {
      el.zoom = zoom;
      await el.updateComplete;
    }
    await until(() => settingsOf(el).zoom === 3.5, `zoom 3.5 (is ${settingsOf(el).zoom})`);
    await new Promise(resolve => setTimeout(resolve, 200));
    expect(settingsOf(el).zoom).to.equal(3.5);
    expect(el.stream!.getVideoTracks()[0]).to.equal(track);
    expect(simulator.requests).to.equal(requests);
  });

  it('torch turns the torch on and off on the live track', async () => {
    simulate({ cameras: [{ controls: true }] });
    const el = await livePreview(html`<camera-preview torch></camera-preview>`);
    await until(() => settingsOf(el).torch === true, 'the torch on');
    el.torch = false;
    await until(() => settingsOf(el).torch === false, 'the torch off');
  });

  it('an out-of-range zoom gives the nearest the camera has and a warning, never a throw', async () => {
    simulate({ cameras: [{ controls: true }] });
    const warnings = captureWarnings();
    const el = await livePreview(html`<camera-preview zoom="10"></camera-preview>`);
    await until(() => settingsOf(el).zoom === 4, `zoom 4 (is ${settingsOf(el).zoom})`);
    expect(warnings.some(w => w.includes('zoom="10"') && w.includes('4'))).to.equal(true);
    expect(el.state).to.equal(CaptureState.Live);
  });

  it('a camera without zoom or torch: the attributes warn, the camera stays live and unchanged', async () => {
    simulate({ cameras: [{}] });
    const warnings = captureWarnings();
    const el = await livePreview(html`<camera-preview zoom="2" torch></camera-preview>`);
    await until(() => warnings.length >= 2, 'two warnings');
    expect(warnings.join('\n')).to.contain('has no zoom').and.to.contain('has no torch');
    expect(settingsOf(el).zoom).to.equal(undefined);
    expect(el.state).to.equal(CaptureState.Live);
  });

  it('ptz asks for pan, tilt and zoom with the camera (the pan-tilt-zoom permission)', async () => {
    const simulator = simulate({ cameras: [{ controls: true }] });
    await livePreview(html`<camera-preview ptz></camera-preview>`);
    expect(simulator.calls[0]!.constraints!.video).to.deep.include({ pan: true, tilt: true, zoom: true });
  });

  it('without ptz, a zoom is never sent to getUserMedia', async () => {
    const simulator = simulate({ cameras: [{ controls: true }] });
    const el = await livePreview(html`<camera-preview zoom="2"></camera-preview>`);
    await until(() => settingsOf(el).zoom === 2, 'zoom 2');
    expect(simulator.calls[0]!.constraints!.video).to.not.have.property('zoom');
  });
});

describe('<camera-preview> takePhoto()', () => {
  it('gives a still at least the size of the live frame', async () => {
    const el = await livePreview();
    const video = el.shadowRoot!.querySelector('video')!;
    await until(() => video.videoWidth > 0, 'a decoded frame');
    const bitmap = await createImageBitmap(await el.takePhoto());
    expect(bitmap.width).to.be.at.least(video.videoWidth);
    expect(bitmap.height).to.be.at.least(video.videoHeight);
  });

  it('is mirrored as the preview is, unless told otherwise', async () => {
    const el = await livePreview(html`<camera-preview mirror="on"></camera-preview>`);
    const mirrored = await el.takePhoto();
    const plain = await el.takePhoto({ mirror: false, type: 'image/jpeg' });
    expect(plain.type).to.equal('image/jpeg');
    if (isChromium) {
      // The fixture: red left half, blue right half.
      expect(near(await pixelAt(mirrored, 20, 240), [0, 0, 255]), 'mirrored: blue on the left').to.equal(true);
      expect(near(await pixelAt(plain, 20, 240), [255, 0, 0]), 'plain: red on the left').to.equal(true);
    }
  });

  it('rejects with InvalidStateError unless live', async () => {
    const el = await fixture<CameraPreview>(html`<camera-preview manual></camera-preview>`);
    const error = await el.takePhoto().catch((e: unknown) => e as DOMException);
    expect((error as DOMException).name).to.equal('InvalidStateError');
  });
});
