/**
 * Changes of a live capture's constraints (size, frame rate, audio processing, zoom, torch, focus...) applied to
 * its tracks with `applyConstraints()`, so that the picture keeps playing, no prompt shows and the track stays the
 * same. What the engines do with it (measured; see README, Live changes):
 * - Chromium reconfigures the camera only for a track that is alone on its source: a second track (the shared
 *   capture's own, or another element's clone) keeps the format the camera is open at. So a track that no one
 *   else holds is first made the only one ({@link ownTrack}). Its microphone processing never changes live.
 * - Firefox resolves without changing the size; a second capture of the open camera gets the new size.
 * - WebKit changes the source, so every clone of it changes too.
 * A change that the track refuses, or that does not take while the track is its capture's only user, is for a new
 * capture (the caller re-acquires); a shared track takes what the camera gives, so that its sharers agree.
 */
import type { LocalMediaStream } from './local-media-stream.js';
import { asTrack, changedKinds, hasLiveOnly, LIVE_ONLY, MOTION, pick, type Settings, type TrackConstraints } from './live-only.js';
import { ownTrack } from './shared-media.js';

const PROCESSING = ['echoCancellation', 'noiseSuppression', 'autoGainControl', 'voiceIsolation'] as const;

/** `applyConstraints()` takes no `true` for pan, tilt or zoom (that is getUserMedia's permission request). */
function forApply(constraints: TrackConstraints): MediaTrackConstraints {
  const applied: Settings = { ...constraints };
  for (const name of MOTION) if (applied[name] === true) delete applied[name];
  return applied;
}

/**
 * Applies `constraints` to `track`, in two calls where one is refused: Chromium refuses the camera's own controls
 * with any other constraint ("Mixing ImageCapture and non-ImageCapture constraints is not currently supported").
 */
async function applyTo(track: MediaStreamTrack, constraints: TrackConstraints): Promise<void> {
  const applied = forApply(constraints) as Settings;
  try {
    await track.applyConstraints(applied);
  } catch (error) {
    const controls = Object.fromEntries(Object.entries(applied).filter(([name]) => (LIVE_ONLY as readonly string[]).includes(name)));
    const format = Object.fromEntries(Object.entries(applied).filter(([name]) => !(name in controls)));
    if (!Object.keys(controls).length || !Object.keys(format).length) throw error;
    await track.applyConstraints(format);
    await track.applyConstraints(controls);
  }
}

/** A constraint's wanted value: the bare value, `ideal` or `exact`. */
function wanted(constraint: unknown): unknown {
  if (constraint === null || typeof constraint !== 'object') return constraint;
  const { ideal, exact } = constraint as { ideal?: unknown; exact?: unknown };
  return exact ?? ideal;
}

/**
 * Whether a track's settings give what was asked, as far as its capabilities allow: a size where the width or the
 * height is the one asked (the other follows the camera's aspect ratio) or the camera's limit, a frame rate within
 * one frame per second, and each audio processing the camera can switch.
 */
export function satisfies(track: MediaStreamTrack, constraints: TrackConstraints): boolean {
  const settings = track.getSettings() as Settings;
  const capabilities = (track.getCapabilities?.() ?? {}) as Record<string, { max?: number } | unknown[] | undefined>;
  const reachable = (name: string, value: number) => {
    const max = (capabilities[name] as { max?: number } | undefined)?.max;
    return max === undefined || value <= max;
  };
  const size = (name: 'width' | 'height') => {
    const asked = wanted(constraints[name]);
    return typeof asked !== 'number' || settings[name] === asked || !reachable(name, asked);
  };
  if (!size('width') && !size('height')) return false;
  const rate = wanted(constraints.frameRate);
  if (typeof rate === 'number' && reachable('frameRate', rate) && Math.abs(Number(settings.frameRate) - rate) > 1) return false;
  return PROCESSING.every(name => {
    const asked = wanted(constraints[name]);
    const switchable = capabilities[name];
    return typeof asked !== 'boolean' || settings[name] === asked || !Array.isArray(switchable) || !switchable.includes(asked);
  });
}

/** Whether only zoom, torch, focus and the like differ between `a` and `b`. */
function onlyLiveOnly(a: TrackConstraints, b: TrackConstraints): boolean {
  const names = new Set([...Object.keys(a), ...Object.keys(b)]);
  const rest = [...names].filter(name => !(LIVE_ONLY as readonly string[]).includes(name));
  return pick(a, rest) === pick(b, rest);
}

/**
 * Applies `next` to the live `stream` captured with `previous` (see {@link changeableLive}). Resolves true once
 * every changed track has what it asked (or, shared, what its camera gives), false when a new capture is needed:
 * a refusal, or a change the engine does not make live.
 */
export async function applyLive(stream: LocalMediaStream, previous: MediaStreamConstraints, next: MediaStreamConstraints): Promise<boolean> {
  for (const kind of changedKinds(previous, next)) {
    const wanted = asTrack(next[kind])!;
    const track = kind === 'video' ? stream.getVideoTracks()[0] : stream.getAudioTracks()[0];
    if (!track || track.readyState !== 'live') return false;
    // Only a new format needs the track alone on its source: in Chromium, a clone whose source track was stopped
    // is refused its controls ("The associated Track is in an invalid state"), and is then captured again.
    const format = !onlyLiveOnly(asTrack(previous[kind])!, wanted);
    const alone = format && ownTrack(track);
    try {
      await applyTo(track, wanted);
    } catch (error) {
      // A camera that refuses a value of its own controls would refuse it again on a new capture: keep this one.
      if (!format && (error as Error).name === 'OverconstrainedError') continue;
      return false;
    }
    if (alone && !satisfies(track, wanted)) return false;
  }
  return true;
}

/** Whether every track of `stream` has what `constraints` ask, as far as its capabilities allow. */
function satisfiesAll(stream: LocalMediaStream, constraints: MediaStreamConstraints): boolean {
  return stream.getTracks().every(track => {
    const wanted = asTrack(constraints[track.kind as 'audio' | 'video']);
    return !wanted || satisfies(track, wanted);
  });
}

/** What {@link changeLive} needs of the capture it changes. */
export interface LiveCapture {
  /** The capture's stream while this change is the newest; null once another change or capture came. */
  stream(): LocalMediaStream | null;
  /** The change took on the same tracks. */
  applied(): void;
  /** Captures again, after releasing the device when `release`. */
  again(release: boolean): Promise<void>;
}

/**
 * Changes a live capture from `previous` to `next`: on its tracks where they take it ({@link applyLive}), else with
 * a new capture while the old one still shows, else (Chromium gives a second capture of an open microphone the
 * noise suppression and gain it is open with) with a new capture once the old one is released.
 */
export function changeLive(stream: LocalMediaStream, previous: MediaStreamConstraints, next: MediaStreamConstraints, capture: LiveCapture): Promise<void> {
  // One change at a time per stream, so that a late answer never undoes a newer change; one that a newer change
  // superseded while it waited (a dragged slider) is skipped.
  // The skipped change's constraints were never applied: the next one is from the last applied.
  const change = (changing.get(stream) ?? Promise.resolve()).then(() => {
    if (capture.stream() !== stream) return;
    const from = appliedTo.get(stream) ?? previous;
    appliedTo.set(stream, next);
    return applyChange(stream, from, next, capture);
  });
  changing.set(stream, change.catch(() => {}));
  return change;
}

const changing = new WeakMap<LocalMediaStream, Promise<void>>();
const appliedTo = new WeakMap<LocalMediaStream, MediaStreamConstraints>();

async function applyChange(stream: LocalMediaStream, previous: MediaStreamConstraints, next: MediaStreamConstraints, capture: LiveCapture): Promise<void> {
  const applied = await applyLive(stream, previous, next);
  if (capture.stream() !== stream) return;
  if (applied) return capture.applied();
  await capture.again(false);
  const renewed = capture.stream();
  if (renewed && renewed !== stream && !satisfiesAll(renewed, next)) await capture.again(true);
}

/** Applies the live-only settings of a capture that just started; a refusal leaves the track as it is. */
export async function applyAfterStart(stream: LocalMediaStream, constraints: MediaStreamConstraints): Promise<void> {
  const video = asTrack(constraints.video);
  const track = stream.getVideoTracks()[0];
  if (!video || !track || !hasLiveOnly(constraints)) return;
  await applyTo(track, video).catch(() => {});
}
