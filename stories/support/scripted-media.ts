/**
 * Scripted getUserMedia / getDisplayMedia answers, for the states a real device won't hold still for (requesting,
 * each error, ended) and for a shared screen without a picker. Spread `scripted(...)` (or `scriptedDisplay(...)`)
 * into a story: it replaces the API while that story is mounted, and renders the story in its own iframe on the
 * docs page, since inline stories share one window and so one API.
 */
import { ErrorKind } from '../../components/core/constants.js';

type GetUserMedia = MediaDevices['getUserMedia'];
export type Answer = (constraints: MediaStreamConstraints | undefined, real: GetUserMedia) => Promise<MediaStream>;

/** Never answers: the element stays `requesting`. */
export const neverAnswers: Answer = () => new Promise(() => {});

const exceptions = {
  [ErrorKind.Denied]: () => new DOMException('Permission denied', 'NotAllowedError'),
  [ErrorKind.NotFound]: () => new DOMException('Requested device not found', 'NotFoundError'),
  [ErrorKind.InUse]: () => new DOMException('Could not start video source', 'NotReadableError'),
  [ErrorKind.Unsupported]: () => new DOMException('Not supported', 'NotSupportedError'),
  [ErrorKind.Overconstrained]: () =>
    typeof OverconstrainedError === 'function'
      ? new OverconstrainedError('deviceId')
      : Object.assign(new DOMException('', 'OverconstrainedError'), { constraint: 'deviceId' }),
};

/** Rejects the way browsers do for that error kind. */
export const rejectWith =
  (kind: keyof typeof exceptions): Answer =>
  () =>
    Promise.reject(exceptions[kind]());

/** A stream (the real one, or `from`'s) whose source ends after `ms`, as when the camera is unplugged. */
export const endsAfter =
  (ms: number, from?: Answer): Answer =>
  async (constraints, real) => {
    const stream = await (from ?? ((c, r) => r(c)))(constraints, real);
    setTimeout(() => {
      for (const track of stream.getTracks()) {
        track.stop(); // stop() fires no `ended`: the event is what a source ending looks like to the page.
        track.dispatchEvent(new Event('ended'));
      }
    }, ms);
    return stream;
  };

/**
 * A stand-in for a shared screen: an animated canvas (a window with a moving cursor and a clock), since a story
 * can't open the browser's picker by itself. Its track ends when stopped, and the animation with it.
 */
export const standInScreen: Answer = async () => {
  const canvas = Object.assign(document.createElement('canvas'), { width: 640, height: 360 });
  const context = canvas.getContext('2d')!;
  const stream = canvas.captureStream(30);
  const track = stream.getVideoTracks()[0]!;
  const draw = (time: number) => {
    if (track.readyState === 'ended') return;
    context.fillStyle = '#2d3b55';
    context.fillRect(0, 0, 640, 360);
    context.fillStyle = '#f4f6fb';
    context.fillRect(60, 40, 520, 280);
    context.fillStyle = '#5b7bd5';
    context.fillRect(60, 40, 520, 28);
    context.fillStyle = '#2d3b55';
    context.font = '600 28px system-ui, sans-serif';
    context.fillText(`Shared screen  ${new Date().toLocaleTimeString()}`, 90, 190);
    context.beginPath();
    context.arc(320 + 200 * Math.cos(time / 900), 220 + 60 * Math.sin(time / 600), 10, 0, 2 * Math.PI);
    context.fill();
    requestAnimationFrame(draw);
  };
  requestAnimationFrame(draw);
  return stream;
};

/** Replaces `api` while the story is mounted, answering its calls in order; the last answer repeats. */
function script(api: 'getUserMedia' | 'getDisplayMedia', answers: [Answer, ...Answer[]] | undefined) {
  return {
    beforeEach() {
      const devices = navigator.mediaDevices as unknown as Record<typeof api, GetUserMedia | undefined>;
      const original = devices[api];
      const real: GetUserMedia = constraints => original!.call(devices, constraints);
      let calls = 0;
      devices[api] = answers && (constraints => answers[Math.min(calls++, answers.length - 1)]!(constraints, real));
      return () => {
        devices[api] = original;
      };
    },
    parameters: { docs: { story: { inline: false, height: '360px' } } },
  };
}

/** Answers the story's getUserMedia calls in order; the last answer repeats. */
export const scripted = (...answers: [Answer, ...Answer[]]) => script('getUserMedia', answers);

/** Answers the story's getDisplayMedia calls in order; with no answer, the browser has no getDisplayMedia (mobile). */
export const scriptedDisplay = (...answers: [Answer, ...Answer[]] | []) =>
  script('getDisplayMedia', answers.length ? (answers as [Answer, ...Answer[]]) : undefined);
