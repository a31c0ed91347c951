import type { DeniedBy } from './constants.js';
import type { Feature } from './denial.js';

/**
 * Who denied a request for `features` that was refused with `cause`: `user`, `system` or `policy` (see
 * core/denial.ts, a chunk loaded on first use).
 */
export async function deniedBy(cause: unknown, features: Feature[], win?: Window): Promise<DeniedBy> {
  return (await import('./denial.js')).deniedBy(cause, features, win);
}
