import type { ReactiveController, ReactiveControllerHost } from 'lit';

/**
 * Resolves the element that the host's `for` attribute names, in the host's own root (document or shadow root),
 * the way `<label for>` does, and keeps it current: when `for` changes (call `resolve()` from `updated`) and when
 * the named element is added, removed or renamed later.
 */
export class ForTargetController<T extends Element = Element> implements ReactiveController {
  #target: T | null = null;
  #observer: MutationObserver | undefined;

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly onChange: (target: T | null, previous: T | null) => void,
  ) {
    host.addController(this);
  }

  /** The element named by `for`, or null. */
  get target(): T | null {
    return this.#target;
  }

  hostConnected(): void {
    const root = this.host.getRootNode();
    this.#observer = new MutationObserver(() => this.resolve());
    this.#observer.observe(root, { childList: true, subtree: true, attributeFilter: ['id'] });
    this.resolve();
  }

  hostDisconnected(): void {
    this.#observer?.disconnect();
    this.#observer = undefined;
    this.#set(null);
  }

  /**
   * Looks the target up again; calls `onChange` if it is another element than before. Pass the new id from
   * `willUpdate` (before the attribute is reflected) so the target is known when the host renders.
   */
  resolve(id: string | null = this.host.getAttribute('for')): void {
    const root = this.host.getRootNode() as Document | ShadowRoot;
    const found = id && this.host.isConnected ? (root.getElementById?.(id) as T | null) : null;
    this.#set(found);
  }

  #set(target: T | null): void {
    const previous = this.#target;
    if (target === previous) return;
    this.#target = target;
    this.onChange(target, previous);
  }
}
