// Whatever stops a capture, the device goes as soon as its last user is gone, and the element leaves `live`:
// `stopped` when the page stopped it, `ended` when the source did. Run on the browsers' fake devices (their
// hardware tracks are what test/support/media.ts records) and on the media simulator (its source tracks).
import { expect, fixture, fixtureCleanup, html } from '@open-wc/testing';
import '../../components/index.js';
import type { CaptureElement } from '../../components/base/capture-element.js';
import { CaptureState } from '../../components/core/index.js';
import { installMediaSimulator, type MediaSimulator } from '../../components/testing/index.js';
import { clickOn, isFirefox, skipBecause } from '../support/browser.js';
import { liveTracks, nextTask, stateOf, until } from '../support/media.js';

interface Subject {
  name: string;
  template: string;
  kinds: string[];
  /** Why it can't capture on this engine's own fake devices, if it can't. */
  noFakeDevice?: string;
}

const subjects: Subject[] = [
  { name: '<camera-preview>', template: '<camera-preview></camera-preview>', kinds: ['video'] },
  { name: '<camera-preview audio>', template: '<camera-preview audio></camera-preview>', kinds: ['audio', 'video'] },
  { name: '<mic-meter>', template: '<mic-meter></mic-meter>', kinds: ['audio'] },
  {
    name: '<screen-preview>',
    template: '<screen-preview></screen-preview>',
    kinds: ['video'],
    noFakeDevice: isFirefox ? 'headless Firefox has no screen to share (NotFoundError)' : undefined,
  },
];

/** What holds a device open: hardware tracks, or the simulator's captures. */
type Hardware = () => { kind: string }[];

async function mount(subject: Subject, count = 1): Promise<CaptureElement[]> {
  const host = await fixture<HTMLDivElement>(html`<div></div>`);
  host.innerHTML = subject.template.repeat(count);
  const elements = [...host.children] as CaptureElement[];
  for (const el of elements) if (el.localName === 'screen-preview') await clickStart(el);
  for (const el of elements) await stateOf(el, CaptureState.Live);
  return elements;
}

/** screen-preview waits for a gesture (WebKit insists on one): a real click on its start button, as a user would. */
async function clickStart(el: CaptureElement): Promise<void> {
  await el.updateComplete;
  await clickOn(el.shadowRoot!.querySelector('[part~="start-button"]')!);
}

const kindsOf = (tracks: { kind: string }[]) => tracks.map(track => track.kind).sort();

function releaseChecks(subject: Subject, hardware: Hardware): void {
  it('the page stopping every track by hand: state="stopped", the device released at once', async () => {
    const [el] = await mount(subject);
    expect(kindsOf(hardware())).to.deep.equal(subject.kinds);
    const seen: string[] = [];
    el!.addEventListener('statechange', event => seen.push(event.detail.state));
    el!.stream!.getTracks().forEach(track => track.stop());
    expect(kindsOf(hardware()), 'devices still capturing').to.deep.equal([]);
    expect(el!.getAttribute('state')).to.equal(CaptureState.Stopped);
    expect(el!.stream).to.equal(null);
    expect(seen).to.deep.equal([CaptureState.Stopped]);
  });

  it("the page calling the stream's stop(): stopped, released", async () => {
    const [el] = await mount(subject);
    el!.stream!.stop();
    expect(kindsOf(hardware()), 'devices still capturing').to.deep.equal([]);
    expect(el!.state).to.equal(CaptureState.Stopped);
  });

  it('the page stopping one track: the whole capture stops', async () => {
    const [el] = await mount(subject);
    el!.stream!.getTracks()[0]!.stop();
    expect(kindsOf(hardware()), 'devices still capturing').to.deep.equal([]);
    expect(el!.state).to.equal(CaptureState.Stopped);
  });

  it('a stream the page built from it (new MediaStream(stream)) stopped by hand: released', async () => {
    const [el] = await mount(subject);
    new MediaStream(el!.stream!).getTracks().forEach(track => track.stop());
    expect(kindsOf(hardware()), 'devices still capturing').to.deep.equal([]);
    expect(el!.state).to.equal(CaptureState.Stopped);
  });

  it('one of two sharing elements stopped by hand: the other stays live, the device goes with the last', async () => {
    const [first, second] = await mount(subject, 2);
    const shared = subject.template.startsWith('<screen') ? 2 : 1; // each screen capture is its own
    expect(hardware().length).to.equal(subject.kinds.length * shared);
    first!.stream!.getTracks().forEach(track => track.stop());
    expect(first!.state).to.equal(CaptureState.Stopped);
    expect(second!.state).to.equal(CaptureState.Live);
    expect(second!.stream!.getTracks().every(track => track.readyState === 'live')).to.equal(true);
    expect(hardware().length).to.equal(subject.kinds.length);
    second!.stream!.getTracks().forEach(track => track.stop());
    expect(kindsOf(hardware()), 'devices still capturing').to.deep.equal([]);
    expect(second!.state).to.equal(CaptureState.Stopped);
  });

  it('removal releases the device before the next task', async () => {
    const [el] = await mount(subject);
    el!.remove();
    await nextTask();
    expect(kindsOf(hardware()), 'devices still capturing').to.deep.equal([]);
  });

  it('pagehide stops and releases', async () => {
    const [el] = await mount(subject);
    window.dispatchEvent(new PageTransitionEvent('pagehide', { persisted: false }));
    expect(kindsOf(hardware()), 'devices still capturing').to.deep.equal([]);
    expect(el!.state).to.equal(CaptureState.Stopped);
  });

  it('start() after a stop by hand captures again', async () => {
    const [el] = await mount(subject);
    el!.stream!.getTracks().forEach(track => track.stop());
    if (el!.localName === 'screen-preview') await clickStart(el!);
    else await el!.start();
    await stateOf(el!, CaptureState.Live);
    expect(kindsOf(hardware())).to.deep.equal(subject.kinds);
  });
}

for (const subject of subjects) {
  describe(`${subject.name} releases the device however it is stopped`, () => {
    describe("on the browser's fake devices", () => {
      beforeEach(function () {
        if (subject.noFakeDevice) return skipBecause(this, subject.noFakeDevice);
      });
      releaseChecks(subject, liveTracks);
    });

    describe('on the media simulator', () => {
      let simulator: MediaSimulator | undefined;
      beforeEach(() => void (simulator = installMediaSimulator()));
      afterEach(async () => {
        fixtureCleanup();
        await nextTask();
        const live = simulator!.liveTracks().length;
        simulator!.uninstall();
        expect(live, 'simulated tracks left live').to.equal(0);
      });
      releaseChecks(subject, () => simulator!.liveCaptures());

      it('the source ending (unplugged): state="ended", released', async () => {
        const [el] = await mount(subject);
        simulator!.unplug();
        await until(() => el!.state === CaptureState.Ended, `state="ended" (is "${el!.state}")`);
        expect(kindsOf(simulator!.liveCaptures())).to.deep.equal([]);
      });
    });
  });
}
