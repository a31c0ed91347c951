// <camera-preview>'s `processor` (the app's own effect) and bad effect input, in every engine: none of these needs
// the segmenter. A grayscale processor turns the simulator's colour bars grey; mute sends black frames out; bad
// input warns and shows the camera's own picture, never throws.
import { expect, fixture, html } from '@open-wc/testing';
import '../../components/camera-preview/define.js';
import type { CameraPreview } from '../../components/camera-preview/camera-preview.js';
import type { EffectProcessor } from '../../components/core/effects/effect-types.js';
import { CaptureState } from '../../components/core/constants.js';
import { isFirefox, skipBecause } from '../support/browser.js';
import { captureWarnings, stateOf, until } from '../support/media.js';
import { simulate } from '../support/simulator.js';
import { meanColor, saturation, untilPicture } from './frames.js';
import { FROM, TO } from './resolution-change.js';
import { grayscale } from '../../stories/support/grayscale-processor.js';

const effectOn = (el: CameraPreview) => until(() => el.getAttribute('effect-state') === 'on', 'effect-state="on"', 10_000);

describe('camera-preview processor', function () {
  this.timeout(20_000);

  it('shows and hands out what the processor gives back, and stops it on removal', async () => {
    const simulator = simulate();
    const el = await fixture<CameraPreview>(html`<camera-preview></camera-preview>`);
    await stateOf(el, CaptureState.Live);
    expect(await saturation(el), 'the colour bars').to.be.above(100);
    const processor = grayscale();
    el.processor = processor;
    await effectOn(el);
    expect(el.stream).to.not.equal(el.cameraStream);
    await untilPicture(el, async () => (await saturation(el)) < 10, 'a grey picture');
    // No frame-rate bound here: that would time the example processor (a main-thread canvas), not the kit.
    const tracks = el.stream!.getTracks();
    el.processor = null;
    await el.updateComplete;
    expect(el.stream).to.equal(el.cameraStream);
    expect(tracks.filter(track => track.readyState === 'live'), 'the processed track ends with its effect').to.be.empty;
    el.processor = grayscale();
    await effectOn(el);
    const again = el.stream!.getTracks();
    el.remove();
    await new Promise(resolve => setTimeout(resolve));
    expect(again.filter(track => track.readyState === 'live'), 'no processed track left live').to.be.empty;
    expect(simulator.requests, 'getUserMedia calls').to.equal(1);
  });

  it('muted, the processed picture is black', async () => {
    simulate();
    const el = await fixture<CameraPreview>(html`<camera-preview .processor=${grayscale()}></camera-preview>`);
    await effectOn(el);
    el.muted = true;
    await el.updateComplete;
    expect(el.stream!.getVideoTracks()[0]!.enabled).to.equal(false);
    await untilPicture(el, async () => Math.max(...(await meanColor(el))) < 20, 'a black picture');
  });

  it('a live resolution change reaches the processor: the picture it gets, and so the one it gives, takes the new size', async function () {
    if (isFirefox) {
      // Firefox captures the open camera again for a new size, and a clone of the new capture's track still gives
      // the old size (the camera's own track has the new one): only the built-in effects, which read the camera's
      // own track, follow there (test/effects/effect-resolution.test.ts).
      return skipBecause(this, 'Firefox: a clone of a camera track captured again at a new size keeps the old size, and a processor gets a clone');
    }
    // On the browser's own fake camera (the simulator's draws at one size); the grayscale processor draws each frame
    // at its own size.
    const el = await fixture<CameraPreview>(html`<camera-preview resolution=${FROM.attr} .processor=${grayscale()}></camera-preview>`);
    await effectOn(el);
    el.resolution = TO.attr;
    const video = el.shadowRoot!.querySelector('video')!;
    await until(() => video.videoWidth === TO.width, `the processed picture ${TO.width} wide`, 10_000);
    expect(el.getAttribute('effect-state')).to.equal('on');
    expect(el.cameraStream!.getVideoTracks()[0]!.getSettings().width, "the camera's width").to.equal(TO.width);
  });

  it('a processor that throws, or gives back no track: a warning, effect-state="error", the camera\'s own picture', async () => {
    simulate();
    const warnings = captureWarnings();
    const throwing: EffectProcessor = { start: () => { throw new Error('no GPU for you'); }, stop: () => {} };
    const el = await fixture<CameraPreview>(html`<camera-preview .processor=${throwing}></camera-preview>`);
    await until(() => el.getAttribute('effect-state') === 'error', 'effect-state="error"');
    expect(el.state).to.equal(CaptureState.Live);
    expect(el.stream).to.equal(el.cameraStream);
    expect(warnings.join('\n')).to.contain('no GPU for you');
    el.processor = { start: () => undefined as unknown as MediaStreamTrack, stop: () => {} };
    await until(() => warnings.length === 2, 'a second warning');
    expect(el.getAttribute('effect-state')).to.equal('error');
    expect(warnings[1]).to.contain('not a video MediaStreamTrack');
    expect(await saturation(el), 'the colour bars').to.be.above(100);
  });

  it('an unknown effect warns and shows the camera\'s own picture', async () => {
    simulate();
    const warnings = captureWarnings();
    const el = await fixture<CameraPreview>(html`<camera-preview effect="sepia"></camera-preview>`);
    await stateOf(el, CaptureState.Live);
    await el.updateComplete;
    expect(el.hasAttribute('effect-state')).to.equal(false);
    expect(el.stream).to.equal(el.cameraStream);
    expect(warnings.join('\n')).to.contain('effect="sepia" is not valid; using none');
  });

  it('an image that fails to load: a warning, effect-state="error" and the camera\'s own picture', async () => {
    simulate();
    const warnings = captureWarnings();
    const el = await fixture<CameraPreview>(html`<camera-preview effect="background" background-image="/no/such/image.png"></camera-preview>`);
    await until(() => el.getAttribute('effect-state') === 'error', 'effect-state="error"', 10_000);
    expect(el.stream).to.equal(el.cameraStream);
    expect(warnings.join('\n')).to.contain('background-image "/no/such/image.png" could not be loaded');
  });
});
