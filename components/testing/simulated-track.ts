import type { CameraScene } from './simulated-devices.js';

/**
 * Synthetic tracks dressed as device tracks: a canvas or Web Audio track has no label and no deviceId, and its
 * clones would be strangers to the simulator. `dress` gives a track (and every clone of it) the device's label and
 * settings, and tells its source when it stops, so the source stops drawing or playing with its last track.
 */
import { applyControls, withoutControls } from './simulated-controls.js';

export interface Source {
  /** The simulated device; undefined for a shared screen. */
  deviceId: string | undefined;
  label: string;
  settings: MediaTrackSettings;
  /** A camera's controls (zoom, pan, tilt, torch), shared by every clone; absent for a plain device. */
  controls?: { capabilities: Record<string, unknown>; settings: Record<string, unknown> };
  tracks: Set<MediaStreamTrack>;
  setLevel?(level: number): void;
  setScene?(scene: CameraScene): void;
  live(): boolean;
  /** Called when one of its tracks stops: stops the source once none is live. */
  release(): void;
}

export function dress(track: MediaStreamTrack, source: Source): MediaStreamTrack {
  const { applyConstraints, clone, getCapabilities, getConstraints, getSettings, stop } = MediaStreamTrack.prototype;
  const controls = source.controls;
  let constraints: MediaTrackConstraints | undefined;
  Object.defineProperties(track, {
    label: { value: source.label, configurable: true },
    getSettings: { value: () => ({ ...getSettings.call(track), ...source.settings, ...controls?.settings }), configurable: true },
    getCapabilities: { value: () => ({ ...getCapabilities?.call(track), ...controls?.capabilities }), configurable: true },
    getConstraints: { value: () => constraints ?? getConstraints.call(track), configurable: true },
    applyConstraints: {
      value: async (asked: MediaTrackConstraints = {}) => {
        if (controls) applyControls(asked, controls.capabilities, controls.settings);
        // Chromium refuses a canvas track any control (`setPhotoOptions failed`): those stay the simulator's.
        await applyConstraints.call(track, withoutControls(asked));
        constraints = asked;
      },
      configurable: true,
    },
    clone: { value: () => dress(clone.call(track), source), configurable: true },
    stop: {
      value: () => {
        stop.call(track);
        source.release();
      },
      configurable: true,
    },
  });
  source.tracks.add(track);
  return track;
}

/**
 * Ends a track as its source would (unplugged, revoked, sharing stopped): `readyState` turns `ended` and `ended`
 * fires (a track stopped by the page fires nothing). Firefox delivers a script-dispatched track event only to `onended`, not to addEventListener listeners:
 * there the page learns of an unplug from `devicechange`, and of a revocation from the permission's `change`.
 */
export function endBySource(track: MediaStreamTrack): void {
  // Ended before it is stopped, so that the kit reads this stop() as the source's doing, not the page's.
  Object.defineProperty(track, 'readyState', { value: 'ended', configurable: true });
  track.stop();
  track.dispatchEvent(new Event('ended'));
}

/** Mutes a track as its source would (the OS took the device away for a while): `muted` turns true, `mute` fires. */
export function muteBySource(track: MediaStreamTrack, muted = true): void {
  Object.defineProperty(track, 'muted', { value: muted, configurable: true });
  track.dispatchEvent(new Event(muted ? 'mute' : 'unmute'));
}
