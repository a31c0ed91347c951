/**
 * What a capture's constraints say before any live change: the camera settings only `applyConstraints()` sets (never
 * sent to getUserMedia), and whether a change can be made on the live tracks at all. Small and needed by every
 * request; the changes themselves (live-constraints.ts) load when a live change is first made.
 */
import { constraintsKey } from './constraints.js';

/** Camera settings that only `applyConstraints()` sets: never sent to getUserMedia (see {@link forRequest}). */
export const LIVE_ONLY = [
  'zoom', 'pan', 'tilt', 'torch', 'focusMode', 'focusDistance', 'exposureMode', 'exposureTime',
  'exposureCompensation', 'whiteBalanceMode', 'colorTemperature',
] as const;
export type LiveOnlyName = (typeof LIVE_ONLY)[number];

export const MOTION: readonly string[] = ['pan', 'tilt', 'zoom'];

/** Changing these needs another device, so a new capture. */
const DEVICE_CHOICE = ['deviceId', 'groupId', 'facingMode'] as const;

export type TrackConstraints = MediaTrackConstraints & Partial<Record<LiveOnlyName | 'voiceIsolation', unknown>>;
export type Settings = Record<string, unknown>;

export const asTrack = (value: boolean | MediaTrackConstraints | undefined): TrackConstraints | undefined =>
  value ? (typeof value === 'object' ? value : {}) : undefined;

/**
 * The constraints to pass to getUserMedia: without the live-only settings, except pan, tilt and zoom, which become
 * `true`: the request for the pan-tilt-zoom permission, without which Chromium exposes and applies none of them.
 */
export function forRequest(constraints: MediaStreamConstraints): MediaStreamConstraints {
  const video = asTrack(constraints.video);
  if (!video || !LIVE_ONLY.some(name => name in video)) return constraints;
  const kept: Settings = { ...video };
  for (const name of LIVE_ONLY) {
    if (MOTION.includes(name) && kept[name] !== undefined) kept[name] = true;
    else delete kept[name];
  }
  return { ...constraints, video: kept };
}

/** True when `constraints` hold settings that only `applyConstraints()` sets. */
export function hasLiveOnly(constraints: MediaStreamConstraints): boolean {
  const video = asTrack(constraints.video);
  return !!video && LIVE_ONLY.some(name => video[name] !== undefined && !(MOTION.includes(name) && video[name] === true));
}

export const pick = (constraints: TrackConstraints | undefined, names: readonly string[]) =>
  constraintsKey(Object.fromEntries(names.map(name => [name, (constraints as Settings | undefined)?.[name]])));

export const changedKinds = (previous: MediaStreamConstraints, next: MediaStreamConstraints) =>
  (['video', 'audio'] as const).filter(kind => constraintsKey(previous[kind] ?? false) !== constraintsKey(next[kind] ?? false));

/** Whether a capture made with `previous` may take `next` live: the same devices, no track added or removed. */
export function changeableLive(previous: MediaStreamConstraints, next: MediaStreamConstraints): boolean {
  return changedKinds(previous, next).every(kind => {
    const before = asTrack(previous[kind]);
    const after = asTrack(next[kind]);
    return !!before && !!after && pick(before, DEVICE_CHOICE) === pick(after, DEVICE_CHOICE);
  });
}
