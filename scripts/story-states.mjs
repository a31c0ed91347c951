// The state a capture element's story is named after, so that the story check can hold the story to it:
// "error-denied" must show state="error" error="denied", "ended" state="ended", "interrupted" a live element with
// the interrupted attribute, and so on. Stories named otherwise (theming, slots, options) have no expectation.
const CAPTURE_TITLES = /^elements-(camera-preview|mic-meter|screen-preview)--(.+)$/;

const BY_NAME = {
  idle: { state: 'idle' },
  requesting: { state: 'requesting' },
  live: { state: 'live' },
  'slow-permission': { state: 'live' },
  muted: { state: 'live', attribute: 'muted' },
  interrupted: { state: 'live', attribute: 'interrupted' },
  stopped: { state: 'stopped' },
  ended: { state: 'ended' },
  revoked: { state: 'ended', permission: 'denied' },
};

/** What the story's element must show, or undefined. */
export function expectedState(storyId) {
  const [, tag, name] = CAPTURE_TITLES.exec(storyId) ?? [];
  if (!tag) return undefined;
  const error = /^error-(.+)$/.exec(name)?.[1];
  const expected = error ? { state: 'error', error } : BY_NAME[name];
  return expected && { tag, ...expected };
}

/** Runs in the page: whether the story's first element of that tag shows what was expected. */
export function showsState({ tag, state, error, attribute, permission }) {
  const element = document.querySelector(tag);
  return (
    element?.getAttribute('state') === state &&
    (error === undefined || element.getAttribute('error') === error) &&
    (attribute === undefined || element.hasAttribute(attribute)) &&
    (permission === undefined || element.getAttribute('permission') === permission)
  );
}
