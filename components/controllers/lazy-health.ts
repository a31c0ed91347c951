import { HEALTHY, type Health } from '../core/health-threshold.js';
import { lazy } from '../core/lazy.js';
import type { HealthController, HealthHost } from './health-controller.js';

const checksModule = lazy(() => import('./health-controller.js'));

/**
 * The health checks of a capture element (controllers/health-controller.ts, `watchHealth`, with the same arguments),
 * loaded with its first stream: an element that never goes live never downloads them, and no signal can be
 * concluded before a stream has run for seconds, so the load changes nothing a person sees.
 */
export function watchHealthOnDemand(
  host: HealthHost,
  checks: { audio: boolean; video: boolean },
  onChange: (health: Health) => void,
  video?: () => HTMLVideoElement | null,
): Pick<HealthController, 'health' | 'setStream'> {
  let controller: HealthController | undefined;
  let stream: MediaStream | null = null;
  return {
    get health() {
      return controller?.health ?? HEALTHY;
    },
    setStream(next) {
      stream = next;
      if (controller) return controller.setStream(next);
      if (!next) return;
      checksModule.load().then(({ watchHealth }) => {
        controller ??= watchHealth(host, checks, onChange, video);
        controller.setStream(stream);
      }, () => {});
    },
  };
}
