import { waitBeforeUpdate } from '../base/kit-element.js';
import { lazy } from '../core/lazy.js';
import type { EffectController, EffectHost } from './effect-controller.js';

const controllerModule = lazy(() => import('./effect-controller.js'));

/** What `<camera-preview>` reads of its effects. */
export type Effects = Pick<EffectController, 'state' | 'stream' | 'cameraVideo' | 'sync' | 'followCamera'>;

/**
 * `<camera-preview>`'s effects (controllers/effect-controller.ts, which loads the effects themselves in turn), loaded
 * the first time an `effect` or a `processor` is set: an element that never has one never downloads them. The host's
 * updates wait for the controller while it loads, so the first update with an effect already runs it.
 */
export function effectsOnDemand(host: EffectHost): Effects {
  let controller: EffectController | undefined;
  const wanted = () => !!host.processor || (!!host.effect && host.effect !== 'none');
  waitBeforeUpdate(host, () => {
    if (controller || !wanted()) return undefined;
    return controllerModule.load().then(
      ({ EffectController }) => void (controller ??= new EffectController(host)),
      error => console.warn(`<${host.localName}>: the effects could not load (${String(error)}).`, host),
    );
  });
  return {
    get state() {
      return controller?.state;
    },
    get stream() {
      return controller?.stream ?? null;
    },
    get cameraVideo() {
      return controller?.cameraVideo ?? null;
    },
    sync: () => controller?.sync(),
    followCamera: () => controller?.followCamera(),
  };
}
