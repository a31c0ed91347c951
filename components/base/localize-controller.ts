import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { langOf, registeredText, watchLang, type Dictionary } from '../core/localize.js';

/** An element with a `strings` property: texts that win over every language's. */
export type LocalizedHost<S extends Dictionary> = ReactiveControllerHost & HTMLElement & { strings: Partial<S> | null };

/**
 * Gives its host the texts of its language: `t('start')` reads the host's `strings` first, then what is registered
 * for the closest `lang` (see core/localize.ts), then English. It re-renders the host when a `lang` attribute
 * changes on the page or a language is registered (rare events: the host then reads its language again).
 */
export class LocalizeController<S extends Dictionary> implements ReactiveController {
  #unwatch: (() => void) | undefined;

  constructor(
    private readonly host: LocalizedHost<S>,
    /** The kit's tag name, under which languages are registered (also for a subclass defined under another tag). */
    private readonly tag: string,
    private readonly english: S,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    this.#unwatch = watchLang(this.host, () => this.host.requestUpdate());
  }

  hostDisconnected(): void {
    this.#unwatch?.();
  }

  /** Whether the host's dictionary has `key` (some texts are specific to a browser or OS, and optional). */
  has(key: string): boolean {
    return key in this.english;
  }

  /** The text for `key`, with each `{name}` in it replaced by `values[name]`. */
  t(key: keyof S & string, values: Record<string, string | number> = {}): string {
    const text = this.host.strings?.[key] ?? registeredText(this.tag, langOf(this.host), key) ?? this.english[key];
    return text.replace(/\{(\w+)\}/g, (name, inner: string) => String(values[inner] ?? name));
  }
}
