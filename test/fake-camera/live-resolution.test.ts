// Chromium's own fake camera (the `fake-camera` group of web-test-runner.config.mjs), which opens at any size.
import { expect, fixture, html } from '@open-wc/testing';
import '../../components/camera-preview/define.js';
import type { CameraPreview } from '../../components/camera-preview/camera-preview.js';
import { CaptureState } from '../../components/core/index.js';
import { isChromium, skipBecause } from '../support/browser.js';
import { spyGetUserMedia, stateOf, until } from '../support/media.js';

describe('<camera-preview> on a camera of many sizes (Chromium)', () => {
  it('resolution 480p then 720p while live: the video and the track are 1280x720, with no new getUserMedia call', async function () {
    if (!isChromium) return skipBecause(this, "Chromium's own fake camera only (its fake-camera group): test/camera-live-changes.test.ts is for every engine");
    const el = await fixture<CameraPreview>(html`<camera-preview resolution="480p"></camera-preview>`);
    await stateOf(el, CaptureState.Live);
    const { width } = el.stream!.getVideoTracks()[0]!.getCapabilities();
    if ((width?.max ?? 0) < 1280) {
      return skipBecause(this, 'this Chromium plays a 640x480 file as its camera (the main group): the fake-camera group runs this');
    }
    const video = el.shadowRoot!.querySelector('video')!;
    await until(() => video.videoWidth === 640, `the video at 640x480 (is ${video.videoWidth}x${video.videoHeight})`);
    const track = el.stream!.getVideoTracks()[0]!;
    const { calls } = spyGetUserMedia();
    el.resolution = '720p';
    await until(() => video.videoWidth === 1280 && video.videoHeight === 720, `the video at 1280x720 (is ${video.videoWidth}x${video.videoHeight})`);
    expect(el.stream!.getVideoTracks()[0]).to.equal(track);
    expect(track.getSettings().width).to.equal(1280);
    expect(track.getSettings().height).to.equal(720);
    expect(calls, 'getUserMedia calls').to.have.length(0);
  });
});
