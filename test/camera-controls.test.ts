import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../components/camera-controls/define.js';
import '../components/camera-preview/define.js';
import type { CameraControls } from '../components/camera-controls/camera-controls.js';
import type { CameraPreview } from '../components/camera-preview/camera-preview.js';
import type { CameraSettings } from '../components/core/camera-capabilities.js';
import { CaptureState } from '../components/core/index.js';
import { stateOf, until } from './support/media.js';
import { simulate } from './support/simulator.js';

async function controlsFor(template = html`<camera-preview id="cam"></camera-preview><camera-controls for="cam"></camera-controls>`) {
  const root = await fixture<HTMLElement>(html`<div>${template}</div>`);
  const preview = root.querySelector<CameraPreview>('camera-preview')!;
  const controls = root.querySelector<CameraControls>('camera-controls')!;
  await stateOf(preview, CaptureState.Live);
  await controls.updateComplete;
  return { preview, controls };
}

const part = (controls: CameraControls, name: string) => controls.shadowRoot!.querySelector<HTMLInputElement>(`[part~="${name}"]`);
const settingsOf = (preview: CameraPreview) => preview.stream!.getVideoTracks()[0]!.getSettings() as CameraSettings;
/** The input's accessible name, from the label around it. */
const labelOf = (input: HTMLInputElement) => input.closest('label')!.textContent!.trim();

describe('<camera-controls>', () => {
  it("shows zoom, pan, tilt and torch of a camera that has them, labelled, with the camera's ranges and steps", async () => {
    simulate({ cameras: [{ controls: true }] });
    const { controls } = await controlsFor();
    await until(() => controls.controls.length === 4, `four controls (has ${controls.controls.join()})`);
    await controls.updateComplete;
    expect(controls.controls).to.deep.equal(['zoom', 'pan', 'tilt', 'torch']);
    const zoom = part(controls, 'zoom')!;
    expect([zoom.type, zoom.min, zoom.max, zoom.step]).to.deep.equal(['range', '1', '4', '0.1']);
    expect(labelOf(zoom)).to.equal('Zoom');
    expect([part(controls, 'pan')!.min, part(controls, 'pan')!.max]).to.deep.equal(['-180', '180']);
    expect(part(controls, 'torch')!.type).to.equal('checkbox');
    expect(labelOf(part(controls, 'torch')!)).to.equal('Torch');
    expect(part(controls, 'focus')).to.equal(null);
    expect(controls.shadowRoot!.querySelector('[role=group]')!.getAttribute('aria-label')).to.equal('Camera controls');
  });

  it('shows nothing for a camera without controls', async () => {
    simulate({ cameras: [{}] });
    const { controls } = await controlsFor();
    await new Promise(resolve => setTimeout(resolve, 100));
    expect(controls.controls).to.deep.equal([]);
    expect(controls.shadowRoot!.querySelectorAll('input')).to.have.length(0);
    expect(controls.getBoundingClientRect().height).to.equal(0);
  });

  it('shows nothing while the camera is not live', async () => {
    simulate({ cameras: [{ controls: true }] });
    const root = await fixture<HTMLElement>(html`<div><camera-preview id="cam" manual></camera-preview><camera-controls for="cam"></camera-controls></div>`);
    const controls = root.querySelector<CameraControls>('camera-controls')!;
    await controls.updateComplete;
    expect(controls.shadowRoot!.querySelectorAll('input')).to.have.length(0);
  });

  it('the keyboard moves the zoom by its step, on the live track', async () => {
    simulate({ cameras: [{ controls: true }] });
    const { preview, controls } = await controlsFor();
    await until(() => part(controls, 'zoom') !== null, 'the zoom control');
    const track = preview.stream!.getVideoTracks()[0];
    part(controls, 'zoom')!.focus();
    await sendKeys({ press: 'ArrowRight' });
    await until(() => settingsOf(preview).zoom === 1.1, `zoom 1.1 (is ${settingsOf(preview).zoom})`);
    expect(preview.zoom).to.equal(1.1);
    expect(preview.stream!.getVideoTracks()[0]).to.equal(track);
  });

  it('the torch checkbox turns the torch on and off', async () => {
    simulate({ cameras: [{ controls: true }] });
    const { preview, controls } = await controlsFor();
    await until(() => part(controls, 'torch') !== null, 'the torch control');
    part(controls, 'torch')!.click();
    await until(() => settingsOf(preview).torch === true, 'the torch on');
    await controls.updateComplete;
    expect(part(controls, 'torch')!.checked).to.equal(true);
    part(controls, 'torch')!.click();
    await until(() => settingsOf(preview).torch === false, 'the torch off');
  });

  it('follows the preview to another camera: the controls are those of the camera now live', async () => {
    simulate({ cameras: [{ deviceId: 'ptz', controls: true }, { deviceId: 'plain' }] });
    const { preview, controls } = await controlsFor(html`<camera-preview id="cam" device-id="ptz"></camera-preview><camera-controls for="cam"></camera-controls>`);
    await until(() => controls.controls.length === 4, 'the ptz camera controls');
    preview.deviceId = 'plain';
    await until(() => preview.stream?.getVideoTracks()[0]?.getSettings().deviceId === 'plain', 'the plain camera live');
    await until(() => controls.controls.length === 0, `no controls (has ${controls.controls.join()})`);
    await controls.updateComplete;
    expect(controls.shadowRoot!.querySelectorAll('input')).to.have.length(0);
    preview.deviceId = 'ptz';
    await until(() => controls.controls.length === 4, 'the ptz camera controls again');
  });

  it('labels come from the dictionary of the closest lang', async () => {
    await import('../components/locales/de.js');
    simulate({ cameras: [{ controls: true }] });
    const { controls } = await controlsFor(html`<div lang="de"><camera-preview id="cam"></camera-preview><camera-controls for="cam"></camera-controls></div>`);
    await until(() => part(controls, 'pan') !== null, 'the pan control');
    expect(labelOf(part(controls, 'pan')!)).to.equal('Schwenken');
  });

  it("keeps the person's focus in a layer of its own: the page's constraints stay the page's, and win", async () => {
    simulate({ cameras: [{ controls: { focusDistance: { min: 0, max: 1, step: 0.05 } } }] });
    const { preview, controls } = await controlsFor();
    const pageOwned: MediaTrackConstraints = { frameRate: { ideal: 24 } };
    preview.constraints = pageOwned;
    await until(() => part(controls, 'focus') !== null, 'the focus control');
    const focus = part(controls, 'focus')!;
    focus.value = '0.5';
    focus.dispatchEvent(new Event('input', { bubbles: true }));
    await until(() => settingsOf(preview).focusDistance === 0.5, `focus at 0.5 (is ${settingsOf(preview).focusDistance})`);
    expect(settingsOf(preview).focusMode).to.equal('manual');
    expect(preview.constraints, "the page's constraints, untouched").to.equal(pageOwned);
    expect(pageOwned).to.deep.equal({ frameRate: { ideal: 24 } });
    preview.constraints = { frameRate: { ideal: 24 }, focusMode: 'continuous' } as MediaTrackConstraints; // the page's own word wins
    await until(() => settingsOf(preview).focusMode === 'continuous', 'autofocus, as the page says');
  });
});
