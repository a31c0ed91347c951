/**
 * One AudioContext for the whole page, shared by every meter: created by the first lease, closed shortly after the
 * last lease is released (a grace period, so that a meter re-created by a re-render or a quick remount reuses it
 * instead of opening a second context while the first is still closing). While the browser holds it suspended (no user gesture yet), the first pointer or key
 * gesture anywhere on the page resumes it.
 */

export interface AudioContextLease {
  readonly context: AudioContext;
  /** Gives the lease back; the context closes when no lease is left. Idempotent. */
  release(): void;
}

type StateListener = (state: AudioContextState) => void;

const GESTURES = ['pointerdown', 'keydown', 'touchend', 'click'] as const;

/** How long an unleased context stays open in case a new lease comes. */
const CLOSE_AFTER_MS = 1000;

let shared: AudioContext | undefined;
let leaseCount = 0;
let closeTimer: ReturnType<typeof setTimeout> | undefined;
const listeners = new Set<StateListener>();

function resumeOnGesture(): void {
  if (shared?.state === 'suspended') void shared.resume().catch(() => {});
}

function watchGestures(on: boolean): void {
  for (const type of GESTURES) {
    if (on) globalThis.addEventListener(type, resumeOnGesture, { capture: true, passive: true });
    else globalThis.removeEventListener(type, resumeOnGesture, { capture: true });
  }
}

function onStateChange(this: AudioContext): void {
  if (this !== shared) return;
  watchGestures(this.state === 'suspended');
  for (const listener of listeners) listener(this.state);
}

function open(): AudioContext {
  const context = new AudioContext();
  shared = context;
  context.addEventListener('statechange', onStateChange);
  onStateChange.call(context);
  // Resumes at once where the page already has a user activation; otherwise the gesture listeners do it.
  if (context.state === 'suspended') void context.resume().catch(() => {});
  return context;
}

function closeShared(): void {
  const context = shared;
  if (!context || leaseCount > 0) return;
  shared = undefined;
  watchGestures(false);
  context.removeEventListener('statechange', onStateChange);
  void context.close().catch(() => {});
}

/** Leases the page's AudioContext; `onState` hears its state now and on every change while leased. */
export function leaseAudioContext(onState?: StateListener): AudioContextLease {
  clearTimeout(closeTimer);
  const context = shared ?? open();
  leaseCount++;
  if (onState) {
    listeners.add(onState);
    onState(context.state);
  }
  let released = false;
  return {
    context,
    release() {
      if (released) return;
      released = true;
      leaseCount--;
      if (onState) listeners.delete(onState);
      if (leaseCount === 0) closeTimer = setTimeout(closeShared, CLOSE_AFTER_MS);
    },
  };
}
