// From WPT mediacapture-streams/MediaStreamTrack-applyConstraints.https.html: applyConstraints() on a capture's
// video track, with required and ideal groupId and resizeMode values no device has.
import { expect } from '@open-wc/testing';
import '../support/media.js';
import { check, forEachOpener, NO_RESIZE_MODE, settingsOf, skipIn, withResizeMode } from './openers.js';
import { skipBecause } from '../support/browser.js';

/** What `track.applyConstraints(constraints)` rejects with; fails if it resolves. */
async function refusal(track: MediaStreamTrack, constraints: MediaTrackConstraints): Promise<OverconstrainedError> {
  try {
    await track.applyConstraints(constraints);
  } catch (error) {
    return error as OverconstrainedError;
  }
  return expect.fail(`applyConstraints(${JSON.stringify(constraints)}) resolved`);
}

forEachOpener(open => {
  describe('applyConstraints() (MediaStreamTrack-applyConstraints)', () => {
    check('rejects a required groupId no device has, naming groupId', async () => {
      const [track] = (await open({ video: true })).getVideoTracks();
      const error = await refusal(track!, { groupId: { exact: 'INVALID' } });
      expect(error.name).to.equal('OverconstrainedError');
      expect(error.constraint).to.equal('groupId');
    });

    check('takes an ideal groupId no device has, and keeps its groupId', async () => {
      const [track] = (await open({ video: true })).getVideoTracks();
      const { groupId } = track!.getSettings();
      await track!.applyConstraints({ groupId: 'INVALID' });
      expect(track!.getSettings().groupId).to.equal(groupId);
    });

    check("rejects a required groupId of another camera (a track can't switch devices), naming groupId", async function () {
      const [track] = (await open({ video: true })).getVideoTracks();
      const { groupId } = track!.getSettings();
      const devices = await navigator.mediaDevices.enumerateDevices();
      const another = devices.find(device => device.kind === 'videoinput' && device.groupId !== groupId);
      if (!another) return skipBecause(this, 'one camera only here: no other groupId to ask for');
      const error = await refusal(track!, { groupId: { exact: another.groupId } });
      expect(error.name).to.equal('OverconstrainedError');
      expect(error.constraint).to.equal('groupId');
    });

    check('rejects a required resizeMode that does not exist, naming resizeMode', async function () {
      await skipIn(this, { webkit: NO_RESIZE_MODE });
      const [track] = (await open({ video: true })).getVideoTracks();
      const error = await refusal(track!, withResizeMode({ resizeMode: { exact: 'INVALID' } }));
      expect(error.name).to.equal('OverconstrainedError');
      expect(error.constraint).to.equal('resizeMode');
    });

    check('takes an ideal resizeMode that does not exist, and keeps its resizeMode', async () => {
      const [track] = (await open({ video: true })).getVideoTracks();
      const { resizeMode } = settingsOf(track!);
      await track!.applyConstraints(withResizeMode({ resizeMode: 'INVALID' }));
      expect(settingsOf(track!).resizeMode).to.equal(resizeMode);
    });
  });
});
