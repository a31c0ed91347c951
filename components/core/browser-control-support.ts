/**
 * Whether the browser has its own capability element for a capture: `<camera>`, `<microphone>` or `<usermedia>`
 * (Chromium 151 and later; Firefox and Safari have none). Only this test is in an element's first download: the
 * control itself (core/browser-control/) loads on demand, where the browser has one and a state needs it.
 */

/** The browser's capability element for a capture of video, audio, or both. */
export type BrowserControlTag = 'camera' | 'microphone' | 'usermedia';

/** Makes a stand-in for the browser's element: the media simulator's scripted control (`browserControl: true`). */
export type BrowserControlFactory = (tag: BrowserControlTag) => HTMLElement;

const INTERFACES = { camera: 'HTMLCameraElement', microphone: 'HTMLMicrophoneElement', usermedia: 'HTMLUserMediaElement' } as const;

// On the global object, so that the simulator reaches the kit when each comes in a bundle of its own.
const FACTORY = Symbol.for('local-media-elements.browser-control');
type WithFactory = { [FACTORY]?: BrowserControlFactory };

/** Sets (or, with undefined, removes) the stand-in that replaces the browser's elements in every engine. */
export function setBrowserControlFactory(factory: BrowserControlFactory | undefined): void {
  (globalThis as WithFactory)[FACTORY] = factory;
}

/** The stand-in for the browser's elements, if one is set. */
export function browserControlFactory(): BrowserControlFactory | undefined {
  return (globalThis as WithFactory)[FACTORY];
}

/** The tag of the browser's element that captures what `constraints` ask for, where the browser has it. */
export function browserControlTag(constraints: MediaStreamConstraints): BrowserControlTag | undefined {
  const tag = constraints.video ? (constraints.audio ? 'usermedia' : 'camera') : constraints.audio ? 'microphone' : undefined;
  if (!tag) return undefined;
  if (browserControlFactory()) return tag;
  return typeof (globalThis as Record<string, unknown>)[INTERFACES[tag]] === 'function' ? tag : undefined;
}
