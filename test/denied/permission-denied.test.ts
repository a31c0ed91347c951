// Runs in browsers set to refuse capture (Chromium: --use-fake-ui-for-media-stream=deny; Firefox:
// permissions.default.camera/microphone = 2), so the denial is the browser's own, not a stub. WebKit grants its mock
// devices without a prompt and has no WebDriver way to deny one: there every test here is skipped, saying so (the
// stubbed denials of the main suite, e.g. test/faults.test.ts, run in WebKit too).
import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import '../../components/camera-preview/define.js';
import type { CameraPreview } from '../../components/camera-preview/camera-preview.js';
import '../../components/mic-meter/define.js';
import type { MicMeter } from '../../components/mic-meter/mic-meter.js';
import { ErrorKind, getLocalMedia, LocalMediaError } from '../../components/core/index.js';
import { liveTracks, stateOf, until } from '../support/media.js';
import { CANNOT_DENY, isWebKit, skipBecause } from '../support/browser.js';

before(async function () {
  if (isWebKit) await skipBecause(this, CANNOT_DENY);
});

describe('when the browser denies capture', () => {
  it('getLocalMedia rejects with kind "denied" and keeps the NotAllowedError as cause', async () => {
    const error = await getLocalMedia({ video: true }).then(
      () => undefined,
      (e: unknown) => e,
    );
    expect(error).to.be.instanceOf(LocalMediaError);
    expect((error as LocalMediaError).kind).to.equal(ErrorKind.Denied);
    expect(((error as LocalMediaError).cause as DOMException).name).to.equal('NotAllowedError');
  });

  it('<camera-preview> shows state="error" error="denied" and fires error', async () => {
    const el = await fixture<CameraPreview>(html`<camera-preview manual></camera-preview>`);
    const errorEvent = oneEvent(el, 'error');
    el.start().catch(() => {});
    const { detail } = await errorEvent;
    expect(detail.kind).to.equal(ErrorKind.Denied);
    await stateOf(el, 'error');
    expect(el.getAttribute('error')).to.equal('denied');
    expect(el.shadowRoot!.textContent).to.contain('blocked');
    expect(liveTracks()).to.have.length(0);
  });
});

describe('permission after a denial', () => {
  it('<mic-meter> reflects the denial and the Permissions API answer', async () => {
    const el = await fixture<MicMeter>(html`<mic-meter></mic-meter>`);
    await stateOf(el, 'error');
    expect(el.getAttribute('error')).to.equal(ErrorKind.Denied);
    const answer = await navigator.permissions.query({ name: 'microphone' as PermissionName }).then(
      status => status.state,
      () => null,
    );
    await until(() => el.getAttribute('permission') === answer, `permission="${answer}"`);
  });
});
