import type { HTMLAttributes, RefAttributes } from 'react';
import type { ListenerProps } from '../base/framework-types.js';

/**
 * The JSX props of the raw tag of element `E` in React 19, which sets a prop as a property when the element has
 * it and as an attribute otherwise: its settable properties `P`, its attributes `A` (kebab-case, as strings) and
 * `on<event>` listeners for its events `K`.
 */
export type RawElementProps<E, P extends keyof E, A extends string, K extends string> = Omit<HTMLAttributes<E>, P | A> &
  RefAttributes<E> &
  Partial<Pick<E, P>> &
  Partial<Record<A, string | boolean>> &
  ListenerProps<E, K, 'as-is'> & { class?: string };
