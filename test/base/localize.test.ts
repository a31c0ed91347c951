// What a person reads and hears, in their language: every element takes its texts from its dictionary in the
// closest lang (own, ancestors', across shadow roots, <html>, the browser's), `strings` wins, registered languages
// apply at once, and a capture element's status region says each new state once.
import { expect, fixture, html } from '@open-wc/testing';
import '../../components/camera-preview/define.js';
import '../../components/device-select/define.js';
import '../../components/media-recorder/define.js';
import '../../components/media-toggle/define.js';
import '../../components/mic-meter/define.js';
import '../../components/screen-preview/define.js';
import '../../components/locales/de.js';
import '../../components/locales/fr.js';
import type { CameraPreview } from '../../components/camera-preview/camera-preview.js';
import { CaptureState, registerStrings } from '../../components/core/index.js';
import type { MediaToggle } from '../../components/media-toggle/media-toggle.js';
import type { MicMeter } from '../../components/mic-meter/mic-meter.js';
import type { ScreenPreview } from '../../components/screen-preview/screen-preview.js';
import { gesture } from '../support/browser.js';
import { stateOf, until } from '../support/media.js';
import { simulate } from '../support/simulator.js';

const inShadow = (el: Element, selector: string) => el.shadowRoot!.querySelector<HTMLElement>(selector)!;
const startButton = (el: Element) => inShadow(el, '[part~="start-button"]').textContent!.trim();
/** The toggle's label when nothing is slotted: its default slot's default content. */
const toggleLabel = (el: Element) => inShadow(el, 'slot:not([name])').textContent!.trim();
const statusOf = (el: Element) => inShadow(el, '[role="status"]');

describe('texts in the closest lang', () => {
  it('are German under a lang="de" ancestor: buttons, labels, names and default slot texts', async () => {
    const page = await fixture<HTMLElement>(html`<div lang="de">
      <screen-preview></screen-preview>
      <camera-preview manual></camera-preview>
      <mic-meter manual></mic-meter>
      <media-toggle></media-toggle>
      <media-recorder></media-recorder>
      <device-select kind="audioinput"></device-select>
    </div>`);
    const [screen, camera, meter, toggle, recorder, select] = [...page.children] as HTMLElement[] as [ScreenPreview, CameraPreview, MicMeter, MediaToggle, HTMLElement, HTMLElement];
    // Where the browser has its own camera control (Chromium), a manual preview's first render waits for its chunk.
    await Promise.all([camera.updateComplete, meter.updateComplete]);
    expect(startButton(screen)).to.equal('Bildschirm teilen');
    expect(inShadow(camera, 'video').getAttribute('aria-label')).to.equal('Kameravorschau');
    expect((meter as unknown as { internals: ElementInternals }).internals.ariaLabel).to.equal('Mikrofonpegel');
    expect(toggleLabel(toggle)).to.equal('Stummschalten');
    expect(inShadow(recorder, '[part~="record-button"]').textContent!.trim()).to.equal('Aufnehmen');
    expect(inShadow(recorder, '[part~="timer"]').getAttribute('aria-label')).to.equal('Aufnahmedauer');
    expect(inShadow(select, 'label').textContent!.trim()).to.equal('Mikrofon');
  });

  it("follow the element's own lang over its ancestors'", async () => {
    const page = await fixture<HTMLElement>(html`<div lang="de"><media-toggle lang="fr"></media-toggle></div>`);
    expect(toggleLabel(page.firstElementChild!)).to.equal('Désactiver');
  });

  it("cross shadow roots: an element in a component's shadow root follows lang there, then its host's", async () => {
    const host = await fixture<HTMLElement>(html`<div lang="fr"></div>`);
    const root = host.attachShadow({ mode: 'open' });
    root.innerHTML = '<div><media-toggle></media-toggle></div>';
    const toggle = root.querySelector('media-toggle')!;
    await toggle.updateComplete;
    expect(toggleLabel(toggle)).to.equal('Désactiver');
    root.firstElementChild!.setAttribute('lang', 'de'); // a change inside the shadow root
    await until(() => toggleLabel(toggle) === 'Stummschalten', 'German from the lang inside the shadow root');
    root.firstElementChild!.removeAttribute('lang');
    await until(() => toggleLabel(toggle) === 'Désactiver', "French from the host's lang again");
  });

  it("follow <html lang> when nothing closer says, then the browser's language", async () => {
    const toggle = await fixture<MediaToggle>(html`<media-toggle></media-toggle>`);
    const before = document.documentElement.getAttribute('lang');
    try {
      document.documentElement.lang = 'fr';
      await until(() => toggleLabel(toggle) === 'Désactiver', 'French from <html lang="fr">');
      document.documentElement.removeAttribute('lang');
      const browsers = ({ de: 'Stummschalten', fr: 'Désactiver' } as Record<string, string>)[navigator.language.split('-')[0]!] ?? 'Mute';
      await until(() => toggleLabel(toggle) === browsers, `the label in the browser's language (${navigator.language})`);
    } finally {
      if (before === null) document.documentElement.removeAttribute('lang');
      else document.documentElement.lang = before;
    }
  });

  it('re-render when an ancestor changes lang at run time, messages included', async () => {
    simulate({ outcome: 'not-found' });
    const page = await fixture<HTMLElement>(html`<div lang="en"><screen-preview></screen-preview><camera-preview></camera-preview></div>`);
    const [screen, camera] = [...page.children] as [ScreenPreview, CameraPreview];
    await stateOf(camera, CaptureState.Error);
    const message = () => inShadow(camera, '[part~="message"]').textContent!.trim();
    expect(startButton(screen)).to.equal('Share your screen');
    expect(message()).to.equal('No camera was found.');
    page.lang = 'fr';
    await until(() => startButton(screen) === 'Partager l’écran', 'the French start button');
    expect(message()).to.equal('Aucune caméra détectée.');
    page.lang = 'de';
    await until(() => message() === 'Keine Kamera gefunden.', 'the German error message');
  });

  it('are overridden by `strings` for the keys it names, whatever the language; the rest stays translated', async () => {
    const screen = await fixture<ScreenPreview>(html`<screen-preview lang="de" .strings=${{ start: 'Präsentieren' }}></screen-preview>`);
    expect(startButton(screen)).to.equal('Präsentieren');
    expect(inShadow(screen, 'video').getAttribute('aria-label')).to.equal('Geteilter Bildschirm');
    screen.strings = null;
    await screen.updateComplete;
    expect(startButton(screen)).to.equal('Bildschirm teilen');
  });

  it('come from a language registered at run time, also for elements already on the page', async () => {
    const toggle = await fixture<MediaToggle>(html`<media-toggle lang="nl"></media-toggle>`);
    expect(toggleLabel(toggle)).to.equal('Mute'); // no Dutch yet: English
    registerStrings('nl', { 'media-toggle': { label: 'Dempen' } });
    await until(() => toggleLabel(toggle) === 'Dempen', 'the registered Dutch label');
  });

  it('of a region fall back to its language, and a region registers only what differs', async () => {
    const page = await fixture<HTMLElement>(html`<div lang="de-AT"><media-toggle></media-toggle><screen-preview></screen-preview></div>`);
    const [toggle, screen] = [...page.children] as [MediaToggle, ScreenPreview];
    expect(toggleLabel(toggle)).to.equal('Stummschalten');
    registerStrings('de-AT', { 'media-toggle': { label: 'Stumm' } });
    await until(() => toggleLabel(toggle) === 'Stumm', 'the Austrian label');
    expect(startButton(screen)).to.equal('Bildschirm teilen');
  });
});

describe('the status region of a capture element', () => {
  it('says each state change once, politely, and never the level', async () => {
    // A scripted microphone, so the level changes when the test says, not when a fake device happens to send sound.
    const simulator = simulate({ microphones: [{ level: 0.05, speech: false }] });
    const meter = await fixture<MicMeter>(html`<mic-meter manual></mic-meter>`);
    const region = statusOf(meter);
    expect(region.getAttribute('role')).to.equal('status'); // implicitly aria-live="polite"
    expect(region.getBoundingClientRect().width).to.be.at.most(1, 'visually hidden');
    expect(region.textContent!.trim()).to.equal('');
    const said: string[] = [];
    // One callback per batch of changes, as a screen reader takes them (Lit's dev build writes a new text twice).
    new MutationObserver(() => said.push(region.textContent!.trim())).observe(region, { characterData: true, childList: true, subtree: true });
    // Where the engine holds the synthetic microphone's audio until a gesture (WebKit), the meter says so once.
    let held = false;
    new MutationObserver(() => (held ||= !!meter.shadowRoot!.querySelector('[part=hint]'))).observe(meter.shadowRoot!, { childList: true, subtree: true });
    await meter.start();
    await gesture(); // the synthetic microphone plays on an AudioContext, which WebKit runs only after a gesture
    await until(() => meter.db > -40, 'a reading of the quiet tone');
    const quiet = meter.db;
    simulator.setLevel(0.8);
    await until(() => meter.db > quiet + 12, 'a reading of the loud tone');
    meter.stop();
    await stateOf(meter, CaptureState.Stopped);
    await meter.updateComplete;
    const hint = held ? ['Click anywhere to see your level'] : [];
    expect(said).to.deep.equal(['Waiting for the microphone…', ...hint, 'Microphone is on', 'Microphone is off']);
  });

  it("says the state in the element's language, and why a capture failed", async () => {
    const simulator = simulate();
    const camera = await fixture<CameraPreview>(html`<camera-preview lang="fr"></camera-preview>`);
    await stateOf(camera, CaptureState.Live);
    await until(() => statusOf(camera).textContent!.trim() === 'La caméra est activée', 'the French live status');
    camera.remove();

    simulator.outcome = 'in-use';
    const failing = await fixture<CameraPreview>(html`<camera-preview lang="de"></camera-preview>`);
    await stateOf(failing, CaptureState.Error);
    await failing.updateComplete;
    expect(statusOf(failing).textContent!.trim()).to.equal('Die Kamera wird gerade von einer anderen Anwendung verwendet.');
  });
});
