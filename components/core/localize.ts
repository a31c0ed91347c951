/**
 * The kit's texts: one dictionary per element, English built in, other languages registered at run time, chosen by
 * the closest `lang`. The languages the kit ships (components/locales/) load by themselves when an element first
 * needs one (`languageLoading`), or register when their module is imported (`local-media-elements/locales/de`): the
 * same module either way, so one registry. Framework-free: the elements read it through their LocalizeController
 * (components/base/).
 */
import { lazy, type Lazy } from './lazy.js';

/**
 * Every element's dictionary, by tag name. Each element's `<tag>.strings.ts` adds its own entry, as
 * `HTMLElementTagNameMap` is extended: `registerStrings` is typed by it.
 */
// eslint-disable-next-line @typescript-eslint/no-empty-object-type -- filled by declaration merging
export interface ElementStrings {}

/** Texts by key. `{name}` in a text is replaced by the value of that name (`Camera {n}`). */
export type Dictionary = Record<string, string>;

/** What `registerStrings` takes: the dictionaries of any elements, each complete or a part of one. */
export type StringsByElement = { [Tag in keyof ElementStrings]?: Partial<ElementStrings[Tag]> };

/** language (lower case) -> tag -> texts. */
const registry = new Map<string, Record<string, Dictionary>>();
const listeners = new Set<() => void>();
let observer: MutationObserver | undefined;

const notify = () => listeners.forEach(listener => listener());

/** The languages the kit ships, each a chunk loaded on first need; importing one registers it. */
const shipped: Record<string, Lazy<unknown>> = {
  de: lazy(() => import('../locales/de.js')),
  fr: lazy(() => import('../locales/fr.js')),
};

/**
 * The pending load of the kit's own dictionary for `lang` (`de-CH`: German), started now if needed; undefined when
 * the kit ships none for it or it is in.
 */
export function languageLoading(lang: string): Promise<unknown> | undefined {
  const base = lang.toLowerCase().split('-')[0]!;
  return registeredShipped.has(base) ? undefined : shipped[base]?.pending();
}

/** The kit's languages registered so far (their module imported by the page, or loaded). */
const registeredShipped = new Set<string>();

/**
 * Adds (or replaces) texts of a language for any elements: `registerStrings('de', { 'camera-preview': {...} })`.
 * A region (`de-CH`) needs only what differs from its language (`de`). Elements on the page re-render.
 */
export function registerStrings(lang: string, strings: StringsByElement): void {
  register(lang, strings, false);
}

/**
 * Registers one of the kit's own languages (components/locales/), beneath what the page registered for it: the
 * page's wording wins whichever loads first.
 */
export function registerShipped(lang: string, strings: StringsByElement): void {
  registeredShipped.add(lang.toLowerCase());
  register(lang, strings, true);
}

function register(lang: string, strings: StringsByElement, beneath: boolean): void {
  const key = lang.toLowerCase();
  const known = registry.get(key) ?? {};
  for (const [tag, texts] of Object.entries(strings)) {
    known[tag] = beneath ? { ...(texts as Dictionary), ...known[tag] } : { ...known[tag], ...(texts as Dictionary) };
  }
  registry.set(key, known);
  notify();
}

/** The registered text of `tag` for `key` in `lang` (`de-CH`), else in its language (`de`); undefined if none. */
export function registeredText(tag: string, lang: string, key: string): string | undefined {
  const full = lang.toLowerCase();
  return registry.get(full)?.[tag]?.[key] ?? registry.get(full.split('-')[0]!)?.[tag]?.[key];
}

/**
 * The language of `element`: its own or its nearest ancestor's `lang` attribute, crossing shadow roots to their
 * hosts up to the document's `<html lang>`, else the browser's language, else English.
 */
export function langOf(element: Element): string {
  for (let node: Element | undefined = element; node; node = (node.getRootNode?.() as Partial<ShadowRoot> | undefined)?.host) {
    const found = node.closest?.('[lang]:not([lang=""])');
    if (found) return found.getAttribute('lang')!;
  }
  return globalThis.navigator?.language || 'en';
}

/**
 * Calls `listener` when the language may have changed for `element`: a `lang` attribute changed in the document or
 * in a shadow root on its way up, the browser's language changed, or a language was registered. One
 * MutationObserver serves the page (observing a root again changes nothing). Returns the function that stops.
 */
export function watchLang(element: Element, listener: () => void): () => void {
  if (!observer) {
    observer = new MutationObserver(notify);
    addEventListener('languagechange', notify);
  }
  for (let root: Node | undefined = element.getRootNode(); root; root = (root as Partial<ShadowRoot>).host?.getRootNode()) {
    observer.observe(root, { attributeFilter: ['lang'], subtree: true });
  }
  listeners.add(listener);
  return () => listeners.delete(listener);
}
