/**
 * Whether the browser's capability element can't be used where it is, for a reason that lasts while nothing
 * changes: something covers it, the element around it clips it, or its style breaks the browser's rules (PEPC,
 * "ActivationBlockersMixin": a font size between `small` and `xx-large`, a contrast of at least 3 between an opaque
 * color and background). Passing reasons (just attached, just moved) and a control merely scrolled out of view
 * don't count: they clear by themselves.
 */

/** A lasting reason, named as the spec's `invalidReason` names it. */
export type Blocker = 'intersection_occluded_or_distorted' | 'intersection_out_of_viewport_or_clipped' | 'style_invalid' | (string & {});

const PASSING = new Set(['', 'recently_attached', 'intersection_changed']);
const CLIPPED = 'intersection_out_of_viewport_or_clipped';

/** What each lasting reason means, for the warning. */
export const BLOCKER_TEXT: Record<string, string> = {
  intersection_occluded_or_distorted: 'something covers it (or an opacity, filter or transform distorts it)',
  [CLIPPED]: 'the element clips it: it is too small for the control',
  style_invalid: 'its style breaks the browser’s rules (font size between small and xx-large, enough contrast)',
};

/**
 * The lasting reason why `control` (inside `host`) can't be used, if any. Reads the spec's `isValid` and
 * `invalidReason` where the browser exposes them; Chromium 156 only fires `validationstatuschange`, so there the
 * same conditions are checked here.
 */
export async function lastingBlocker(control: HTMLElement, host: HTMLElement): Promise<Blocker | undefined> {
  if (!control.isConnected) return undefined;
  const exposed = control as HTMLElement & { isValid?: unknown; invalidReason?: unknown };
  if (typeof exposed.isValid === 'boolean') {
    const reason = exposed.isValid ? '' : String(exposed.invalidReason ?? '');
    if (reason === CLIPPED) return clippedBy(control, host) ? reason : undefined;
    return PASSING.has(reason) ? undefined : reason;
  }
  if (styleInvalid(control)) return 'style_invalid';
  if (clippedBy(control, host)) return CLIPPED;
  if (await occluded(control)) return 'intersection_occluded_or_distorted';
  return undefined;
}

/** The control reaches beyond the host, which clips it (a preview smaller than its control). */
function clippedBy(control: HTMLElement, host: HTMLElement): boolean {
  const inner = control.getBoundingClientRect();
  const outer = host.getBoundingClientRect();
  if (inner.width === 0 || inner.height === 0) return false;
  const slack = 0.5;
  return inner.left < outer.left - slack || inner.top < outer.top - slack || inner.right > outer.right + slack || inner.bottom > outer.bottom + slack;
}

/** The computed size of a font-size keyword on this page. */
function keywordSize(keyword: string): number {
  const probe = document.createElement('span');
  probe.style.fontSize = keyword;
  document.documentElement.append(probe);
  const size = parseFloat(getComputedStyle(probe).fontSize);
  probe.remove();
  return size;
}

const channels = (color: string) => (color.match(/[\d.]+/g) ?? []).map(Number);

function luminance([r = 0, g = 0, b = 0]: number[]): number {
  const linear = (value: number) => {
    const c = value / 255;
    return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * linear(r) + 0.7152 * linear(g) + 0.0722 * linear(b);
}

function styleInvalid(control: HTMLElement): boolean {
  const style = getComputedStyle(control);
  const size = parseFloat(style.fontSize);
  if (size < keywordSize('small') - 0.01 || size > keywordSize('xx-large') + 0.01) return true;
  const color = channels(style.color);
  const background = channels(style.backgroundColor);
  // Only rgb()/rgba() are read; another color space is left to the browser.
  if (!/^rgba?\(/.test(style.color) || !/^rgba?\(/.test(style.backgroundColor)) return false;
  if ((color[3] ?? 1) < 1 || (background[3] ?? 1) < 1) return true;
  const [light, dark] = [luminance(color), luminance(background)].sort((a, b) => b - a) as [number, number];
  return (light + 0.05) / (dark + 0.05) < 3;
}

/** Whether the control is fully in the viewport yet not visible (IntersectionObserver v2), as the spec judges it. */
function occluded(control: HTMLElement): Promise<boolean> {
  if (typeof IntersectionObserverEntry === 'undefined' || !('isVisible' in IntersectionObserverEntry.prototype)) return Promise.resolve(false);
  return new Promise(resolve => {
    const init = { trackVisibility: true, delay: 100 } as IntersectionObserverInit;
    const observer = new IntersectionObserver(entries => {
      observer.disconnect();
      const entry = entries[entries.length - 1] as IntersectionObserverEntry & { isVisible?: boolean };
      resolve(entry.intersectionRatio >= 1 && entry.isVisible === false);
    }, init);
    observer.observe(control);
  });
}
