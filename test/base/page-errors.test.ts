// What the page's own code throws while an element calls it (its update, a `constraints` getter) is the page's
// error: it reaches reportError (the window's `error` event and the console) with its own message, and no capture
// failure is made of it. Only what the capture request throws becomes a LocalMediaError.
import { expect, fixture, html } from '@open-wc/testing';
import type { PropertyValues } from 'lit';
import '../../components/camera-preview/define.js';
import { CameraPreview } from '../../components/camera-preview/camera-preview.js';
import { CaptureState } from '../../components/core/index.js';
import { nextTask } from '../support/media.js';
import { simulate } from '../support/simulator.js';

let reported: unknown[] = [];
const originalReportError = window.reportError;

beforeEach(() => {
  reported = [];
  window.reportError = error => void reported.push(error);
});

afterEach(() => {
  window.reportError = originalReportError;
});

/** Fails its first update, as an element with a bug in the page's subclass would. */
class FailingPreview extends CameraPreview {
  static readonly failure = new Error("the page's own update failed");
  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (!this.hasUpdated) throw FailingPreview.failure;
  }
}
customElements.define('failing-preview', FailingPreview);

describe('errors of the page', () => {
  it("a constraints getter that throws: start() rejects with that error, reported as it is, and nothing is asked for", async () => {
    const simulator = simulate();
    const el = await fixture<CameraPreview>(html`<camera-preview manual></camera-preview>`);
    const thrown = new TypeError("the page's constraints getter failed");
    Object.defineProperty(el, 'constraints', {
      get() {
        throw thrown;
      },
    });
    const error = await el.start().then(() => undefined, (rejection: unknown) => rejection);
    expect(error).to.equal(thrown);
    expect(reported).to.deep.equal([thrown]);
    expect(el.state).to.equal(CaptureState.Idle);
    expect(el.hasAttribute('error')).to.equal(false);
    expect(simulator.requests).to.equal(0);
  });

  it("a failing update of the element is reported as it is, and starts nothing", async () => {
    const simulator = simulate();
    const host = await fixture<HTMLDivElement>(html`<div></div>`);
    const el = document.createElement('failing-preview') as FailingPreview;
    host.append(el);
    await el.updateComplete.catch(() => {});
    await nextTask();
    expect(reported).to.deep.equal([FailingPreview.failure]);
    expect(el.state).to.equal(CaptureState.Idle);
    expect(el.hasAttribute('error')).to.equal(false);
    expect(simulator.requests).to.equal(0);
  });
});
