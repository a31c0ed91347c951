import { LitElement } from 'lit';
import { whenLoaded } from '../core/lazy.js';

/** What an update may wait for: a chunk it needs that is still loading, or undefined. */
export type UpdateNeed = () => Promise<unknown> | undefined;

const needs = new WeakMap<Element, UpdateNeed[]>();

/**
 * Makes every update of `host` (a {@link KitElement}) wait for what `need` says is still loading: a controller's
 * way to say "my texts for this render are in a chunk that has not arrived".
 */
export function waitBeforeUpdate(host: Element, need: UpdateNeed): void {
  needs.set(host, [...(needs.get(host) ?? []), need]);
}

/**
 * The base of the kit's elements. Rare texts and code load on demand (core/lazy.ts); an update that needs one of
 * them waits for it, so the first render in such a state (a denied message, another language) shows its real text
 * at once and the status region announces it once, never a stand-in first. An update that needs nothing new runs
 * exactly as LitElement's does.
 */
export abstract class KitElement extends LitElement {
  protected override scheduleUpdate(): void | Promise<unknown> {
    const waiting = whenLoaded(...(needs.get(this) ?? []).map(need => need()));
    if (!waiting) return super.scheduleUpdate();
    // Checked again once loaded: the state may have moved on to need something else.
    return waiting.then(() => this.scheduleUpdate());
  }
}
