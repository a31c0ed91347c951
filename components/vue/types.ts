import type { DefineComponent } from 'vue';
import type { ListenerProps } from '../base/framework-types.js';

/**
 * Element `E` as a component for Vue's template type-checking: its settable properties `P` as props (Vue sets
 * them as properties on custom elements; `facing-mode` in a template is the `facingMode` prop), its attributes `A`
 * that name no property (`for`), and `@event` listeners for its events `K`.
 */
export type VueElement<E, P extends keyof E, A extends string, K extends string> = DefineComponent<
  Partial<Pick<E, P>> & Partial<Record<A, string | boolean>> & ListenerProps<E, K, 'capitalized'>
>;
