// From WPT mediacapture-streams/GUM-deny.https.html (a refused capture rejects with NotAllowedError) and the same
// origin cases of MediaStream-feature-policy.https.html. The refusal is the browser's own: a same-origin frame
// whose permissions policy (`<iframe allow>`) forbids the device. The kit runs in that frame, as a page inside it
// would: its module is loaded there (it reads the frame's navigator), and must reject with kind "denied", the
// browser's NotAllowedError kept as `cause`. A frame that allows both devices is the control that the frame
// itself opens them.
import { expect } from '@open-wc/testing';
import '../support/media.js';
import { ErrorKind } from '../../components/core/index.js';
import { check, type Engine, expectRejection, forEachOpener, keep, onCleanup, openersOf, rejection, skipIn, type Kit, type Opener } from './openers.js';

const KIT_URL = new URL('../../components/core/index.ts', import.meta.url).href;

interface PolicyFrame {
  opener: Opener;
  /** The error the frame's own getUserMedia last rejected with. */
  seen: { last?: unknown };
}

/** A same-origin frame with `allow`, the kit loaded in it, and `name`'s opener there. Removed after the check. */
async function policyFrame(allow: string, name: Opener['name']): Promise<PolicyFrame> {
  const frame = document.createElement('iframe');
  frame.allow = allow;
  frame.srcdoc = '<!doctype html><title>permissions policy frame</title>';
  const loaded = new Promise(resolve => frame.addEventListener('load', resolve, { once: true }));
  document.body.append(frame);
  onCleanup(() => frame.remove());
  await loaded;
  const realm = frame.contentWindow as Window & typeof globalThis;
  const devices = realm.navigator.mediaDevices;
  const seen: { last?: unknown } = {};
  const real = devices.getUserMedia.bind(devices);
  devices.getUserMedia = constraints =>
    real(constraints).then(
      stream => (stream.getTracks().forEach(track => keep(track)), stream),
      (error: unknown) => Promise.reject((seen.last = error)),
    );
  // import() in a function of the frame's realm loads the module into the frame's module map.
  const load = new realm.Function('url', 'return import(url)') as (url: string) => Promise<Kit>;
  const core = await load(KIT_URL);
  const opener = openersOf(devices, core, realm.MediaStream).find(o => o.name === name)!;
  return { opener, seen };
}

type Outcome = 'opens' | 'denied';
const REQUESTS: [string, MediaStreamConstraints][] = [
  ['audio', { audio: true }],
  ['video', { video: true }],
  ['audio and video', { audio: true, video: true }],
];

/** Same-origin rows of MediaStream-feature-policy: what each request gets under each policy. */
const POLICIES: [string, Outcome[]][] = [
  ["camera 'none'", ['opens', 'denied', 'denied']],
  ["microphone 'none'", ['denied', 'opens', 'denied']],
  ["camera 'none'; microphone 'none'", ['denied', 'denied', 'denied']],
  ['camera *; microphone *', ['opens', 'opens', 'opens']],
];

/** Where the control does otherwise (seen in real runs), by "policy / request". */
const SKIPS: Record<string, Partial<Record<Engine, string>>> = {
  "camera 'none' / audio and video": { chromium: 'the browser opens the microphone alone (a stream of one audio track) instead of refusing' },
  "microphone 'none' / audio and video": { chromium: 'the browser opens the camera alone (a stream of one video track) instead of refusing' },
};

/** What refused a capture, as far as it says: the kit's kind and the browser's own error under it. */
function refusal(error: unknown): string {
  const { name, message, kind, cause } = error as Error & { kind?: string; cause?: unknown };
  const under = cause instanceof Error ? `; from ${cause.name}: ${cause.message}` : '';
  return `${name}${kind ? ` ${kind}` : ''}: ${message}${under}`;
}

forEachOpener((_open, { name }) => {
  describe('a refused capture (GUM-deny, MediaStream-feature-policy)', () => {
    check("rejects with NotAllowedError in a frame whose policy forbids the camera and the microphone", async () => {
      const { opener, seen } = await policyFrame("camera 'none'; microphone 'none'", name);
      const error = await rejection(opener.open({ video: true }));
      expectRejection(opener, error, { name: 'NotAllowedError', kind: ErrorKind.Denied }, seen);
      if (!opener.raw) expect((error as Error).message, 'message').to.be.a('string').and.not.equal('');
    });

    check('opens both devices in a same-origin frame that allows them (the frame itself is no obstacle)', async () => {
      const { opener } = await policyFrame('camera; microphone', name);
      const stream = await opener.open({ audio: true, video: true });
      expect(stream).to.be.instanceOf(opener.Stream);
      expect(stream.getTracks().map(track => track.readyState)).to.deep.equal(['live', 'live']);
    });

    for (const [allow, outcomes] of POLICIES) {
      for (const [i, [label, constraints]] of REQUESTS.entries()) {
        const outcome = outcomes[i]!;
        check(`allow="${allow}": ${label} ${outcome === 'opens' ? 'opens' : 'is denied'}`, async function () {
          await skipIn(this, SKIPS[`${allow} / ${label}`] ?? {});
          const { opener, seen } = await policyFrame(allow, name);
          const result = await opener.open(constraints).then(
            stream => ({ stream }),
            (error: unknown) => ({ error }),
          );
          if ('stream' in result) {
            const kinds = result.stream.getTracks().map(track => track.kind).join(' and ');
            expect(outcome, `it opened (${kinds})`).to.equal('opens');
            expect(result.stream.getTracks()).to.have.length(Object.keys(constraints).length);
          } else {
            expect(outcome, `it was refused (${refusal(result.error)})`).to.equal('denied');
            expectRejection(opener, result.error, { name: 'NotAllowedError', kind: ErrorKind.Denied }, seen);
          }
        });
      }
    }
  });
});
