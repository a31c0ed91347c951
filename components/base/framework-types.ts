import type { TypedAddEventListener } from './capture-element.js';

/** The event map an element declares through its typed `addEventListener`; HTMLElement's otherwise. */
export type EventMapOf<E> = E extends { addEventListener: TypedAddEventListener<infer M, unknown> } ? M : HTMLElementEventMap;

/** The type of the event `K` that element `E` dispatches: from its event map, else a plain `Event`. */
export type EventOf<E, K extends string> = K extends keyof EventMapOf<E> ? EventMapOf<E>[K] : Event;

/**
 * Listener props for the events `K` of element `E`, named by `Name`: React 19 attaches `onstatechange` to a custom
 * element as a `statechange` listener, Vue compiles `@statechange` to `onStatechange`.
 */
export type ListenerProps<E, K extends string, Case extends 'as-is' | 'capitalized'> = {
  [N in K as `on${Case extends 'as-is' ? N : Capitalize<N>}`]?: (event: EventOf<E, N>) => void;
};
