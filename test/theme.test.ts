import { expect, fixture, html } from '@open-wc/testing';
import { emulateMedia } from '@web/test-runner-commands';
import '../components/index.js';
import type { DeviceCheck, MediaRecorderElement, MediaToggle } from '../components/index.js';
import { isChromium, skipBecause } from './support/browser.js';
import { backgroundBehind, contrast, rgba, textContrast } from './support/contrast.js';
import { stateOf, until } from './support/media.js';
import { simulate } from './support/simulator.js';

const root = document.documentElement;
const CONTROLS = 'button, select, input';
/** The texts the kit draws beside its controls. */
const TEXTS = 'label, [part~=timer], [part~=note], [part~=status], [part~=hint], [part~=message]';

/** What the kit draws under `parent`: the matches in every kit element's shadow root, inner elements' too. */
function drawn(parent: ParentNode, selector: string): HTMLElement[] {
  return [...parent.querySelectorAll('*')].flatMap(element =>
    element.shadowRoot ? [...element.shadowRoot.querySelectorAll<HTMLElement>(selector), ...drawn(element.shadowRoot, selector)] : [],
  );
}

/** `<device-select> select`: the element that draws it and its part. */
const nameOf = (control: Element) => `<${(control.getRootNode() as ShadowRoot).host.localName}> ${control.getAttribute('part') ?? control.localName}`;

/** Every element of the kit on simulated devices (a camera with zoom, pan, tilt and torch), each in its first state. */
async function everyElement(): Promise<HTMLElement> {
  simulate({ cameras: [{ label: 'PTZ camera', controls: true }] });
  const page = await fixture<HTMLElement>(html`<div>
    <camera-preview id="camera"></camera-preview>
    <mic-meter id="microphone"></mic-meter>
    <media-toggle for="camera">Camera off</media-toggle>
    <media-toggle for="microphone">Mute</media-toggle>
    <device-select kind="videoinput" for="camera"></device-select>
    <camera-controls for="camera"></camera-controls>
    <media-recorder for="microphone"></media-recorder>
    <screen-preview></screen-preview>
    <device-check></device-check>
  </div>`);
  await stateOf(page.querySelector('camera-preview')!, 'live');
  await stateOf(page.querySelector('mic-meter')!, 'live');
  const check = page.querySelector<DeviceCheck>('device-check')!;
  await until(() => check.status === 'ready', `<device-check> ready (is ${check.status}, ${check.reason})`);
  await until(() => !!page.querySelector('camera-controls')!.shadowRoot!.querySelector('input'), 'the camera controls');
  await until(() => !drawn(page, '[part~=record-button]')[0]!.hasAttribute('disabled'), 'the record button enabled');
  return page;
}

/** Runs `check` on what the recorder shows before, while recording, while paused and after a recording. */
async function throughARecording(page: HTMLElement, check: () => void): Promise<void> {
  const recorder = page.querySelector<MediaRecorderElement>('media-recorder')!;
  check();
  recorder.start();
  await until(() => recorder.state === 'recording', 'recording');
  await recorder.updateComplete;
  check();
  recorder.pause();
  await recorder.updateComplete;
  check();
  await recorder.stop();
  await recorder.updateComplete;
  check();
}

afterEach(() => root.removeAttribute('style'));

describe('the theme', () => {
  it('draws every button, select and input of every element in --lme-font with --lme-radius', async () => {
    root.style.setProperty('--lme-font', 'italic 19px/1.3 "Lme Test Face", monospace');
    root.style.setProperty('--lme-radius', '7px');
    const page = await everyElement();
    const seen = new Set<string>();
    await throughARecording(page, () => {
      for (const control of drawn(page, CONTROLS)) {
        const style = getComputedStyle(control);
        const name = nameOf(control);
        seen.add(name);
        expect(style.fontFamily, `${name} font family`).to.contain('Lme Test Face');
        expect([style.fontSize, style.fontStyle], `${name} font size and style`).to.deep.equal(['19px', 'italic']);
        expect(style.borderTopLeftRadius, `${name} radius`).to.equal('7px');
      }
    });
    expect([...seen]).to.include.members([
      '<media-toggle> button',
      '<device-select> select',
      '<camera-controls> zoom',
      '<camera-controls> torch',
      '<media-recorder> button record-button',
      '<media-recorder> button pause-button',
      '<media-recorder> button stop-button',
      '<media-recorder> button download-button',
      '<screen-preview> start-button',
      '<device-check> button microphone-test-button',
      '<device-check> button speaker-test-button',
      '<device-check> effect-select',
    ]);
  });

  it('fills the pressed toggle and the recorder’s main and pressed buttons with --lme-accent', async () => {
    root.style.setProperty('--lme-accent', 'rgb(0, 99, 65)');
    const accent = [0, 99, 65, 1];
    const page = await everyElement();
    const background = (part: string) => rgba(getComputedStyle(drawn(page, `[part~=${part}]`)[0]!).backgroundColor);
    const buttonOf = (toggle: MediaToggle) => rgba(getComputedStyle(toggle.shadowRoot!.querySelector('button')!).backgroundColor);
    const [camera, microphone] = page.querySelectorAll<MediaToggle>('media-toggle');
    camera!.toggle();
    await camera!.updateComplete;
    expect(buttonOf(camera!), 'the pressed toggle').to.deep.equal(accent);
    expect(buttonOf(microphone!), 'a toggle not pressed').not.to.deep.equal(accent);
    expect(getComputedStyle(drawn(page, '[part~=zoom]')[0]!).accentColor, 'the camera controls’ accent').to.equal('rgb(0, 99, 65)');
    const recorder = page.querySelector<MediaRecorderElement>('media-recorder')!;
    expect(background('record-button'), 'the record button').to.deep.equal(accent);
    recorder.start();
    await until(() => recorder.state === 'recording', 'recording');
    await recorder.updateComplete;
    expect(background('stop-button'), 'the stop button').to.deep.equal(accent);
    expect(background('pause-button'), 'the pause button, not pressed').not.to.deep.equal(accent);
    recorder.pause();
    await recorder.updateComplete;
    expect(background('pause-button'), 'the pause button, pressed').to.deep.equal(accent);
    await recorder.stop();
  });

  it('lets an element’s own custom property win over the token', async () => {
    root.style.setProperty('--lme-accent', 'rgb(0, 99, 65)');
    root.style.setProperty('--lme-radius', '7px');
    const page = await everyElement();
    const toggle = page.querySelector<MediaToggle>('media-toggle')!;
    toggle.style.setProperty('--media-toggle-pressed-background', 'rgb(120, 0, 90)');
    page.querySelector('device-select')!.style.setProperty('--device-select-radius', '3px');
    toggle.toggle();
    await toggle.updateComplete;
    expect(rgba(getComputedStyle(toggle.shadowRoot!.querySelector('button')!).backgroundColor)).to.deep.equal([120, 0, 90, 1]);
    expect(getComputedStyle(drawn(page, 'select')[0]!).borderTopLeftRadius).to.equal('3px');
  });
});

/** Every enabled control's text at 4.5:1 on what is behind it, native inputs' accent at 3:1, the texts beside them at 4.5:1. */
function expectReadable(page: HTMLElement): void {
  const shown = (element: HTMLElement) => element.checkVisibility() && !(element as HTMLButtonElement).disabled;
  for (const control of drawn(page, CONTROLS).filter(shown)) {
    const name = nameOf(control);
    if (control instanceof HTMLInputElement) {
      expect(contrast(getComputedStyle(control).accentColor, backgroundBehind(control)), `${name} accent`).to.be.at.least(3);
    } else {
      expect(textContrast(control), `${name} text`).to.be.at.least(4.5);
    }
  }
  for (const text of drawn(page, TEXTS).filter(element => shown(element) && element.textContent!.trim())) {
    expect(textContrast(text), `${nameOf(text)} text`).to.be.at.least(4.5);
  }
}

/** The kit's surface is dark: the unpressed toggle's background. */
function surfaceIsDark(page: HTMLElement): boolean {
  const [r, g, b] = rgba(getComputedStyle(page.querySelector('media-toggle')!.shadowRoot!.querySelector('button')!).backgroundColor);
  return r + g + b < 3 * 80;
}

describe('the theme in the dark', () => {
  afterEach(async () => {
    if (isChromium) await emulateMedia({});
  });

  const preferDark = async (context: Mocha.Context) => {
    // web-test-runner's emulateMedia: CDP's Emulation.setEmulatedMedia.
    if (!isChromium) return skipBecause(context, 'only Chromium can emulate prefers-color-scheme here (over CDP); the dark scheme itself is tested below');
    await emulateMedia({ colorScheme: 'dark' });
    expect(matchMedia('(prefers-color-scheme: dark)').matches, 'the emulated preference').to.equal(true);
  };

  it('follows the preference on a `color-scheme: light dark` page, every enabled control readable', async function () {
    await preferDark(this);
    root.style.colorScheme = 'light dark';
    const page = await everyElement();
    expect(surfaceIsDark(page), 'the kit is dark').to.equal(true);
    await throughARecording(page, () => expectReadable(page));
  });

  it('stays light on a page that declares no color-scheme, as native controls do', async function () {
    await preferDark(this);
    const page = await everyElement();
    expect(surfaceIsDark(page), 'the kit is dark').to.equal(false);
    expectReadable(page);
  });

  it('is readable on a `color-scheme: dark` page in every engine', async () => {
    root.style.colorScheme = 'dark';
    const page = await everyElement();
    expect(surfaceIsDark(page), 'the kit is dark').to.equal(true);
    await throughARecording(page, () => expectReadable(page));
  });

  it('is readable on a page that declares no color-scheme', async () => {
    const page = await everyElement();
    await throughARecording(page, () => expectReadable(page));
  });
});
