// Chromium set to refuse capture (--use-fake-ui-for-media-stream=deny) refuses the screen too: the denial is the
// browser's own. Headless Firefox has nothing to share whatever its prefs (see test/screen-preview.test.ts).
import { expect, fixture, html } from '@open-wc/testing';
import '../../components/screen-preview/define.js';
import type { ScreenPreview } from '../../components/screen-preview/screen-preview.js';
import { Attr, CaptureState, ErrorKind } from '../../components/core/index.js';
import { CANNOT_DENY, clickOn, isFirefox, isWebKit, skipBecause } from '../support/browser.js';
import { stateOf } from '../support/media.js';

describe('<screen-preview> when the browser denies capture', () => {
  before(async function () {
    if (isWebKit) await skipBecause(this, CANNOT_DENY);
    if (isFirefox) await skipBecause(this, 'headless Firefox has no screen to share (NotFoundError), whatever its permission prefs');
  });

  it('shows error="denied" after the click, with the NotAllowedError as cause, and offers to try again', async () => {
    const el = await fixture<ScreenPreview>(html`<screen-preview></screen-preview>`);
    await clickOn(el.shadowRoot!.querySelector('[part~="start-button"]')!);
    await stateOf(el, CaptureState.Error);
    expect(el.getAttribute(Attr.Error)).to.equal(ErrorKind.Denied);
    expect((el.lastError!.cause as DOMException).name).to.equal('NotAllowedError');
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('[part~="start-button"]')!.textContent).to.equal('Try again');
  });
});
