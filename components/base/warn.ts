const warned = new WeakMap<Element, Set<string>>();

/**
 * Warns once per element, attribute and value: `<camera-preview> resolution="huge" is not valid; using ...`. In a
 * module of its own, so that elements without a capture (device-select, media-recorder) don't bundle one.
 */
export function warnInvalid(element: Element, attribute: string, value: unknown, fallback: string): void {
  const key = `${attribute}=${String(value)}`;
  const seen = warned.get(element) ?? new Set<string>();
  warned.set(element, seen);
  if (seen.has(key)) return;
  seen.add(key);
  console.warn(`<${element.localName}> ${attribute}="${String(value)}" is not valid; using ${fallback}.`, element);
}
