// One rule for events: a change the person made (`change`) bubbles and is composed, so a page hears it from any
// depth, through shadow roots; what the element tells of itself (`statechange`, `streamchange`...) does not bubble.
import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import '../../components/index.js';
import type { CameraControls, CameraPreview, DeviceCheck, DeviceSelect, MediaToggle } from '../../components/index.js';
import { CaptureState } from '../../components/core/index.js';
import { pickDevice } from '../support/browser.js';
import { stateOf, until } from '../support/media.js';
import { simulate } from '../support/simulator.js';

/** The elements of `template`, in the shadow root of a host on the page: only composed events leave it. */
async function inShadowRoot(template: string): Promise<ShadowRoot> {
  const host = await fixture<HTMLDivElement>(html`<div></div>`);
  const root = host.attachShadow({ mode: 'open' });
  root.innerHTML = template;
  return root;
}

/** Every event of `type` that reaches the document while the test runs. */
function heardByTheDocument(type: string): Event[] {
  const heard: Event[] = [];
  const listener = (event: Event) => heard.push(event);
  document.addEventListener(type, listener);
  afterEach(() => document.removeEventListener(type, listener));
  return heard;
}

describe('events', () => {
  const cameras = [{ deviceId: 'front', label: 'Front' }, { deviceId: 'back', label: 'Back', controls: true }];

  it("<device-select>: the person's pick reaches the document", async () => {
    simulate({ cameras, permission: 'granted' });
    const heard = heardByTheDocument('change');
    const root = await inShadowRoot('<device-select></device-select>');
    const el = root.querySelector<DeviceSelect>('device-select')!;
    await until(() => el.options.length === 2, 'the list');
    pickDevice(el, 'back');
    expect(heard.map(event => (event as CustomEvent).detail)).to.deep.equal([{ deviceId: 'back', label: 'Back' }]);
  });

  it("<media-toggle>: the person's toggle reaches the document; the capture's statechange does not", async () => {
    simulate();
    const heard = heardByTheDocument('change');
    const states = heardByTheDocument('statechange');
    const root = await inShadowRoot('<mic-meter id="mic"></mic-meter><media-toggle for="mic"></media-toggle>');
    await stateOf(root.querySelector('mic-meter')!, CaptureState.Live);
    const toggle = root.querySelector<MediaToggle>('media-toggle')!;
    await toggle.updateComplete;
    toggle.shadowRoot!.querySelector('button')!.click();
    expect(heard.map(event => (event as CustomEvent).detail)).to.deep.equal([{ muted: true }]);
    expect(states).to.deep.equal([]);
  });

  it("<camera-controls>: the person's change reaches the document; capabilitieschange and streamchange do not", async () => {
    simulate({ cameras: [cameras[1]!] });
    const heard = heardByTheDocument('change');
    const quiet = [...heardByTheDocument('capabilitieschange'), ...heardByTheDocument('streamchange')];
    const root = await inShadowRoot('<camera-preview id="cam"></camera-preview><camera-controls for="cam"></camera-controls>');
    await stateOf(root.querySelector<CameraPreview>('camera-preview')!, CaptureState.Live);
    const controls = root.querySelector<CameraControls>('camera-controls')!;
    await until(() => controls.controls.includes('torch'), 'the torch control');
    await controls.updateComplete;
    controls.shadowRoot!.querySelector<HTMLInputElement>('[part~=torch]')!.click();
    expect(heard.filter(event => event.target === root.host)).to.have.length(1);
    expect(quiet).to.deep.equal([]);
  });

  it("<device-check>: the person's choice reaches the document", async () => {
    simulate({ cameras, permission: 'granted' });
    const heard = heardByTheDocument('change');
    const root = await inShadowRoot('<device-check video></device-check>');
    const el = root.querySelector<DeviceCheck>('device-check')!;
    await until(() => el.getAttribute('status') === 'ready', 'ready');
    const select = el.shadowRoot!.querySelector<DeviceSelect>('device-select')!;
    await until(() => select.options.length === 2, 'the list');
    heard.length = 0;
    const changed = oneEvent(el, 'change');
    pickDevice(select, select.value === 'front' ? 'back' : 'front');
    await changed;
    expect(heard.map(event => (event as CustomEvent).detail.result)).to.deep.equal([el.result]);
  });
});
