/**
 * AudioContexts that wait for a user gesture, as Firefox and Safari hold them before the page's first click or key
 * press: while installed, every new AudioContext starts suspended and `resume()` waits for the gesture, in every
 * engine (Chromium with an autoplay policy that lets audio start would otherwise never show it).
 */

import { leaseAudioContext } from '../core/audio-context.js';

const GESTURES = ['pointerdown', 'keydown'] as const;

/** Holds audio until the first gesture on the page; returns the uninstall. */
export function holdAudioUntilGesture(): () => void {
  const Real = globalThis.AudioContext;
  if (typeof Real !== 'function') return () => {};
  const held = new Set<AudioContext>();
  const waiting: (() => void)[] = [];
  let allowed = false;

  class GestureAudioContext extends Real {
    constructor(options?: AudioContextOptions) {
      super(options);
      if (allowed) return;
      held.add(this);
      void Real.prototype.suspend.call(this);
    }

    override resume(): Promise<void> {
      if (allowed) return Real.prototype.resume.call(this);
      return new Promise<void>(resolve => waiting.push(() => void Real.prototype.resume.call(this).then(resolve, resolve)));
    }
  }

  const onGesture = () => {
    if (allowed) return;
    allowed = true;
    for (const context of held) if (context.state === 'suspended') void Real.prototype.resume.call(context).catch(() => {});
    for (const resume of waiting.splice(0)) resume();
  };
  // The page's shared context may be open already (a meter removed less than a second ago): held too.
  const lease = leaseAudioContext();
  held.add(lease.context);
  void lease.context.suspend();
  lease.release();
  for (const type of GESTURES) globalThis.addEventListener(type, onGesture, { capture: true });
  globalThis.AudioContext = GestureAudioContext;
  // The policy the page reads (Firefox's API, here in every engine), so that the kit knows why audio waits.
  const nav = navigator as Navigator & { getAutoplayPolicy?: unknown };
  const ownPolicy = Object.getOwnPropertyDescriptor(nav, 'getAutoplayPolicy');
  Object.defineProperty(nav, 'getAutoplayPolicy', { configurable: true, value: () => (allowed ? 'allowed' : 'disallowed') });
  return () => {
    if (ownPolicy) Object.defineProperty(nav, 'getAutoplayPolicy', ownPolicy);
    else delete nav.getAutoplayPolicy;
    for (const type of GESTURES) globalThis.removeEventListener(type, onGesture, { capture: true });
    if (globalThis.AudioContext === GestureAudioContext) globalThis.AudioContext = Real;
  };
}
