// Who owns a capture: an element on the page, and only while it is on the page. Properties set right after
// insertion (as @lit/react sets them, in useLayoutEffect) are read before an auto-start decides; listeners added
// right after insertion hear the first statechange; start() on an element that is not connected captures nothing.
import { expect, fixture, html } from '@open-wc/testing';
import '../../components/camera-preview/define.js';
import '../../components/mic-meter/define.js';
import type { CameraPreview } from '../../components/camera-preview/camera-preview.js';
import { CaptureState, ErrorKind, LocalMediaError } from '../../components/core/index.js';
import { nextTask, stateOf } from '../support/media.js';
import { simulate } from '../support/simulator.js';

async function container(): Promise<HTMLDivElement> {
  return fixture<HTMLDivElement>(html`<div></div>`);
}

/** The rejection of `promise`, or a failure if it resolves. */
async function rejectionOf(promise: Promise<unknown>): Promise<unknown> {
  return promise.then(
    () => expect.fail('start() resolved'),
    (error: unknown) => error,
  );
}

function expectNotConnected(error: unknown): void {
  expect(error).to.be.instanceOf(LocalMediaError);
  expect((error as LocalMediaError).kind).to.equal(ErrorKind.Aborted);
  expect((error as LocalMediaError).message).to.match(/not connected/);
}

describe('capture ownership', () => {
  it('manual set right after insertion keeps the camera off (as @lit/react sets props in useLayoutEffect)', async () => {
    const simulator = simulate();
    const host = await container();
    const el = document.createElement('camera-preview');
    host.append(el);
    el.manual = true;
    await el.updateComplete;
    await nextTask();
    expect(el.state).to.equal(CaptureState.Idle);
    expect(simulator.requests, 'getUserMedia calls').to.equal(0);
    await el.start();
    expect(simulator.requests, 'getUserMedia calls after start()').to.equal(1);
  });

  it('a listener added right after insertion hears the first statechange', async () => {
    simulate();
    const host = await container();
    const el = document.createElement('camera-preview');
    host.append(el);
    const seen: string[] = [];
    el.addEventListener('statechange', event => seen.push(`${event.detail.previous}->${event.detail.state}`));
    expect(el.getAttribute('state'), 'nothing asked for yet, in the task of the insertion').to.equal(CaptureState.Idle);
    await stateOf(el, CaptureState.Live);
    expect(seen).to.deep.equal(['idle->requesting', 'requesting->live']);
  });

  it('start() on an element that was never connected rejects (aborted) and captures nothing', async () => {
    const simulator = simulate();
    const el = document.createElement('camera-preview');
    expectNotConnected(await rejectionOf(el.start()));
    await nextTask();
    expect(el.state).to.equal(CaptureState.Idle);
    expect(simulator.requests).to.equal(0);
  });

  it('start() from a statechange listener after removal rejects (aborted) and captures nothing', async () => {
    const simulator = simulate();
    const host = await container();
    const el = document.createElement('mic-meter');
    host.append(el);
    await stateOf(el, CaptureState.Live);
    const requests = simulator.requests;
    let rejected: Promise<unknown> | undefined;
    el.addEventListener('statechange', event => {
      if (event.detail.state === CaptureState.Stopped) rejected = rejectionOf(el.start());
    });
    el.remove();
    await nextTask();
    expect(rejected, 'a statechange to stopped').to.not.equal(undefined);
    expectNotConnected(await rejected);
    await nextTask();
    expect(simulator.requests - requests).to.equal(0);
    expect(simulator.liveCaptures()).to.deep.equal([]);
    expect(el.state).to.equal(CaptureState.Stopped);
  });

  it('start() in the task of the removal rejects (aborted) and captures nothing', async () => {
    const simulator = simulate();
    const host = await container();
    const el = document.createElement('camera-preview') as CameraPreview;
    el.manual = true;
    host.append(el);
    await el.updateComplete;
    el.remove();
    expectNotConnected(await rejectionOf(el.start()));
    await nextTask();
    expect(simulator.requests).to.equal(0);
    expect(el.state).to.equal(CaptureState.Idle);
  });

  it('a DOM move (removed and inserted in one task) is still connected: start() works', async () => {
    simulate();
    const host = await container();
    const el = document.createElement('camera-preview');
    el.manual = true;
    host.append(el);
    await el.updateComplete;
    const other = document.createElement('div');
    host.append(other);
    other.append(el);
    await el.start();
    expect(el.state).to.equal(CaptureState.Live);
  });
});
