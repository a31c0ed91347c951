// The browser itself refuses capture here (see permission-denied.test.ts): the kit reads that as the person's
// refusal, `denied-by="user"`, not the OS's or the frame's policy.
import { expect, fixture, html } from '@open-wc/testing';
import '../../components/camera-preview/define.js';
import type { CameraPreview } from '../../components/camera-preview/camera-preview.js';
import { Attr, CaptureState, DeniedBy, ErrorKind, getLocalMedia, LocalMediaError } from '../../components/core/index.js';
import { liveTracks, stateOf } from '../support/media.js';
import { CANNOT_DENY, isWebKit, skipBecause } from '../support/browser.js';

before(async function () {
  if (isWebKit) await skipBecause(this, CANNOT_DENY);
});

describe('a denial by the browser', () => {
  it('getLocalMedia rejects with deniedBy "user"', async () => {
    const error = await getLocalMedia({ audio: true }).then(
      () => undefined,
      (e: unknown) => e,
    );
    expect(error).to.be.instanceOf(LocalMediaError);
    expect((error as LocalMediaError).kind).to.equal(ErrorKind.Denied);
    expect((error as LocalMediaError).deniedBy).to.equal(DeniedBy.User);
  });

  it('<camera-preview> reflects denied-by="user"', async () => {
    const el = await fixture<CameraPreview>(html`<camera-preview></camera-preview>`);
    await stateOf(el, CaptureState.Error);
    expect(el.getAttribute(Attr.DeniedBy)).to.equal(DeniedBy.User);
    expect(liveTracks()).to.have.length(0);
  });
});
