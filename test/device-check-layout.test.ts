// <device-check> as a pre-call screen: what a person sees of it at a phone's, a tablet's and a desktop's width, in
// both directions, with a camera that can't be used, with the camera turned off, with the page's Join button.
import { expect, fixture, html } from '@open-wc/testing';
import { emulateMedia, sendMouse } from '@web/test-runner-commands';
import '../components/index.js';
import type { DeviceCheck, MediaToggle } from '../components/index.js';
import { isChromium, skipBecause } from './support/browser.js';
import { rgba } from './support/contrast.js';
import { until } from './support/media.js';
import { simulate } from './support/simulator.js';

const inner = <T extends Element = HTMLElement>(el: DeviceCheck, selector: string) => el.shadowRoot!.querySelector<T>(selector)!;
const box = (element: Element) => element.getBoundingClientRect();
/** Whether two boxes share a row: one's vertical middle lies within the other. */
const sameRow = (a: DOMRect, b: DOMRect) => a.top + a.height / 2 > b.top && a.top + a.height / 2 < b.bottom;

/** The meter shows its hint in the bar's place (its AudioContext waits for a gesture: WebKitGTK's did at ready, under load). */
const hinting = (meter: Element) => {
  try {
    return meter.matches(':state(suspended-hint)');
  } catch {
    return false; // no :state() selector: no custom states, no hint
  }
};

/** A `<device-check>` in a box `width` wide, with a Join button in its footer, once ready. */
async function ready(width: string, dir = 'ltr', attributes = ''): Promise<DeviceCheck> {
  const parent = await fixture<HTMLElement>(html`<div dir=${dir} style="inline-size: ${width}"></div>`);
  parent.innerHTML = `<device-check ${attributes}><button slot="footer">Join now</button></device-check>`;
  const el = parent.querySelector<DeviceCheck>('device-check')!;
  await until(() => el.status === 'ready', `ready (is ${el.status}, ${el.reason})`);
  await el.updateComplete;
  return el;
}

describe('<device-check> as a pre-call screen', () => {
  afterEach(async () => {
    if (isChromium) await emulateMedia({});
  });

  it('lays out a phone in one column, a tablet and a desktop with the preview beside the sound checks, larger on a desktop', async () => {
    simulate({ permission: 'granted' });
    const el = await ready('22rem');
    const share: Record<string, number> = {};
    for (const width of ['22rem', '44rem', '72rem']) {
      el.parentElement!.style.inlineSize = width;
      await new Promise(requestAnimationFrame);
      const [camera, microphone] = [box(inner(el, '[part=camera]')), box(inner(el, '[part=microphone]'))];
      const total = box(el).width;
      if (width === '22rem') {
        expect(microphone.top, 'phone: the microphone below the camera').to.be.at.least(camera.bottom);
        expect(camera.width, 'phone: the camera the whole width').to.be.closeTo(total, 1);
      } else {
        expect(microphone.top, `${width}: the microphone beside the camera`).to.be.lessThan(camera.bottom);
        expect(microphone.left, `${width}: the microphone after the camera`).to.be.at.least(camera.right);
      }
      share[width] = camera.width / total;
    }
    expect(share['72rem'], 'the preview’s share of a desktop’s width, larger than of a tablet’s').to.be.greaterThan(share['44rem']!);
  });

  it('labels the meter and shows it beside the microphone select, in the sound checks’ column, mirrored in RTL', async () => {
    simulate({ permission: 'granted' });
    const el = await ready('50rem');
    const meter = inner(el, 'mic-meter');
    const select = inner(el, 'device-select[kind=audioinput]');
    const label = el.shadowRoot!.getElementById(meter.getAttribute('aria-labelledby')!)!;
    // The hint takes the whole row below the select (as the browser's control does): the bar is what is checked here.
    if (hinting(meter)) await sendMouse({ type: 'click', position: [2, 2] });
    await until(() => !hinting(meter), 'the level, not the hint');
    // The DOM bar, whose boxes say where the level is; a canvas bar sits in the same track, mirrored with it.
    meter.setAttribute('renderer', 'dom');
    await (meter as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete;
    expect(label.textContent, 'the meter’s label').to.equal('Input level');
    expect(label.checkVisibility(), 'the label shown').to.equal(true);
    for (const dir of ['ltr', 'rtl']) {
      el.parentElement!.dir = dir;
      await new Promise(requestAnimationFrame);
      expect(sameRow(box(meter), box(select.shadowRoot!.querySelector('select')!)), `${dir}: the meter on the select’s row`).to.equal(true);
      // The level bar grows from the inline start: the clipping box slides in from the start's side.
      const [track, bar] = [box(meter.shadowRoot!.querySelector('.track')!), box(meter.shadowRoot!.querySelector('.bar')!)];
      if (dir === 'ltr') {
        expect(box(meter).left, 'ltr: after the select').to.be.at.least(box(select).right);
        expect(bar.left, 'ltr: the bar from the left').to.be.at.most(track.left + 1);
      } else {
        expect(box(meter).right, 'rtl: after the select, to its left').to.be.at.most(box(select).left);
        expect(bar.right, 'rtl: the bar from the right').to.be.at.least(track.right - 1);
      }
    }
  });

  it('mirrors the columns in RTL: the preview at the right, the sound checks to its left', async () => {
    simulate({ permission: 'granted' });
    const el = await ready('60rem', 'rtl');
    const [camera, microphone] = [box(inner(el, '[part=camera]')), box(inner(el, '[part=microphone]'))];
    expect(microphone.right, 'the microphone left of the camera').to.be.at.most(camera.left);
    // What <camera-preview> reflects after 2 s of black frames (test/health.test.ts): said at the preview's start.
    inner(el, 'camera-preview').setAttribute('dark', '');
    await until(() => !!el.shadowRoot!.querySelector('[part=camera-state]'), 'the state over the preview');
    const over = box(inner(el, '[part=camera-state]'));
    expect(inner(el, '[part=camera-state]').textContent, 'the dark picture said').to.contain('dark');
    expect(camera.right - over.right, 'the state at the preview’s start (its right)').to.be.lessThan(camera.width / 2 - over.width / 2);
  });

  it('says over the preview that the camera is off, with an icon, when the person turns it off', async () => {
    simulate({ permission: 'granted' });
    const el = await ready('44rem', 'ltr', 'video');
    expect(el.shadowRoot!.querySelector('[part=camera-state]'), 'nothing over a live picture').to.equal(null);
    (inner(el, 'media-toggle[for=camera]') as MediaToggle).toggle();
    await until(() => !!el.shadowRoot!.querySelector('[part=camera-state]'), 'the state over the preview');
    const state = inner(el, '[part=camera-state]');
    const [over, preview] = [box(state), box(inner(el, 'camera-preview'))];
    expect(state.textContent!.trim()).to.equal('Your camera is off');
    expect(state.querySelector('svg[aria-hidden=true]'), 'the camera-off icon').not.to.equal(null);
    const middle = (rect: DOMRect) => [rect.left + rect.width / 2, rect.top + rect.height / 2];
    const [[x, y], [px, py]] = [middle(box(state.querySelector('span')!)), middle(preview)];
    expect([Math.abs(x - px), Math.abs(y - py)], 'in the middle of the preview').to.satisfy(([dx, dy]: number[]) => dx < 2 && dy < 40);
    expect(over.top >= preview.top && over.bottom <= preview.bottom && over.left >= preview.left && over.right <= preview.right, 'within the preview').to.equal(true);
  });

  it('disables what a camera in use can’t do, with the reason beside it, and keeps the microphone’s controls', async () => {
    simulate({ cameras: [{ outcome: 'in-use' }] });
    const el = await fixture<DeviceCheck>(html`<device-check video audio></device-check>`);
    await until(() => el.reason === 'camera-in-use', `camera-in-use (is ${el.reason})`);
    await until(() => inner(el, '[part~=microphone-test-button]').hasAttribute('disabled') === false, 'the microphone test enabled');
    await el.updateComplete;
    const toggleButton = (id: string) => inner(el, `media-toggle[for=${id}]`).shadowRoot!.querySelector('button')!;
    expect(toggleButton('camera').disabled, 'the camera toggle').to.equal(true);
    expect(inner<HTMLSelectElement>(el, '[part=effect-select]').disabled, 'the effect select').to.equal(true);
    const reasons = [...el.shadowRoot!.querySelectorAll('.reason')];
    expect(reasons.map(reason => [reason.closest('[part]:not(.reason)')!.getAttribute('part'), reason.textContent]), 'the reasons shown').to.deep.equal([
      ['camera', 'Not available until the camera works.'],
    ]);
    expect(sameRow(box(reasons[0]!), box(toggleButton('camera'))), 'beside the toggle').to.equal(true);
    expect(toggleButton('microphone').disabled, 'the microphone toggle').to.equal(false);
  });

  it('draws the page’s Join button at the end, filled with the accent', async () => {
    document.documentElement.style.setProperty('--lme-accent', 'rgb(0, 99, 65)');
    simulate({ permission: 'granted' });
    try {
      const el = await ready('44rem');
      const join = el.querySelector('button')!;
      expect(rgba(getComputedStyle(join).backgroundColor), 'the accent').to.deep.equal([0, 99, 65, 1]);
      expect(box(el).right - box(join).right, 'at the inline end').to.be.lessThan(2);
      expect(box(join).top, 'below the checks').to.be.at.least(box(inner(el, '.checks')).bottom);
    } finally {
      document.documentElement.style.removeProperty('--lme-accent');
    }
  });

  it('shows the camera’s state without its fade where the person asks for reduced motion', async function () {
    if (!isChromium) return skipBecause(this, 'only Chromium can emulate prefers-reduced-motion here (over CDP)');
    simulate({ permission: 'granted' });
    const el = await ready('44rem', 'ltr', 'video');
    const fadeOf = async (reducedMotion: 'reduce' | 'no-preference') => {
      await emulateMedia({ reducedMotion });
      const toggle = inner(el, 'media-toggle[for=camera]') as MediaToggle;
      if (!toggle.pressed) toggle.toggle();
      await until(() => !!el.shadowRoot!.querySelector('[part=camera-state]'), 'the state over the preview');
      const name = getComputedStyle(inner(el, '[part=camera-state]')).animationName;
      toggle.toggle();
      await until(() => !el.shadowRoot!.querySelector('[part=camera-state]'), 'the state gone');
      return name;
    };
    expect(await fadeOf('no-preference'), 'the fade, without the preference').not.to.equal('none');
    expect(await fadeOf('reduce'), 'no fade, with it').to.equal('none');
  });
});
