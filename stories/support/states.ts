import { play, storyElement, type Play } from './expectations.js';

/** Resolves once `element` reflects `state`: play functions use it to act on an element once it is live. */
export function reaches(element: Element, state: string): Promise<void> {
  return new Promise(resolve => {
    const check = () => {
      if (element.getAttribute('state') !== state) return;
      element.removeEventListener('statechange', check);
      resolve();
    };
    element.addEventListener('statechange', check);
    check();
  });
}

interface Capture extends HTMLElement {
  start(): Promise<void>;
  stop(): void;
}

/**
 * A step that starts the story's element, for elements that wait for a gesture (the screen): it clicks nothing, which
 * the simulator allows. It does not wait for the answer; a failure shows as state="error".
 */
export const started: Play = play(async context => void storyElement<Capture>(context).start().catch(() => {}));

/**
 * A step that waits for the story's capture element to go live, then acts on it: a state the page or the source
 * reaches from live (stopped, interrupted). `start` first starts it, for elements that wait for a gesture.
 */
export const whenLive = (act: (element: Capture) => void, { start = false } = {}): Play =>
  play(async context => {
    const element = storyElement<Capture>(context);
    if (start) await element.start().catch(() => {}); // a failure shows as state="error"
    await reaches(element, 'live');
    act(element);
  });
