// Chromium's own fake camera (the `fake-camera` group of web-test-runner.config.mjs), which opens at any size: with
// an effect on, 480p then 720p while live resizes the camera itself (the effect holds no second track on it).
import { isChromium, skipBecause } from '../support/browser.js';
import { changeResolutionWithEffect } from '../effects/resolution-change.js';

describe('camera-preview effects on a camera of many sizes (Chromium)', function () {
  this.timeout(30_000);

  it('blur on, 480p then 720p while live: the processed picture is 1280x720, with no new getUserMedia call', async function () {
    if (!isChromium) return skipBecause(this, "Chromium's own fake camera only (its fake-camera group): test/effects/effect-resolution.test.ts is for every engine");
    await changeResolutionWithEffect({ attr: '480p', width: 640, height: 480 }, { attr: '720p', width: 1280, height: 720 });
  });
});
