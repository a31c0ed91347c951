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
