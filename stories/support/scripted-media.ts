/**
 * Scripted getUserMedia answers, for the states a real device won't hold still for (requesting, each error,
 * ended). Spread `scripted(...)` into a story: it replaces getUserMedia while that story is mounted, and renders
 * the story in its own iframe on the docs page, since inline stories share one window and so one getUserMedia.
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

/** A real stream whose source ends after `ms`, as when the camera is unplugged. */
export const endsAfter =
  (ms: number): Answer =>
  async (constraints, real) => {
    const stream = await real(constraints);
    setTimeout(() => {
      for (const track of stream.getTracks()) {
        track.stop(); // stop() fires no `ended`: the event is what a source ending looks like to the page.
        track.dispatchEvent(new Event('ended'));
      }
    }, ms);
    return stream;
  };

/** Answers the story's getUserMedia calls in order; the last answer repeats. */
export function scripted(...answers: [Answer, ...Answer[]]) {
  return {
    beforeEach() {
      const devices = navigator.mediaDevices;
      const original = devices.getUserMedia;
      const real: GetUserMedia = constraints => original.call(devices, constraints);
      let calls = 0;
      devices.getUserMedia = constraints => answers[Math.min(calls++, answers.length - 1)]!(constraints, real);
      return () => {
        devices.getUserMedia = original;
      };
    },
    parameters: { docs: { story: { inline: false, height: '360px' } } },
  };
}
