// The capture session on its own, without Lit or an element: what a framework-free page (or another framework's
// adapter) gets from components/core.
import { expect } from '@open-wc/testing';
import { CaptureSession, type CaptureChange, type CaptureSessionOptions } from '../../components/core/capture-session.js';
import { CaptureState, ErrorKind } from '../../components/core/constants.js';
import { LocalMediaError } from '../../components/core/errors.js';
import { installMediaSimulator, type MediaSimulator } from '../../components/testing/index.js';
import { nextTask, until } from '../support/media.js';

let simulator: MediaSimulator;
const sessions: CaptureSession[] = [];

beforeEach(() => {
  simulator = installMediaSimulator({ cameras: [{ deviceId: 'front' }, { deviceId: 'back', label: 'Back camera' }] });
});

afterEach(async () => {
  for (const session of sessions.splice(0)) session.disconnect();
  await nextTask();
  const live = simulator.liveCaptures().length;
  simulator.uninstall();
  expect(live, 'simulated devices left capturing').to.equal(0);
});

function session(options: Partial<CaptureSessionOptions> & { constraints: () => MediaStreamConstraints }): CaptureSession {
  const created = new CaptureSession({ permissions: () => ['camera'], autoStart: () => true, ...options });
  sessions.push(created);
  return created;
}

const live = (s: CaptureSession) => until(() => s.state === CaptureState.Live, `live (is ${s.state})`);

describe('CaptureSession', () => {
  it('connects, goes live and tells each change once, in order', async () => {
    const changes: string[] = [];
    const s = session({ constraints: () => ({ video: true }) });
    s.addEventListener('change', ({ detail }) => changes.push(detail.what === 'state' ? `state:${detail.state}` : detail.what));
    s.connect();
    await live(s);
    expect(changes.filter(what => what !== 'permission')).to.deep.equal(['state:requesting', 'stream', 'state:live']);
    expect(s.stream!.getVideoTracks()[0]!.label).to.equal('Simulated camera');
  });

  it('restarts when the constraints themselves change, not when the same constraints come as a new object', async () => {
    let constraints: MediaStreamConstraints = { video: { deviceId: { exact: 'front' } } };
    const s = session({ constraints: () => constraints });
    s.connect();
    await live(s);
    const requests = simulator.requests;
    const stream = s.stream;
    constraints = { video: { deviceId: { exact: 'front' } } };
    s.update();
    await s.latest;
    expect(simulator.requests).to.equal(requests);
    expect(s.stream).to.equal(stream);
    constraints = { video: { deviceId: { exact: 'back' } } };
    s.update();
    await s.latest;
    expect(simulator.requests).to.equal(requests + 1);
    expect(s.stream!.getVideoTracks()[0]!.label).to.equal('Back camera');
    expect(simulator.liveCaptures().map(capture => capture.deviceId)).to.deep.equal(['back']);
  });

  it('a disconnect and connect in the same task (a DOM move) keeps the stream', async () => {
    const s = session({ constraints: () => ({ video: true }) });
    s.connect();
    await live(s);
    const stream = s.stream;
    s.disconnect();
    s.connect();
    await nextTask();
    expect(s.stream).to.equal(stream);
    s.disconnect();
    await nextTask();
    expect(s.state).to.equal(CaptureState.Stopped);
    expect(simulator.liveCaptures()).to.have.length(0);
  });

  it('the source ending the capture: ended; the page stopping a track: stopped', async () => {
    const s = session({ constraints: () => ({ video: true }) });
    const seen: CaptureChange[] = [];
    s.addEventListener('change', ({ detail }) => seen.push(detail.what));
    s.connect();
    await live(s);
    simulator.unplug();
    await until(() => s.state === CaptureState.Ended, `ended (is ${s.state})`);
    await s.start();
    s.stream!.getTracks()[0]!.stop();
    expect(s.state).to.equal(CaptureState.Stopped);
    expect(s.stream).to.equal(null);
    expect(seen).to.include('stream');
  });

  it('a failure is a state change, then an error change carrying the LocalMediaError', async () => {
    simulator.outcome = 'in-use';
    const s = session({ constraints: () => ({ video: true }) });
    const seen: string[] = [];
    s.addEventListener('change', ({ detail }) => seen.push(`${detail.what}:${detail.error?.kind ?? ''}`));
    s.connect();
    await until(() => s.state === CaptureState.Error, 'error');
    expect(seen.filter(entry => !entry.startsWith('permission'))).to.deep.equal(['state:', 'state:in-use', 'error:in-use']);
  });

  it('decides whether to start once its owner has settled, not when connected', async () => {
    let settled!: () => void;
    let autoStart = true;
    const s = session({ constraints: () => ({ video: true }), autoStart: () => autoStart, settle: () => new Promise<void>(resolve => (settled = resolve)) });
    s.connect();
    autoStart = false; // as `el.manual = true` right after insertion
    settled();
    await nextTask();
    expect(s.state).to.equal(CaptureState.Idle);
    expect(simulator.requests).to.equal(0);
  });

  it('start() while not connected rejects with kind aborted and asks for nothing', async () => {
    const s = session({ constraints: () => ({ video: true }), autoStart: () => false });
    const error = await s.start().then(() => undefined, (thrown: unknown) => thrown);
    expect(error).to.be.instanceOf(LocalMediaError);
    expect((error as LocalMediaError).kind).to.equal(ErrorKind.Aborted);
    s.connect();
    await s.start();
    s.disconnect();
    await nextTask();
    const again = await s.start().then(() => undefined, (thrown: unknown) => thrown);
    expect((again as LocalMediaError).kind).to.equal(ErrorKind.Aborted);
    expect(simulator.requests).to.equal(1);
    expect(s.state).to.equal(CaptureState.Stopped);
  });

  it("the page's own error (a constraints getter) is not a capture failure: start() rejects with it, state as before", async () => {
    const thrown = new TypeError('page bug');
    const originalReportError = window.reportError;
    const reported: unknown[] = [];
    window.reportError = error => void reported.push(error);
    try {
      const s = session({ constraints: () => { throw thrown; }, autoStart: () => false });
      const seen: string[] = [];
      s.addEventListener('change', ({ detail }) => seen.push(`${detail.what}:${detail.state}`));
      s.connect();
      expect(await s.start().then(() => undefined, (error: unknown) => error)).to.equal(thrown);
      expect(reported).to.deep.equal([thrown]);
      expect(seen.filter(entry => !entry.startsWith('permission'))).to.deep.equal(['state:requesting', 'state:idle']);
      expect(simulator.requests).to.equal(0);
    } finally {
      window.reportError = originalReportError;
    }
  });
});
