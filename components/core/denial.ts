/**
 * Why access was denied: by the person (`user`), by the operating system, which blocks the browser itself
 * (`system`), or by the permissions policy of the frame (`policy`, an iframe without `allow="camera"`). Each needs
 * other steps to fix, so the elements show other texts. Read from what each engine tells: the policy of the
 * document where it has one (Chromium), the `allow` attribute of a same-origin frame where it has none, Chromium's
 * "Permission denied by system", and a site permission that is granted although the request was refused.
 */
import { DeniedBy, ErrorKind } from './constants.js';
import { LocalMediaError } from './errors.js';

export { DeniedBy };

/** A permissions-policy feature of capture. */
export type Feature = 'camera' | 'microphone' | 'display-capture';

interface PolicyLike {
  allowsFeature(feature: string): boolean;
}

const FEATURES = { video: 'camera', audio: 'microphone', display: 'display-capture' } as const;

/** Whether the `allow` attribute of the frame `win` runs in (when the page can read it) denies a feature. */
function frameDenies(win: Window, features: Feature[]): boolean {
  let allow: string | null | undefined;
  try {
    allow = win.frameElement?.getAttribute('allow');
  } catch {
    return false; // A cross-origin frame: the page can't tell.
  }
  // Without a directive a same-origin frame gets the default allowlist, 'self': allowed.
  const directives = (allow ?? '').split(';').map(directive => directive.trim().split(/\s+/));
  return directives.some(([name, ...list]) => features.includes(name as Feature) && list.length === 1 && list[0] === "'none'");
}

async function permissionOf(win: Window, features: Feature[]): Promise<PermissionState | undefined> {
  const names = features.filter(feature => feature !== 'display-capture');
  if (names.length === 0) return undefined;
  try {
    const states = await Promise.all(names.map(name => win.navigator.permissions.query({ name: name as PermissionName })));
    return states.every(status => status.state === 'granted') ? 'granted' : 'denied';
  } catch {
    return undefined;
  }
}

/** Who denied a request for `features` that was refused with `cause` (in the window `win`, by default this one). */
export async function deniedBy(cause: unknown, features: Feature[], win: Window = globalThis.window): Promise<DeniedBy> {
  const doc = win.document as Document & { permissionsPolicy?: PolicyLike; featurePolicy?: PolicyLike };
  const policy = doc.permissionsPolicy ?? doc.featurePolicy;
  const name = (cause as { name?: unknown } | null)?.name;
  if (policy ? features.some(feature => !policy.allowsFeature(feature)) : frameDenies(win, features)) return DeniedBy.Policy;
  if (name === 'SecurityError') return DeniedBy.Policy;
  const message = (cause as { message?: unknown } | null)?.message;
  if (typeof message === 'string' && /\bby system\b/i.test(message)) return DeniedBy.System;
  // The site may use the device, yet the request was refused: the OS blocks the browser (Safari, Firefox).
  if ((await permissionOf(win, features)) === 'granted') return DeniedBy.System;
  return DeniedBy.User;
}

/** `error` with its `deniedBy`, when it is a denial of a request for `sources`. */
export async function withDeniedBy(error: LocalMediaError, sources: readonly (keyof typeof FEATURES)[]): Promise<LocalMediaError> {
  if (error.kind !== ErrorKind.Denied || error.deniedBy) return error;
  const by = await deniedBy(error.cause, sources.map(source => FEATURES[source])).catch(() => DeniedBy.User);
  return new LocalMediaError(error.kind, error.message, { cause: error.cause, deniedBy: by });
}

const userAgent = () => globalThis.navigator?.userAgent ?? '';

/**
 * The dictionary keys of the denied text for `by` in this browser and OS, the most specific first (an element's
 * dictionary may lack the specific ones: then the next one is used).
 */
export function deniedTextKeys(by: DeniedBy | undefined): string[] {
  const ua = userAgent();
  if (by === DeniedBy.Policy) return ['denied-policy', 'denied'];
  if (by === DeniedBy.System) {
    const platform = (globalThis.navigator as { userAgentData?: { platform?: string } } | undefined)?.userAgentData?.platform ?? ua;
    const os = /mac/i.test(platform) && !/iphone|ipad/i.test(ua) ? 'macos' : /win/i.test(platform) ? 'windows' : '';
    return [...(os ? [`denied-system-${os}`] : []), 'denied-system', 'denied'];
  }
  const browser = ua.includes('Firefox/') ? 'firefox' : !/Chrom|Edg/.test(ua) && ua.includes('Safari/') ? 'safari' : '';
  return [...(browser ? [`denied-${browser}`] : []), 'denied'];
}
