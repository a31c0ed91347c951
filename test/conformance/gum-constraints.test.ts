// From WPT mediacapture-streams/MediaStream-GUM.https.html, which gathers the GUM-* files (GUM-api,
// GUM-empty-option-param, GUM-impossible-constraint, GUM-optional-constraint, GUM-trivial-constraint,
// GUM-unknownkey-option-param, GUM-invalid-facing-mode), and from GUM-required-constraint-with-ideal-value,
// GUM-non-applicable-constraint and MediaDevices-getUserMedia (.https.html): what constraints open, and how
// impossible or malformed ones are refused. The kit must refuse as the browser does: OverconstrainedError as kind
// "overconstrained" naming the same constraint, TypeError as "unsupported", the browser's error kept as `cause`.
import { expect } from '@open-wc/testing';
import '../support/media.js';
import { stubGetUserMedia } from '../support/media.js';
import { ErrorKind, getLocalMedia, getSharedMedia } from '../../components/core/index.js';
import { check, type Engine, expectRejection, forEachOpener, mediaElement, MOCK_CAMERA_640, NO_RESIZE_MODE, rejection, settingsOf, skipIn, withResizeMode } from './openers.js';

/** Records the error the browser's own getUserMedia rejects with, while still asking it. */
function browserErrors(): { last?: unknown } {
  const seen: { last?: unknown } = {};
  stubGetUserMedia((constraints, real) => real(constraints).catch((error: unknown) => Promise.reject((seen.last = error))));
  return seen;
}

/**
 * Opens a camera and stops it. Until a page has captured, WebKit names no constraint in an OverconstrainedError
 * (its `constraint` is '', so as not to tell an unpermitted page about the devices): checks of the constraint named
 * capture first, as WPT's do by granting permission first, whatever check ran before.
 */
async function captureOnce(): Promise<void> {
  for (const track of (await navigator.mediaDevices.getUserMedia({ video: true })).getTracks()) track.stop();
}

/** Where the control fails (seen in real runs), by check title. */
const SKIPS: Record<string, Partial<Record<Engine, string>>> = {
  'refuses: an exact resizeMode that does not exist is overconstrained on resizeMode': { webkit: NO_RESIZE_MODE },
  'an ideal width': { webkit: MOCK_CAMERA_640 },
  resizeMode: { webkit: NO_RESIZE_MODE },
};

const REFUSED: [string, MediaStreamConstraints, { name: string; kind: ErrorKind; constraint?: string }][] = [
  ['an empty constraints object ({}) is a TypeError', {}, { name: 'TypeError', kind: ErrorKind.Unsupported }],
  ['an unknown key only ({ doesnotexist: true }) is a TypeError', { doesnotexist: true } as MediaStreamConstraints, { name: 'TypeError', kind: ErrorKind.Unsupported }],
  ['a width of at least 100,000,000 is overconstrained on width', { video: { width: { min: 100_000_000 } } }, { name: 'OverconstrainedError', kind: ErrorKind.Overconstrained, constraint: 'width' }],
  ['an exact empty facingMode is overconstrained on facingMode', { video: { facingMode: { exact: '' } } }, { name: 'OverconstrainedError', kind: ErrorKind.Overconstrained, constraint: 'facingMode' }],
  ['an exact resizeMode that does not exist is overconstrained on resizeMode', { video: withResizeMode({ resizeMode: { exact: 'INVALID' } }) }, { name: 'OverconstrainedError', kind: ErrorKind.Overconstrained, constraint: 'resizeMode' }],
];

const VIDEO_ONLY = {
  valid: { width: { min: 0 }, height: { min: 0 }, frameRate: { min: 0 }, aspectRatio: { min: 0 }, facingMode: { ideal: 'environment' }, resizeMode: { ideal: 'none' } },
  invalid: { width: { min: 1e8 }, height: { min: 1e8 }, frameRate: { min: 1e8 }, aspectRatio: { min: 1e8 }, facingMode: { exact: 'invalid' }, resizeMode: { exact: 'invalid' } },
};
const AUDIO_ONLY = {
  valid: { volume: { min: 0 }, sampleRate: { min: 0 }, sampleSize: { min: 0 }, echoCancellation: { ideal: true }, autoGainControl: { ideal: true }, noiseSuppression: { ideal: true }, latency: { min: 0 }, channelCount: { min: 0 } },
  invalid: { volume: { min: 2 }, sampleRate: { min: 1e8 }, sampleSize: { min: 1e8 }, echoCancellation: { exact: true }, autoGainControl: { exact: true }, noiseSuppression: { exact: true }, latency: { max: 0 }, channelCount: { max: 0 } },
};

forEachOpener((open, opener) => {
  describe('getUserMedia constraints (MediaStream-GUM, GUM-*)', () => {
    check('the API is there: getUserMedia and getSupportedConstraints on navigator.mediaDevices', () => {
      expect(navigator.mediaDevices.getUserMedia).to.be.a('function');
      expect(navigator.mediaDevices.getSupportedConstraints).to.be.a('function');
      expect(navigator.mediaDevices.getSupportedConstraints()).to.be.an('object');
      if (!opener.raw) expect(opener.name === 'getLocalMedia' ? getLocalMedia : getSharedMedia).to.be.a('function');
    });

    for (const [title, constraints, expected] of REFUSED) {
      check(`refuses: ${title}`, async function () {
        await skipIn(this, SKIPS[`refuses: ${title}`] ?? {});
        if (expected.constraint !== undefined) await captureOnce();
        const seen = browserErrors();
        const error = await rejection(open(constraints));
        expectRejection(opener, error, expected, seen);
        if (expected.name === 'TypeError') {
          const browserError = opener.raw ? error : (error as { cause?: unknown }).cause;
          expect((browserError as { constraintName?: unknown }).constraintName, 'constraintName').to.equal(undefined);
        }
      });
    }

    check('an impossible advanced (optional) width still gives one video track', async () => {
      const stream = await open({ video: { advanced: [{ width: { min: 1024, max: 800 } }] } });
      expect(stream.getVideoTracks()).to.have.length(1);
    });

    check('a trivial required width (at least 0) gives one video track', async () => {
      const stream = await open({ video: { width: { min: 0 } } });
      expect(stream.getVideoTracks()).to.have.length(1);
    });

    check('an ideal width within a required range is the width chosen, and the width a <video> shows', async function () {
      await skipIn(this, SKIPS['an ideal width']!);
      const stream = await open({ video: { width: { ideal: 320, min: 160 } } });
      expect(stream.getVideoTracks()).to.have.length(1);
      expect(stream.getVideoTracks()[0]!.getSettings().width).to.equal(320);
      const video = mediaElement('video');
      video.srcObject = stream;
      await video.play();
      expect(video.videoWidth).to.equal(320);
    });

    for (const mode of ['none', 'crop-and-scale']) {
      check(`an exact resizeMode "${mode}" is the one in effect`, async function () {
        await skipIn(this, SKIPS.resizeMode!);
        const stream = await open({ video: withResizeMode({ resizeMode: { exact: mode } }) });
        expect(settingsOf(stream.getVideoTracks()[0]!).resizeMode).to.equal(mode);
      });
    }
  });

  describe('constraints of the other kind are ignored (GUM-non-applicable-constraint)', () => {
    for (const [validity, [audio, video]] of [['valid', [VIDEO_ONLY.valid, AUDIO_ONLY.valid]], ['invalid', [VIDEO_ONLY.invalid, AUDIO_ONLY.invalid]]] as const) {
      check(`${validity} video-only constraints in "audio" still give one audio track`, async () => {
        const stream = await open({ audio: audio as MediaTrackConstraints });
        expect(stream.getAudioTracks()).to.have.length(1);
      });

      check(`${validity} audio-only constraints in "video" still give one video track`, async () => {
        const stream = await open({ video: video as MediaTrackConstraints });
        expect(stream.getVideoTracks()).to.have.length(1);
      });
    }
  });

  describe('groupId as a required constraint (MediaDevices-getUserMedia)', () => {
    for (const kind of ['video', 'audio'] as const) {
      check(`opens a ${kind} device of each group that has one, and refuses the others naming groupId`, async () => {
        await captureOnce();
        const devices = await navigator.mediaDevices.enumerateDevices();
        const wanted = kind === 'video' ? 'videoinput' : 'audioinput';
        for (const device of devices) {
          const asked = `${device.kind} "${device.label}"`;
          const hasOne = devices.some(d => d.kind === wanted && d.groupId === device.groupId);
          const result = await open({ [kind]: { groupId: { exact: device.groupId } } }).then(
            stream => ({ stream }),
            (error: unknown) => ({ error }),
          );
          if ('stream' in result) {
            const { deviceId } = result.stream.getTracks()[0]!.getSettings();
            for (const track of result.stream.getTracks()) track.stop();
            const found = devices.find(d => d.deviceId === deviceId && d.kind === wanted);
            expect(found, `the device opened for the group of ${asked}`).to.not.equal(undefined);
            expect(found!.groupId).to.equal(device.groupId);
          } else {
            expect(hasOne, `refused the group of ${asked}, which has a ${wanted}`).to.equal(false);
            expectRejection(opener, result.error, { name: 'OverconstrainedError', kind: ErrorKind.Overconstrained, constraint: 'groupId' });
          }
        }
      });
    }
  });
});
