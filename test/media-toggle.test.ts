import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../components/camera-preview/define.js';
import '../components/mic-meter/define.js';
import '../components/media-toggle/define.js';
import type { CameraPreview } from '../components/camera-preview/camera-preview.js';
import type { MediaToggle } from '../components/media-toggle/media-toggle.js';
import type { MicMeter } from '../components/mic-meter/mic-meter.js';
import { Attr, CaptureState, EventName } from '../components/core/index.js';
import { brightest, clickOn } from './support/browser.js';
import { stateOf, until } from './support/media.js';

const button = (toggle: MediaToggle) => toggle.shadowRoot!.querySelector('button')!;
const pressed = (toggle: MediaToggle) => button(toggle).getAttribute('aria-pressed');
/** Black: no bright pixel anywhere (WebKit's mock camera is grey text on black, so one pixel can't tell). */
const isBlack = (brightestChannel: number) => brightestChannel < 20;

/** Whether the camera's frames meet `test` within two seconds (a disabled track turns black within a frame or two). */
async function frameTurns(camera: CameraPreview, test: (brightestChannel: number) => boolean): Promise<boolean> {
  for (let i = 0; i < 40; i++) {
    if (test(await brightest(await camera.snapshot()))) return true;
    await new Promise(resolve => setTimeout(resolve, 50));
  }
  return false;
}

/** A target and its toggle, the target live. */
async function pair<T extends HTMLElement>(target: string): Promise<{ target: T; toggle: MediaToggle }> {
  const host = await fixture<HTMLDivElement>(html`<div></div>`);
  host.innerHTML = `<media-toggle for="target"></media-toggle>${target}`;
  const toggle = host.querySelector('media-toggle')!;
  const el = host.querySelector<T>('#target')!;
  await stateOf(el, CaptureState.Live);
  await toggle.updateComplete;
  return { target: el, toggle };
}

describe('<media-toggle>', () => {
  it('mutes a camera: aria-pressed, black frames, and the track stays live; a second click brings the picture back', async () => {
    const { target, toggle } = await pair<CameraPreview>('<camera-preview id="target" style="width: 160px"></camera-preview>');
    expect(pressed(toggle)).to.equal('false');
    // Live comes before the first frame is shown; on a busy machine a still taken at once can be black.
    expect(await frameTurns(target, channel => !isBlack(channel)), 'the picture before muting').to.equal(true);
    await clickOn(button(toggle));
    expect(target.muted).to.equal(true);
    await toggle.updateComplete;
    expect(pressed(toggle)).to.equal('true');
    expect(toggle.hasAttribute(Attr.Pressed)).to.equal(true);
    const track = target.stream!.getVideoTracks()[0]!;
    expect(track.enabled).to.equal(false);
    expect(track.readyState).to.equal('live');
    expect(await frameTurns(target, isBlack), 'a black frame').to.equal(true);
    await clickOn(button(toggle));
    expect(target.muted).to.equal(false);
    expect(track.enabled).to.equal(true);
    expect(await frameTurns(target, channel => !isBlack(channel)), 'the picture again').to.equal(true);
  });

  it('mutes a microphone: the meter falls to silence while the track stays live', async () => {
    const { target, toggle } = await pair<MicMeter>('<mic-meter id="target"></mic-meter>');
    await clickOn(target); // a gesture, for browsers whose AudioContext waits for one
    await until(() => target.db > -60, 'a level from the fake microphone', 8000);
    await clickOn(button(toggle));
    await until(() => target.db < -90, 'silence', 3000);
    expect(target.stream!.getAudioTracks()[0]!.readyState).to.equal('live');
    await clickOn(button(toggle));
    await until(() => target.db > -60, 'the level again', 3000);
  });

  it("follows the target's muted when something else changes it", async () => {
    const { target, toggle } = await pair<CameraPreview>('<camera-preview id="target" style="width: 160px"></camera-preview>');
    target.muted = true;
    await until(() => pressed(toggle) === 'true', 'aria-pressed="true"');
    target.removeAttribute(Attr.Muted);
    await until(() => pressed(toggle) === 'false', 'aria-pressed="false"');
  });

  it('fires a bubbling change with { muted }, and toggles from the keyboard', async () => {
    const { target, toggle } = await pair<CameraPreview>('<camera-preview id="target" style="width: 160px"></camera-preview>');
    const changed = oneEvent(toggle.parentElement!, EventName.Change);
    toggle.focus();
    await sendKeys({ press: ' ' });
    expect((await changed).detail).to.deep.equal({ muted: true });
    expect(target.muted).to.equal(true);
    await sendKeys({ press: 'Enter' });
    expect(target.muted).to.equal(false);
  });

  it('is disabled without a target, finds one added later, and follows a change of for', async () => {
    const host = await fixture<HTMLDivElement>(html`<div><media-toggle for="later"></media-toggle></div>`);
    const toggle = host.querySelector('media-toggle')!;
    await toggle.updateComplete;
    expect(button(toggle).disabled).to.equal(true);
    host.insertAdjacentHTML('beforeend', '<camera-preview id="later" manual></camera-preview><camera-preview id="other" manual muted></camera-preview>');
    await until(() => !button(toggle).disabled, 'the button to enable');
    expect(pressed(toggle)).to.equal('false');
    toggle.htmlFor = 'other';
    await toggle.updateComplete;
    expect(toggle.target!.id).to.equal('other');
    expect(pressed(toggle)).to.equal('true');
  });
});
