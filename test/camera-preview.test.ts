import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import '../components/camera-preview/define.js';
import type { CameraPreview } from '../components/camera-preview/camera-preview.js';
import { Attr, CaptureState, ErrorKind, LocalMediaError } from '../components/core/index.js';
import { isChromium, isWebKit, near, pixelAt, skipBecause, WEBKIT_BLANK_DRAWS } from './support/browser.js';
import { browserException, captureWarnings, KINDS_BY_EXCEPTION, liveTracks, pictureShown, spyGetUserMedia, stateOf, until } from './support/media.js';
import { simulate } from './support/simulator.js';

const RED = [255, 0, 0];
const BLUE = [0, 0, 255];

async function livePreview(template = html`<camera-preview></camera-preview>`): Promise<CameraPreview> {
  const el = await fixture<CameraPreview>(template);
  await stateOf(el, CaptureState.Live);
  return el;
}

describe('<camera-preview>', () => {
  describe('going live', () => {
    it('requests the camera once connected and updated, and reflects requesting, then live', async () => {
      const seen: string[] = [];
      const el = document.createElement('camera-preview');
      el.addEventListener('statechange', e => seen.push(`${e.detail.previous}->${e.detail.state}`));
      document.body.append(el);
      expect(el.getAttribute(Attr.State)).to.equal(CaptureState.Idle);
      await el.updateComplete;
      expect(el.getAttribute(Attr.State)).to.equal(CaptureState.Requesting);
      await stateOf(el, CaptureState.Live);
      expect(seen).to.deep.equal(['idle->requesting', 'requesting->live']);
      expect(el.stream!.getVideoTracks()[0]!.readyState).to.equal('live');
      expect(el.hasAttribute(Attr.Error)).to.equal(false);
      if ('CustomStateSet' in window) expect(el.matches(':state(live)')).to.equal(true);
      el.remove();
    });

    it('shows real frames: the video has a size and a snapshot has the camera picture', async function () {
      const el = await livePreview();
      const video = el.shadowRoot!.querySelector('video')!;
      await until(() => video.videoWidth > 0, 'a decoded frame');
      expect(video.muted).to.equal(true);
      expect(video.hasAttribute('playsinline')).to.equal(true);
      if (isWebKit) {
        expect((await el.snapshot({ mirror: false })).type).to.equal('image/png');
        return skipBecause(this, WEBKIT_BLANK_DRAWS);
      }
      // The still must have the picture once the video shows it.
      await pictureShown(el);
      const blob = await el.snapshot({ mirror: false });
      expect(blob.type).to.equal('image/png');
      const left = await pixelAt(blob, 20, 240);
      if (isChromium) {
        // The generated fixture: red left half, blue right half.
        expect(near(left, RED), `left pixel ${left}`).to.equal(true);
        expect(near(await pixelAt(blob, 620, 240), BLUE)).to.equal(true);
      } else {
        expect(left.slice(0, 3).some(channel => channel > 50), `pixel ${left}`).to.equal(true);
      }
    });

    it('takes the camera aspect ratio so the layout does not jump', async () => {
      const el = await livePreview(html`<camera-preview style="width: 320px"></camera-preview>`);
      const frame = el.shadowRoot!.querySelector('[part=frame]')!;
      const video = el.shadowRoot!.querySelector('video')!;
      await until(() => video.videoWidth > 0, 'a decoded frame');
      await el.updateComplete;
      const { width, height } = frame.getBoundingClientRect();
      expect(height).to.be.closeTo((width * video.videoHeight) / video.videoWidth, 1);
    });

    it('keeps playing across re-renders: the video does not load its stream again', async () => {
      const el = await livePreview();
      const video = el.shadowRoot!.querySelector('video')!;
      await until(() => video.videoWidth > 0, 'a decoded frame');
      let loads = 0;
      video.addEventListener('loadstart', () => loads++);
      for (const mirror of ['on', 'off', 'auto'] as const) {
        el.mirror = mirror;
        await el.updateComplete;
      }
      await new Promise(resolve => setTimeout(resolve, 200));
      expect(video.srcObject).to.equal(el.stream);
      expect(loads).to.equal(0);
    });

    it('does not start when manual, and start() goes live', async () => {
      const el = await fixture<CameraPreview>(html`<camera-preview manual></camera-preview>`);
      await new Promise(resolve => setTimeout(resolve, 100));
      expect(el.state).to.equal(CaptureState.Idle);
      expect(el.getAttribute(Attr.State)).to.equal(CaptureState.Idle);
      expect(el.stream).to.equal(null);
      await el.start();
      expect(el.state).to.equal(CaptureState.Live);
    });

    it('captures the microphone too with audio, while the preview stays silent', async () => {
      const el = await livePreview(html`<camera-preview audio></camera-preview>`);
      expect(el.stream!.getAudioTracks()).to.have.length(1);
      expect(el.shadowRoot!.querySelector('video')!.muted).to.equal(true);
    });
  });

  describe('mirroring', () => {
    it('mirrors by default (auto) unless the camera faces the environment', async () => {
      const el = await livePreview();
      const facing = el.stream!.getVideoTracks()[0]!.getSettings().facingMode;
      expect(el.mirrored).to.equal(facing !== 'environment');
      expect(el.hasAttribute(Attr.Mirrored)).to.equal(el.mirrored);
      const transform = getComputedStyle(el.shadowRoot!.querySelector('video')!).transform;
      expect(transform !== 'none').to.equal(el.mirrored);
    });

    it('mirror="on" flips the picture and the default snapshot; mirror="off" does not', async () => {
      const el = await livePreview(html`<camera-preview mirror="on"></camera-preview>`);
      expect(el.hasAttribute(Attr.Mirrored)).to.equal(true);
      if (isChromium) await pictureShown(el);
      const mirroredShot = await el.snapshot();
      el.mirror = 'off';
      await el.updateComplete;
      expect(el.hasAttribute(Attr.Mirrored)).to.equal(false);
      expect(getComputedStyle(el.shadowRoot!.querySelector('video')!).transform).to.equal('none');
      if (isChromium) {
        expect(near(await pixelAt(mirroredShot, 20, 240), BLUE)).to.equal(true);
        expect(near(await pixelAt(await el.snapshot(), 20, 240), RED)).to.equal(true);
      }
    });
  });

  describe('snapshot()', () => {
    it('rejects with InvalidStateError unless live', async () => {
      const el = await fixture<CameraPreview>(html`<camera-preview manual></camera-preview>`);
      const error = await el.snapshot().catch((e: unknown) => e as DOMException);
      expect(error).to.be.instanceOf(DOMException);
      expect((error as DOMException).name).to.equal('InvalidStateError');
    });

    it('encodes other image types', async () => {
      const el = await livePreview();
      const blob = await el.snapshot({ type: 'image/jpeg', quality: 0.8 });
      expect(blob.type).to.equal('image/jpeg');
      expect(blob.size).to.be.greaterThan(0);
    });
  });

  describe('constraints', () => {
    it('asks for resolution, frame rate and facing mode as ideals, with constraints merged last', async () => {
      const { calls } = spyGetUserMedia();
      const el = document.createElement('camera-preview');
      el.setAttribute('resolution', '720p');
      el.setAttribute('frame-rate', '24');
      el.setAttribute('facing-mode', 'user');
      el.constraints = { frameRate: { max: 15 } };
      document.body.append(el);
      await stateOf(el, CaptureState.Live);
      expect(calls[0]).to.deep.equal({
        video: { facingMode: { ideal: 'user' }, width: { ideal: 1280 }, height: { ideal: 720 }, frameRate: { max: 15 } },
        audio: false,
      });
      el.remove();
    });

    it('uses properties set in the same task as the connect', async () => {
      const { calls } = spyGetUserMedia();
      const el = document.createElement('camera-preview');
      document.body.append(el);
      el.resolution = '320x240';
      await stateOf(el, CaptureState.Live);
      expect(calls).to.have.length(1);
      expect((calls[0]!.video as MediaTrackConstraints).width).to.deep.equal({ ideal: 320 });
      el.remove();
    });

    it('parses WIDTHxHEIGHT', async () => {
      const { calls } = spyGetUserMedia();
      await livePreview(html`<camera-preview resolution="320x240"></camera-preview>`);
      expect((calls[0]!.video as MediaTrackConstraints).width).to.deep.equal({ ideal: 320 });
    });
  });

  describe('bad attribute values', () => {
    const fallbacks: [string, string][] = [
      ['resolution', 'huge'],
      ['facing-mode', 'sideways'],
      ['frame-rate', '-3'],
      ['mirror', 'sideways'],
    ];
    for (const [attribute, value] of fallbacks) {
      it(`${attribute}="${value}" warns naming the attribute and falls back`, async () => {
        const warnings = captureWarnings();
        const { calls } = spyGetUserMedia();
        const el = await fixture<CameraPreview>(html`<camera-preview></camera-preview>`);
        el.setAttribute(attribute, value);
        await stateOf(el, CaptureState.Live);
        await el.updateComplete;
        expect(warnings.some(w => w.includes(`${attribute}="${value}"`)), warnings.join('\n')).to.equal(true);
        const video = calls.at(-1)!.video as MediaTrackConstraints;
        expect(Object.keys(video)).to.not.include.members(['width', 'facingMode', 'frameRate']);
        expect(el.state).to.equal(CaptureState.Live);
      });
    }

    it('a device-id that does not exist gives state="error" error="overconstrained" and a warning', async () => {
      const warnings = captureWarnings();
      const el = await fixture<CameraPreview>(html`<camera-preview device-id="no-such-camera"></camera-preview>`);
      await stateOf(el, CaptureState.Error);
      expect(el.getAttribute(Attr.Error)).to.equal(ErrorKind.Overconstrained);
      expect(warnings.some(w => w.includes('device-id="no-such-camera"')), warnings.join('\n')).to.equal(true);
      expect(liveTracks()).to.have.length(0);
    });
  });

  describe('errors', () => {
    for (const [name, kind] of KINDS_BY_EXCEPTION) {
      it(`${name} gives state="error" error="${kind}", an error event, a message and a rejected start()`, async () => {
        simulate({ outcome: browserException(name) });
        const el = await fixture<CameraPreview>(html`<camera-preview manual></camera-preview>`);
        const changes: CustomEvent[] = [];
        el.addEventListener('statechange', e => changes.push(e));
        const event = oneEvent(el, 'error');
        const rejection = await el.start().catch((e: unknown) => e);
        const { detail } = await event;
        expect(detail).to.be.instanceOf(LocalMediaError);
        expect(detail.kind).to.equal(kind);
        expect(rejection).to.equal(detail);
        expect(el.getAttribute(Attr.State)).to.equal(CaptureState.Error);
        expect(el.getAttribute(Attr.Error)).to.equal(kind);
        expect(el.error).to.equal(kind);
        expect(changes.at(-1)!.detail).to.deep.include({ state: CaptureState.Error, error: detail });
        await el.updateComplete;
        expect(el.shadowRoot!.querySelector('[part=message]')!.textContent!.trim()).to.not.equal('');
      });
    }

    it('start() after an error tries again and clears the error', async () => {
      const simulator = simulate({ outcome: 'in-use' });
      const el = await fixture<CameraPreview>(html`<camera-preview></camera-preview>`);
      await stateOf(el, CaptureState.Error);
      simulator.outcome = 'live';
      await el.start();
      expect(el.state).to.equal(CaptureState.Live);
      expect(el.hasAttribute(Attr.Error)).to.equal(false);
    });

    it('shows slotted error content instead of the default message', async () => {
      simulate({ outcome: 'denied' });
      const el = await fixture<CameraPreview>(html`<camera-preview><p slot="error">Please allow the camera</p></camera-preview>`);
      await stateOf(el, CaptureState.Error);
      await el.updateComplete;
      const slot = el.shadowRoot!.querySelector<HTMLSlotElement>('slot[name=error]')!;
      expect(slot.assignedElements()[0]!.textContent).to.equal('Please allow the camera');
    });
  });

  describe('switchCamera()', () => {
    it('asks for the other facing mode, ends the old tracks and resolves once live', async () => {
      const { calls } = spyGetUserMedia();
      const el = await livePreview(html`<camera-preview facing-mode="user"></camera-preview>`);
      const old = el.stream!.getVideoTracks()[0]!;
      // Firefox's fake camera says it faces the environment whatever was asked.
      const other = old.getSettings().facingMode === 'environment' ? 'user' : 'environment';
      await el.switchCamera();
      expect(el.facingMode).to.equal(other);
      expect((calls.at(-1)!.video as MediaTrackConstraints).facingMode).to.deep.equal({ ideal: other });
      expect(old.readyState).to.equal('ended');
      expect(el.state).to.equal(CaptureState.Live);
      expect(el.stream!.getVideoTracks()[0]!.readyState).to.equal('live');
    });
  });
});
