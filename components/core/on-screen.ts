// One IntersectionObserver for every element of the kit that pauses its work off-screen (meters, health checks):
// one callback per frame in which any of them scrolls, however many there are.
let observer: IntersectionObserver | undefined;
const listeners = new Map<Element, Set<(onScreen: boolean) => void>>();
const last = new WeakMap<Element, boolean>();

function onEntries(entries: IntersectionObserverEntry[]): void {
  for (const { target, isIntersecting } of entries) {
    last.set(target, isIntersecting);
    for (const listener of listeners.get(target) ?? []) listener(isIntersecting);
  }
}

/**
 * Calls `listener` with whether `element` is on screen, first as soon as that is known, then on every change.
 * Returns the function that stops it.
 */
export function watchOnScreen(element: Element, listener: (onScreen: boolean) => void): () => void {
  observer ??= new IntersectionObserver(onEntries);
  let forElement = listeners.get(element);
  if (!forElement) {
    listeners.set(element, (forElement = new Set()));
    last.delete(element);
    observer.observe(element);
  } else if (last.has(element)) {
    listener(last.get(element)!);
  }
  forElement.add(listener);
  return () => {
    if (!forElement.delete(listener) || forElement.size > 0) return;
    listeners.delete(element);
    observer?.unobserve(element);
  };
}
