import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { Lazy } from '../core/lazy.js';
import { langOf, languageLoading, registeredText, watchLang, type Dictionary } from '../core/localize.js';
import { waitBeforeUpdate } from './kit-element.js';

/** An element with a `strings` property: texts that win over every language's. */
export type LocalizedHost<S extends Dictionary> = ReactiveControllerHost & HTMLElement & { strings: Partial<S> | null };

/**
 * Gives its host the texts of its language: `t('start')` reads the host's `strings` first, then what is registered
 * for the closest `lang` (see core/localize.ts), then English. It re-renders the host when a `lang` attribute
 * changes on the page or a language is registered (rare events: the host then reads its language again). A
 * language the kit ships (de, fr) loads when an element first needs it, and the host's update waits for it.
 * English texts that few pages show (the denied steps for each browser and OS) may be `rare`: a chunk loaded with
 * {@link loadRare}.
 */
export class LocalizeController<S extends Dictionary> implements ReactiveController {
  #unwatch: (() => void) | undefined;

  constructor(
    private readonly host: LocalizedHost<S>,
    /** The kit's tag name, under which languages are registered (also for a subclass defined under another tag). */
    private readonly tag: string,
    private readonly english: Partial<S>,
    private readonly rare?: Lazy<Partial<S>>,
  ) {
    host.addController(this);
    waitBeforeUpdate(host, () => languageLoading(langOf(host)));
  }

  hostConnected(): void {
    this.#unwatch = watchLang(this.host, () => this.host.requestUpdate());
  }

  hostDisconnected(): void {
    this.#unwatch?.();
  }

  /** The pending load of the rare English texts, or undefined once they are in. */
  loadRare(): Promise<unknown> | undefined {
    return this.rare?.pending();
  }

  /** Whether the host's dictionary has `key` (some texts are specific to a browser or OS, and optional). */
  has(key: string): boolean {
    return key in this.english || key in (this.rare?.value ?? {});
  }

  /** The text for `key`, with each `{name}` in it replaced by `values[name]`. */
  t(key: keyof S & string, values: Record<string, string | number> = {}): string {
    const text = this.host.strings?.[key] ?? registeredText(this.tag, langOf(this.host), key) ?? this.english[key] ?? this.rare?.value?.[key] ?? '';
    return text.replace(/\{(\w+)\}/g, (name, inner: string) => String(values[inner] ?? name));
  }
}
