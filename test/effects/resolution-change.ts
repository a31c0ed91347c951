/**
 * A live resolution change with `effect="blur"` on, shared by the test on each engine's fake camera
 * (test/effects/effect-resolution.test.ts) and the one on Chromium's own fake camera, which opens at any size
 * (test/fake-camera/effect-resolution.test.ts): the processed picture comes at the new size, the effect stays on
 * and frames of that size keep coming; where applyConstraints() resizes the camera (not Firefox), on the same camera
 * track and the same processed track, with no new getUserMedia call; after removal no processed track is live.
 */
import { expect, fixture, html } from '@open-wc/testing';
import '../../components/camera-preview/define.js';
import type { CameraPreview } from '../../components/camera-preview/camera-preview.js';
import { isChromium, isFirefox } from '../support/browser.js';
import { spyGetUserMedia, until } from '../support/media.js';
import { framesOfSize } from './frames.js';

export interface Size {
  attr: string;
  width: number;
  height: number;
}

// As test/camera-live-changes.test.ts: Chromium's fake camera in the main groups plays a 640x480 file, so it goes
// from a smaller size to its own (test/fake-camera/ goes up on a camera that opens at any size); the others go from
// 480p to 720p.
export const FROM: Size = isChromium ? { attr: '320x240', width: 320, height: 240 } : { attr: '480p', width: 640, height: 480 };
export const TO: Size = isChromium ? { attr: '640x480', width: 640, height: 480 } : { attr: '720p', width: 1280, height: 720 };

const sizeOf = (el: CameraPreview) => {
  const video = el.shadowRoot!.querySelector('video')!;
  return `${video.videoWidth}x${video.videoHeight}`;
};
const effectOn = (el: CameraPreview) => until(() => el.getAttribute('effect-state') === 'on', 'effect-state="on"', 20_000);

export async function changeResolutionWithEffect(from: Size, to: Size): Promise<void> {
  const el = await fixture<CameraPreview>(html`<camera-preview resolution=${from.attr} effect="blur"></camera-preview>`);
  await effectOn(el);
  await until(() => sizeOf(el) === `${from.width}x${from.height}`, `the processed picture at ${from.attr} (is ${sizeOf(el)})`);
  const [camera, processed] = [el.cameraStream!.getVideoTracks()[0]!, el.stream!.getVideoTracks()[0]!];
  const { calls } = spyGetUserMedia();

  el.resolution = to.attr;
  await until(() => sizeOf(el) === `${to.width}x${to.height}`, `the processed picture at ${to.attr} (is ${sizeOf(el)})`, 10_000);
  await effectOn(el);
  expect(el.cameraStream!.getVideoTracks()[0]!.getSettings().width, "the camera's width").to.equal(to.width);
  await framesOfSize(el, to.width, to.height);
  if (isFirefox) {
    // Firefox's applyConstraints() resolves without resizing: the kit captures the open camera again, and the
    // effect starts over on the new capture.
    expect(calls, 'getUserMedia calls').to.have.length(1);
    expect(processed.readyState, 'the first processed track').to.equal('ended');
  } else {
    expect(calls, 'getUserMedia calls').to.have.length(0);
    expect(el.cameraStream!.getVideoTracks()[0], "the camera's track").to.equal(camera);
    expect(el.stream!.getVideoTracks()[0], 'the processed track').to.equal(processed);
  }

  const tracks = [processed, ...el.stream!.getTracks()];
  el.remove();
  await new Promise(resolve => setTimeout(resolve));
  expect(tracks.filter(track => track.readyState === 'live'), 'processed tracks left live').to.be.empty;
}
