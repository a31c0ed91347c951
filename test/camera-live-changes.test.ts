import { expect, fixture, html } from '@open-wc/testing';
import '../components/camera-preview/define.js';
import type { CameraPreview } from '../components/camera-preview/camera-preview.js';
import { CaptureState } from '../components/core/index.js';
import { isChromium, isFirefox } from './support/browser.js';
import { liveTracks, spyGetUserMedia, stateOf, until } from './support/media.js';

// Chromium's fake camera here plays a 640x480 file (scripts/media-fixtures.mjs), so it can't go above 640x480; it
// goes from a smaller size to its own. The others go from 480p to 720p.
const FROM = isChromium ? { attr: '320x240', width: 320, height: 240 } : { attr: '480p', width: 640, height: 480 };
const TO = isChromium ? { attr: '640x480', width: 640, height: 480 } : { attr: '720p', width: 1280, height: 720 };

async function livePreview(template = html`<camera-preview resolution=${FROM.attr}></camera-preview>`): Promise<CameraPreview> {
  const el = await fixture<CameraPreview>(template);
  await stateOf(el, CaptureState.Live);
  return el;
}

const videoOf = (el: CameraPreview) => el.shadowRoot!.querySelector('video')!;
const sizeOf = (el: CameraPreview) => `${videoOf(el).videoWidth}x${videoOf(el).videoHeight}`;

describe('<camera-preview> live changes', () => {
  it('a resolution change on a live preview gives the new size, on the same track without asking again', async () => {
    const el = await livePreview();
    const track = el.stream!.getVideoTracks()[0]!;
    const { calls } = spyGetUserMedia();
    el.resolution = TO.attr;
    await until(() => sizeOf(el) === `${TO.width}x${TO.height}`, `the video at ${TO.attr} (is ${sizeOf(el)})`);
    const current = el.stream!.getVideoTracks()[0]!;
    expect(current.getSettings().width).to.equal(TO.width);
    expect(current.getSettings().height).to.equal(TO.height);
    expect(el.state).to.equal(CaptureState.Live);
    if (isFirefox) {
      // Firefox's applyConstraints() resolves without resizing; a second capture of the open camera has the size.
      expect(calls, 'getUserMedia calls').to.have.length(1);
      expect(track.readyState, 'the old track').to.equal('ended');
    } else {
      expect(calls, 'getUserMedia calls').to.have.length(0);
      expect(current).to.equal(track);
    }
  });

  it('a frame rate change applies to the live track', async () => {
    const el = await livePreview(html`<camera-preview frame-rate="30"></camera-preview>`);
    const track = el.stream!.getVideoTracks()[0]!;
    el.frameRate = '10';
    await until(() => Math.abs(el.stream!.getVideoTracks()[0]!.getSettings().frameRate! - 10) <= 1, 'a frame rate of 10');
    expect(el.state).to.equal(CaptureState.Live);
    // Firefox's applyConstraints() resolves without changing the rate: a new capture has it.
    if (!isFirefox) expect(el.stream!.getVideoTracks()[0], 'the same track').to.equal(track);
  });

  it('two previews of one camera: a change in one leaves the other its track and its picture', async () => {
    const shown = await fixture<HTMLElement>(html`<div>
      <camera-preview resolution=${FROM.attr}></camera-preview><camera-preview resolution=${FROM.attr}></camera-preview>
    </div>`);
    const [first, second] = [...shown.querySelectorAll('camera-preview')];
    await stateOf(first!, CaptureState.Live);
    await stateOf(second!, CaptureState.Live);
    const secondTrack = second!.stream!.getVideoTracks()[0]!;
    first!.resolution = TO.attr;
    await until(() => videoOf(first!).videoWidth === first!.stream!.getVideoTracks()[0]!.getSettings().width, 'the first video at its track size');
    await new Promise(resolve => setTimeout(resolve, 300));
    expect(second!.stream!.getVideoTracks()[0]).to.equal(secondTrack);
    expect(secondTrack.readyState).to.equal('live');
    expect(videoOf(second!).videoWidth).to.equal(secondTrack.getSettings().width);
    first!.remove();
    second!.remove();
    await new Promise(resolve => setTimeout(resolve, 0));
    expect(liveTracks()).to.have.length(0);
  });
});
