/**
 * The browser's own capture controls (`<camera>`, `<microphone>`, `<usermedia>`) as the kit shows them, for tests in
 * Chromium: each is the browser's real element, made through the kit's factory seam only to note when it was made,
 * so that a test can wait until the browser takes clicks on it (it ignores them for 500 ms after it is attached,
 * the spec's blocker delay, and says so with `validationstatuschange` when that ends).
 */
import { setBrowserControlFactory, type BrowserControlTag } from '../../components/core/browser-control-support.js';
import { clickOn } from './browser.js';
import { until } from './media.js';

/** The spec's blocker delay: a control takes no click for this long after it is attached. */
const BLOCKER_DELAY_MS = 500;
const made = new WeakMap<Element, number>();
const lastChange = new WeakMap<Element, number>();

/** Makes the kit's controls the browser's own elements, noting when each was made, until the test ends. */
export function watchBrowserControls(): void {
  setBrowserControlFactory((tag: BrowserControlTag) => {
    const control = document.createElement(tag);
    made.set(control, performance.now());
    control.addEventListener('validationstatuschange', () => lastChange.set(control, performance.now()));
    return control;
  });
  afterEach(() => setBrowserControlFactory(undefined));
}

/** The browser's control in `host`'s shadow root, once shown. */
export async function browserControlOf(host: Element): Promise<HTMLElement> {
  await until(() => !!host.shadowRoot?.querySelector('[part~=browser-control]'), `<${host.localName}> shows the browser's control`);
  return host.shadowRoot!.querySelector<HTMLElement>('[part~=browser-control]')!;
}

/** Resolves once the control takes clicks: at the status change that ends its blocker delay. */
export async function clickable(control: Element): Promise<void> {
  const settled = () => (lastChange.get(control) ?? 0) - (made.get(control) ?? Infinity) >= BLOCKER_DELAY_MS;
  if (settled()) return;
  await new Promise<void>(resolve => {
    const check = () => settled() && (control.removeEventListener('validationstatuschange', check), resolve());
    control.addEventListener('validationstatuschange', check);
  });
}

/** A person's click on the control, once it takes one. */
export async function clickControl(control: Element): Promise<void> {
  await clickable(control);
  await clickOn(control);
}
