import { expect, fixture, html } from '@open-wc/testing';
import '../components/camera-preview/define.js';
import type { CameraPreview } from '../components/camera-preview/camera-preview.js';
import { stateOf } from './support/media.js';

describe('smoke', () => {
  it('goes live', async () => {
    const el = await fixture<CameraPreview>(html`<camera-preview></camera-preview>`);
    await stateOf(el, 'live');
    const blob = await el.snapshot({ mirror: false });
    const bitmap = await createImageBitmap(blob);
    const c = new OffscreenCanvas(bitmap.width, bitmap.height).getContext('2d')!;
    c.drawImage(bitmap, 0, 0);
    console.log('size', bitmap.width, bitmap.height, [...c.getImageData(10, 10, 1, 1).data], [...c.getImageData(bitmap.width - 10, 10, 1, 1).data], navigator.userAgent);
    expect(bitmap.width).to.be.greaterThan(0);
  });
});
