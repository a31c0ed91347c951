/**
 * What the effect stories share: the assets (Storybook serves components/core/effects/assets/ at /effects/, see
 * .storybook/main.ts; a bundled app says where it serves them the same way, README Effects) and a background image.
 */
import { setEffectAssets } from '../../components/core/effects/assets-url.js';

setEffectAssets('effects/');

/** A background drawn here (a sky and a floor), so the stories need no file: any image URL works the same. */
export function room(): string {
  const canvas = Object.assign(document.createElement('canvas'), { width: 320, height: 180 });
  const context = canvas.getContext('2d')!;
  const sky = context.createLinearGradient(0, 0, 0, 180);
  sky.addColorStop(0, '#6fa8dc');
  sky.addColorStop(1, '#cfe2f3');
  context.fillStyle = sky;
  context.fillRect(0, 0, 320, 180);
  context.fillStyle = '#8e7cc3';
  context.fillRect(0, 130, 320, 50);
  return canvas.toDataURL('image/png');
}
