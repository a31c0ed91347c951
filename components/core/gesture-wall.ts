/**
 * Whether an AudioContext in `state` waits for a user gesture (the autoplay policy of Firefox, Safari and Chromium
 * before the page's first click or key press), not merely starting: Firefox creates every context `suspended` and
 * runs it a moment later when audio is allowed. Firefox tells its policy (`navigator.getAutoplayPolicy`); elsewhere
 * a page that has had no user activation yet is held.
 */
export function waitsForGesture(state: AudioContextState): boolean {
  if (state !== 'suspended') return false;
  const nav = globalThis.navigator as Navigator & {
    getAutoplayPolicy?: (type: 'audiocontext') => string;
    userActivation?: { hasBeenActive: boolean };
  };
  const policy = nav?.getAutoplayPolicy?.('audiocontext');
  if (policy) return policy !== 'allowed';
  return !(nav?.userActivation?.hasBeenActive ?? false);
}
