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
 * A play function that waits for the story's capture element to go live, then acts on it: a state the page or the
 * source reaches from live (stopped, interrupted). `start` first starts it, for elements that wait for a gesture.
 */
export const whenLive = (act: (element: Capture) => void, { start = false } = {}) => ({
  play: async ({ canvasElement }: { canvasElement: HTMLElement }) => {
    const element = canvasElement.querySelector<Capture>('camera-preview, mic-meter, screen-preview')!;
    if (start) await element.start().catch(() => {}); // a failure shows as state="error"
    await reaches(element, 'live');
    act(element);
  },
});
