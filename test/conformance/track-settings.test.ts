// From WPT mediacapture-streams/MediaStreamTrack-getSettings.https.html: what getSettings() reports of a capture's
// tracks, and that one device opens twice (at the same and at another resolution).
import { expect } from '@open-wc/testing';
import '../support/media.js';
import { check, forEachOpener, MOCK_CAMERA_640, NO_RESIZE_MODE, skipIn, type Engine } from './openers.js';

type Check = (value: unknown) => void;

const isString: Check = value => expect(value).to.be.a('string');
const isBoolean: Check = value => expect(value).to.be.a('boolean');
const number = (check: (value: number) => void = () => {}): Check => value => {
  expect(value).to.be.a('number');
  check(value as number);
};

const NOT_REPORTED = "the browser's own getSettings() does not report it (undefined)";

/** Each setting a track must report, how to judge it, and where the control lacks it (filled from real runs). */
const AUDIO: [string, Check, Partial<Record<Engine, string>>?][] = [
  ['deviceId', isString],
  ['groupId', isString],
  ['volume', number(v => expect(v).to.be.within(0, 1)), { chromium: NOT_REPORTED, firefox: NOT_REPORTED }],
  ['sampleRate', number(v => expect(v).to.be.above(0)), { firefox: NOT_REPORTED }],
  ['sampleSize', number(v => expect(v).to.be.above(0)), { firefox: NOT_REPORTED, webkit: NOT_REPORTED }],
  ['echoCancellation', isBoolean],
  ['autoGainControl', isBoolean, { webkit: NOT_REPORTED }],
  ['noiseSuppression', isBoolean, { webkit: NOT_REPORTED }],
  ['latency', number(v => expect(v).to.be.at.least(0)), { firefox: NOT_REPORTED, webkit: NOT_REPORTED }],
  ['channelCount', number(v => expect(v).to.be.above(0)), { webkit: NOT_REPORTED }],
];

const VIDEO: [string, Check, Partial<Record<Engine, string>>?][] = [
  ['deviceId', isString],
  ['groupId', isString],
  ['width', number(v => expect(Number.isInteger(v) && v >= 0, `${v} a whole number`).to.equal(true))],
  ['height', number(v => expect(Number.isInteger(v) && v >= 0, `${v} a whole number`).to.equal(true))],
  ['aspectRatio', number(v => expect(v).to.be.at.least(0)), { firefox: NOT_REPORTED }],
  ['frameRate', number(v => expect(v).to.be.at.least(0))],
  ['facingMode', v => v === undefined || expect(v).to.be.oneOf(['user', 'environment', 'left', 'right'])],
  ['resizeMode', v => expect(v).to.be.oneOf(['none', 'crop-and-scale']), { webkit: NO_RESIZE_MODE }],
];

forEachOpener(open => {
  describe('getSettings() (MediaStreamTrack-getSettings)', () => {
    check('one camera opens twice, with the same deviceId', async () => {
      const first = await open({ video: true });
      const { deviceId } = first.getVideoTracks()[0]!.getSettings();
      const second = await open({ video: { deviceId } });
      expect(second.getVideoTracks()[0]!.getSettings().deviceId).to.equal(deviceId);
    });

    check('one camera opens twice at two resolutions: the second at exactly half the width', async function () {
      await skipIn(this, { webkit: MOCK_CAMERA_640 });
      const first = await open({ video: true });
      const { deviceId, width } = first.getVideoTracks()[0]!.getSettings();
      const second = await open({ video: { deviceId, width: { exact: width! / 2 } } });
      const settings = second.getVideoTracks()[0]!.getSettings();
      expect(settings.deviceId).to.equal(deviceId);
      expect(settings.width).to.equal(width! / 2);
    });

    check('each input device, opened by its deviceId, reports the groupId enumerateDevices gives it', async () => {
      // Both kinds open first: until a page has used a kind of device, Firefox lists it without id or label.
      const first = await open({ audio: true, video: true });
      const inputs = (await navigator.mediaDevices.enumerateDevices()).filter(d => d.kind !== 'audiooutput');
      for (const track of first.getTracks()) track.stop();
      expect(inputs.length).to.be.above(0);
      for (const device of inputs) {
        const exact = { deviceId: { exact: device.deviceId } };
        const asked = `${device.kind} "${device.label}" (${device.deviceId})`;
        const stream = await open(device.kind === 'audioinput' ? { audio: exact } : { video: exact }).catch((error: Error) =>
          expect.fail(`${asked} did not open by its deviceId: ${error.name} ${(error as OverconstrainedError).constraint ?? ''}`),
        );
        const { groupId } = stream.getTracks()[0]!.getSettings();
        expect(groupId, asked).to.equal(device.groupId);
        expect(device.groupId.length, `${asked}: groupId`).to.be.above(0);
        for (const track of stream.getTracks()) track.stop();
      }
    });

    for (const [kind, table] of [['audio', AUDIO], ['video', VIDEO]] as const) {
      for (const [name, judge, skips] of table) {
        check(`${kind} tracks report ${name}`, async function () {
          if (skips) await skipIn(this, skips);
          const stream = await open({ [kind]: true });
          const settings = stream.getTracks()[0]!.getSettings() as Record<string, unknown>;
          judge(settings[name]);
        });
      }
    }
  });
});
