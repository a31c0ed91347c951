// The fault matrix: every way a capture can fail or be cut, in every state, with no track left live.
import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import '../components/index.js';
import type { CameraPreview, CaptureElement, MicMeter } from '../components/index.js';
import { Attr, CaptureState, ErrorKind } from '../components/core/index.js';
import { syntheticTrackEventsReachListeners } from './support/browser.js';
import { browserException, captureWarnings, KINDS_BY_EXCEPTION, liveTracks, nextTask, spyGetUserMedia, stateOf, until } from './support/media.js';
import { simulate } from './support/simulator.js';

const TAGS = ['camera-preview', 'mic-meter'] as const;

async function live<T extends CaptureElement>(tag: string, attributes = ''): Promise<T> {
  const host = await fixture<HTMLDivElement>(html`<div></div>`);
  host.innerHTML = `<${tag} ${attributes}></${tag}>`;
  const el = host.firstElementChild as T;
  await stateOf(el, CaptureState.Live);
  return el;
}

const deviceOf = (el: CaptureElement) => el.stream!.getTracks()[0]!.getSettings().deviceId!;

describe('fault matrix', () => {
  describe('every error kind, on every element', () => {
    for (const tag of TAGS) {
      for (const [name, kind] of KINDS_BY_EXCEPTION) {
        it(`<${tag}>: ${name} -> error="${kind}", one error event, nothing live`, async () => {
          const simulator = simulate({ outcome: browserException(name) });
          const host = await fixture<HTMLDivElement>(html`<div></div>`);
          const el = document.createElement(tag);
          let errors = 0;
          el.addEventListener('error', () => errors++);
          host.append(el);
          await stateOf(el, CaptureState.Error);
          expect(el.getAttribute(Attr.Error)).to.equal(kind);
          expect(errors).to.equal(1);
          expect(simulator.liveCaptures()).to.have.length(0);
        });
      }
    }
  });

  describe('unplugging', () => {
    for (const tag of TAGS) {
      it(`<${tag}>: the device leaving the device list ends the capture`, async () => {
        const simulator = simulate();
        const el = await live<CaptureElement>(tag);
        const tracks = el.stream!.getTracks();
        simulator.unplug(deviceOf(el));
        await stateOf(el, CaptureState.Ended);
        expect(tracks.every(t => t.readyState === 'ended')).to.equal(true);
      });
    }

    it('reconnect captures again, from the same device, when it comes back', async () => {
      const simulator = simulate();
      const el = await live<MicMeter>('mic-meter', 'reconnect');
      const device = deviceOf(el);
      simulator.unplug(device);
      await stateOf(el, CaptureState.Ended);
      simulator.plugIn();
      await stateOf(el, CaptureState.Live);
      expect(deviceOf(el)).to.equal(device);
    });

    it('without reconnect the element stays ended when the device comes back', async () => {
      const simulator = simulate();
      const el = await live<CameraPreview>('camera-preview');
      simulator.unplug(deviceOf(el));
      await stateOf(el, CaptureState.Ended);
      simulator.plugIn();
      await new Promise(resolve => setTimeout(resolve, 300));
      expect(el.state).to.equal(CaptureState.Ended);
    });

    it('a device added while live changes nothing', async () => {
      const { calls } = spyGetUserMedia();
      const el = await live<CameraPreview>('camera-preview');
      const stream = el.stream;
      navigator.mediaDevices.dispatchEvent(new Event('devicechange'));
      await new Promise(resolve => setTimeout(resolve, 200));
      expect(el.stream).to.equal(stream);
      expect(calls).to.have.length(1);
    });

    it('the source ending a track ends the capture (reconnect waits for the device to come back)', async () => {
      const simulator = simulate();
      const el = await live<CameraPreview>('camera-preview', 'reconnect');
      simulator.unplug('simulated-camera-1');
      // At once where the track's ended event reaches listeners; Firefox hears of it from devicechange.
      if (syntheticTrackEventsReachListeners()) expect(el.state).to.equal(CaptureState.Ended);
      await stateOf(el, CaptureState.Ended);
      simulator.plugIn();
      await stateOf(el, CaptureState.Live);
    });
  });

  describe('in-use', () => {
    it('retry="2" retries with backoff and goes live', async () => {
      let calls = 0;
      const simulator = simulate({ outcome: () => (++calls <= 2 ? 'in-use' : 'live') });
      const el = await live<CameraPreview>('camera-preview', 'retry="2"');
      expect(calls).to.equal(3);
      expect(simulator.requests).to.equal(3);
      expect(el.hasAttribute(Attr.Error)).to.equal(false);
    });

    it('retries are bounded: retry="2" on a device that stays busy errors after 3 attempts', async () => {
      const { calls } = simulate({ outcome: 'in-use' });
      const started = performance.now();
      const host = await fixture<HTMLDivElement>(html`<div><camera-preview retry="2"></camera-preview></div>`);
      await stateOf(host.firstElementChild!, CaptureState.Error);
      expect(calls).to.have.length(3);
      expect(performance.now() - started).to.be.within(700, 3000); // 250 ms + 500 ms of backoff
    });

    it('without retry, in-use is an error at once', async () => {
      const { calls } = simulate({ outcome: 'in-use' });
      const host = await fixture<HTMLDivElement>(html`<div><mic-meter></mic-meter></div>`);
      await stateOf(host.firstElementChild!, CaptureState.Error);
      expect(calls).to.have.length(1);
    });

    it('stop() during the backoff cancels the retries', async () => {
      const { calls } = simulate({ outcome: 'in-use' });
      const host = await fixture<HTMLDivElement>(html`<div><camera-preview retry="5"></camera-preview></div>`);
      const el = host.firstElementChild as CameraPreview;
      // The answers come at once, so between tasks the element waits out a backoff. Stopped in whichever one it is
      // in (a loaded machine may see the first retry already), nothing more is asked, even past the next retry's due time.
      await until(() => calls.length >= 1, 'the first attempt');
      el.stop();
      const made = calls.length;
      await new Promise(resolve => setTimeout(resolve, 250 * 2 ** (made - 1) + 500));
      expect(calls).to.have.length(made);
      expect(el.state).to.equal(CaptureState.Stopped);
    });

    it('a switch to a device that is in use frees the old device first, then asks again', async () => {
      const simulator = simulate({ microphones: [{}, {}] });
      const el = await live<MicMeter>('mic-meter');
      const old = el.stream!.getAudioTracks()[0]!;
      let oldStateAtRetry = '';
      let calls = 0;
      simulator.outcome = () => {
        if (++calls === 1) return 'in-use';
        oldStateAtRetry = old.readyState;
        return 'live';
      };
      el.deviceId = (await navigator.mediaDevices.enumerateDevices()).filter(d => d.kind === 'audioinput').at(-1)!.deviceId;
      await until(() => calls === 2 && el.state === CaptureState.Live, 'the second attempt to go live');
      expect(oldStateAtRetry).to.equal('ended');
      expect(simulator.liveCaptures().map(c => c.deviceId)).to.deep.equal(['simulated-microphone-2']);
    });

    it('retry="-1" and retry="50" warn and fall back to 0 and 10', async () => {
      const warnings = captureWarnings();
      simulate({ outcome: 'in-use' });
      const host = await fixture<HTMLDivElement>(html`<div><mic-meter retry="-1"></mic-meter><camera-preview manual retry="50"></camera-preview></div>`);
      await stateOf(host.firstElementChild!, CaptureState.Error);
      (host.lastElementChild as CameraPreview).start().catch(() => {});
      await until(() => warnings.some(w => w.includes('retry="50"')), 'the retry="50" warning');
      expect(warnings.some(w => w.includes('retry="-1"'))).to.equal(true);
      (host.lastElementChild as CameraPreview).stop();
    });
  });

  describe('races', () => {
    it('20 device-id changes in a row leave exactly one live track, from the last device', async () => {
      const el = await live<MicMeter>('mic-meter');
      const inputs = (await navigator.mediaDevices.enumerateDevices()).filter(d => d.kind === 'audioinput');
      // Firefox has one microphone: alternating with "" (the default device) still makes every change a switch.
      const ids = inputs.length > 1 ? inputs.map(d => d.deviceId) : ['', inputs[0]!.deviceId];
      for (let i = 0; i < 20; i++) {
        el.deviceId = ids[i % ids.length]!;
        await el.updateComplete;
      }
      const last = ids[19 % ids.length]!;
      // The element stays live on the old device while switching: wait for the last device, not just "live".
      await until(() => el.state === CaptureState.Live && deviceOf(el) === last && liveTracks().length === 1, 'one live track, from the last device', 10_000);
      await new Promise(resolve => setTimeout(resolve, 300));
      expect(liveTracks()).to.have.length(1);
      expect(el.stream!.getTracks()[0]!.readyState).to.equal('live');
      expect(deviceOf(el)).to.equal(last);
    });

    it('start()/stop() spam ends stopped with nothing live', async () => {
      const el = await live<CameraPreview>('camera-preview');
      for (let i = 0; i < 25; i++) {
        el.start().catch(() => {});
        el.stop();
      }
      expect(el.state).to.equal(CaptureState.Stopped);
      await new Promise(resolve => setTimeout(resolve, 500));
      expect(liveTracks()).to.have.length(0);
    });

    it('start()/stop() spam ending with start() leaves exactly one stream', async () => {
      const el = await live<CameraPreview>('camera-preview');
      for (let i = 0; i < 25; i++) {
        el.stop();
        el.start().catch(() => {});
      }
      await until(() => el.state === CaptureState.Live && liveTracks().length === 1, 'one live track');
      await new Promise(resolve => setTimeout(resolve, 300));
      expect(liveTracks()).to.have.length(1);
      expect(el.stream!.getTracks()[0]!.readyState).to.equal('live');
    });
  });

  describe('removal in every state', () => {
    it('idle (manual): never asks for a device', async () => {
      const { calls } = spyGetUserMedia();
      const host = await fixture<HTMLDivElement>(html`<div><camera-preview manual></camera-preview></div>`);
      host.firstElementChild!.remove();
      await nextTask();
      expect(calls).to.have.length(0);
    });

    it('requesting: the late stream is stopped on arrival', async () => {
      const simulator = simulate();
      const late = simulator.holdAnswers();
      const host = await fixture<HTMLDivElement>(html`<div><mic-meter></mic-meter></div>`);
      const el = host.firstElementChild as MicMeter;
      await until(() => simulator.liveCaptures().length === 1, 'the device to open');
      el.remove();
      await nextTask();
      late.answer();
      await until(() => simulator.liveCaptures().length === 0, 'the late capture to stop: no device left on');
      expect(el.state).to.equal(CaptureState.Stopped);
    });

    it('live: every track ends before the next task', async () => {
      const el = await live<MicMeter>('mic-meter');
      const [track] = el.stream!.getTracks();
      el.remove();
      await nextTask();
      expect(track!.readyState).to.equal('ended');
    });

    it('error: nothing to stop, no throw', async () => {
      simulate({ outcome: 'not-found' });
      const host = await fixture<HTMLDivElement>(html`<div><camera-preview></camera-preview></div>`);
      const el = host.firstElementChild as CameraPreview;
      await stateOf(el, CaptureState.Error);
      el.remove();
      await nextTask();
      expect(el.getAttribute(Attr.Error)).to.equal(ErrorKind.NotFound);
    });

    it('ended: stays ended and reconnect no longer listens', async () => {
      const simulator = simulate();
      const el = await live<MicMeter>('mic-meter', 'reconnect');
      simulator.unplug(deviceOf(el));
      await stateOf(el, CaptureState.Ended);
      el.remove();
      await nextTask();
      simulator.plugIn();
      await new Promise(resolve => setTimeout(resolve, 300));
      expect(el.state).to.equal(CaptureState.Ended);
      expect(simulator.liveCaptures().length).to.equal(0);
    });

    it('a whole subtree: every element in it stops', async () => {
      const host = await fixture<HTMLDivElement>(
        html`<div><section><camera-preview audio></camera-preview><div><mic-meter></mic-meter><mic-meter></mic-meter></div></section></div>`,
      );
      const elements = [...host.querySelectorAll<CaptureElement>('camera-preview, mic-meter')];
      for (const el of elements) await stateOf(el, CaptureState.Live);
      host.querySelector('section')!.remove();
      await nextTask();
      expect(liveTracks()).to.have.length(0);
      expect(elements.map(el => el.state)).to.deep.equal(Array(3).fill(CaptureState.Stopped));
    });
  });

  describe('the page going away', () => {
    it('pagehide stops every capture; pageshow from the back/forward cache starts them again', async () => {
      const host = await fixture<HTMLDivElement>(html`<div><camera-preview></camera-preview><mic-meter></mic-meter></div>`);
      const elements = [...host.children] as CaptureElement[];
      for (const el of elements) await stateOf(el, CaptureState.Live);
      window.dispatchEvent(new PageTransitionEvent('pagehide', { persisted: true }));
      expect(liveTracks()).to.have.length(0);
      expect(elements.map(el => el.state)).to.deep.equal([CaptureState.Stopped, CaptureState.Stopped]);
      window.dispatchEvent(new PageTransitionEvent('pageshow', { persisted: true }));
      for (const el of elements) await stateOf(el, CaptureState.Live);
    });

    it('a frozen page stops every capture; resume starts them again', async () => {
      const el = await live<MicMeter>('mic-meter');
      document.dispatchEvent(new Event('freeze'));
      expect(liveTracks()).to.have.length(0);
      expect(el.state).to.equal(CaptureState.Stopped);
      document.dispatchEvent(new Event('resume'));
      await stateOf(el, CaptureState.Live);
    });

    it('a manual stop before pagehide is not undone by pageshow', async () => {
      const el = await live<CameraPreview>('camera-preview');
      el.stop();
      window.dispatchEvent(new PageTransitionEvent('pagehide', { persisted: true }));
      window.dispatchEvent(new PageTransitionEvent('pageshow', { persisted: true }));
      await new Promise(resolve => setTimeout(resolve, 300));
      expect(el.state).to.equal(CaptureState.Stopped);
    });
  });

  it('an error event is not fired for a request that was superseded', async () => {
    const simulator = simulate();
    const el = await live<CameraPreview>('camera-preview');
    let errors = 0;
    el.addEventListener('error', () => errors++);
    simulator.outcome = 'in-use';
    el.resolution = '320x240';
    await el.updateComplete;
    el.stop();
    await new Promise(resolve => setTimeout(resolve, 300));
    expect(errors).to.equal(0);
    const event = oneEvent(el, 'statechange');
    el.start().catch(() => {});
    expect((await event).detail.state).to.equal(CaptureState.Requesting);
  });
});
