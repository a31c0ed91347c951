/**
 * Play functions that hold a story to what it is named after (its element's state, the live picture, the level),
 * and the rule that makes one required: a story named after a state of its element (`Ended`, `ErrorDenied`,
 * `Paused`) must have a play function that asserts that state. The story check (scripts/check-stories.mjs) fails a
 * story whose play function fails, or that breaks the rule, as Storybook's own panel shows it.
 */
import type { StoryContext } from '@storybook/web-components-vite';
import { expect, waitFor } from 'storybook/test';
import { CaptureState, ErrorKind, RecorderState, TagName, type DeniedBy, type PermissionValue } from '../../components/core/constants.js';
import { MEDIA_GLOBAL } from './simulated-media.js';

/** How long a story may take to show what it is named after (some end their capture after two seconds). */
const TIMEOUT = 10_000;

/** What a step reads of the story: its canvas, its element's tag (the meta's `component`) and the toolbar's media. */
export type PlayContext = Pick<StoryContext, 'canvasElement' | 'component' | 'globals'>;

const ASSERTS = Symbol('asserts');

/** A play function or a step of one; `[ASSERTS]` names the states it holds the story's element to. */
export type Play = ((context: PlayContext) => Promise<void>) & { readonly [ASSERTS]?: readonly string[] };

/** `run` as a play function or step that asserts the states `asserts`. */
export const play = (run: (context: PlayContext) => Promise<void>, asserts: readonly string[] = []): Play =>
  Object.assign(run, { [ASSERTS]: asserts });

/** The steps one after the other, as one play function. */
export const sequence = (...steps: Play[]): Play =>
  play(
    async context => {
      for (const step of steps) await step(context);
    },
    steps.flatMap(step => step[ASSERTS] ?? []),
  );

/** The story's element: the first of the meta's `component` tag. */
export function storyElement<T extends Element = HTMLElement>({ canvasElement, component }: PlayContext): T {
  const element = canvasElement.querySelector<T & Element>(String(component));
  if (!element) throw new Error(`no <${String(component)}> in the story`);
  return element;
}

/**
 * A step that waits up to ten seconds (or `timeout` ms) for `check` to stop throwing, then fails with its last
 * failure; `asserts` names the states it checks. The stories are named after what the simulated devices do: on real
 * devices (the toolbar's Media menu) the story shows what yours do, and nothing is checked.
 */
export const eventually = (check: (context: PlayContext) => void | Promise<void>, asserts: readonly string[] = [], timeout = TIMEOUT): Play =>
  play(async context => {
    if (context.globals[MEDIA_GLOBAL] === 'real') return;
    // The default onTimeout appends the whole canvas's markup to the message.
    await waitFor(() => check(context), { timeout, onTimeout: error => error });
  }, asserts);

/**
 * How long an effect may take to turn on in a story: its segmentation model and WebAssembly load first, which took
 * over ten seconds while the story check ran beside the rest of the test run on 2 cores.
 */
export const EFFECT_ON_TIMEOUT = 20_000;

/** Throws unless the story's element reflects `state` (and the rest): what a state story is named after. */
export function assertState(element: Element, state: string, { error, attribute, permission, deniedBy }: StateDetails = {}) {
  const name = `<${element.localName}>`;
  expect(element.getAttribute('state'), `${name} state`).toBe(state);
  if (error !== undefined) expect(element.getAttribute('error'), `${name} error`).toBe(error);
  if (attribute !== undefined) expect(element.hasAttribute(attribute), `${name} has the ${attribute} attribute`).toBe(true);
  if (permission !== undefined) expect(element.getAttribute('permission'), `${name} permission`).toBe(permission);
  if (deniedBy !== undefined) expect(element.getAttribute('denied-by'), `${name} denied-by`).toBe(deniedBy);
}

export interface StateDetails {
  /** The `error` attribute: the error kind. */
  error?: ErrorKind;
  /** A boolean attribute that must be present too (`muted`, `interrupted`). */
  attribute?: string;
  /** The `permission` attribute. */
  permission?: PermissionValue;
  /** The `denied-by` attribute: who denied access. */
  deniedBy?: DeniedBy;
}

/** A play function: the story's element comes to show `state`, with `details`. */
export const expectState = (state: string, details: StateDetails = {}): Play =>
  eventually(
    context => assertState(storyElement(context), state, details),
    details.error ? [state, `${state}-${details.error}`] : [state],
  );

/** A play function: the story's element comes to `state="error"` with `error` = `kind` (and `denied-by`, if given). */
export const expectError = (kind: ErrorKind, deniedBy?: DeniedBy): Play => expectState(CaptureState.Error, { error: kind, deniedBy });

/** A play function: the story's element is live with the health signal `signal` (`silent`, `dark`, `frozen`). */
export const expectHealth = (signal: 'silent' | 'dark' | 'frozen'): Play => expectState(CaptureState.Live, { attribute: signal });

/** Resolves with whether `video` presents a frame within the timeout. */
const paintsFrame = (video: HTMLVideoElement) =>
  new Promise<boolean>(resolve => {
    const timer = setTimeout(() => resolve(false), TIMEOUT);
    video.requestVideoFrameCallback(() => {
      clearTimeout(timer);
      resolve(true);
    });
  });

/** A play function: the story's preview is live and its video shows frames (it has a size and paints one). */
export const expectPicture = (): Play => {
  const video = (context: PlayContext) => storyElement(context).shadowRoot!.querySelector('video')!;
  return sequence(
    eventually(context => {
      assertState(storyElement(context), CaptureState.Live);
      expect(video(context).videoWidth, 'the video width').toBeGreaterThan(0);
    }, [CaptureState.Live]),
    eventually(async context => expect(await paintsFrame(video(context)), 'the video painted a frame').toBe(true)),
  );
};

/** A play function: the story's `<device-check>` comes to `status`, with `reason` (absent when ready). */
export const expectStatus = (status: 'checking' | 'ready' | 'attention', reason?: string): Play =>
  eventually(context => {
    const element = storyElement(context);
    expect(element.getAttribute('status'), '<device-check> status').toBe(status);
    expect(element.getAttribute('reason'), '<device-check> reason').toBe(reason ?? null);
  }, [status]);

const CAPTURE_NAMES = [...Object.values(CaptureState), ...Object.values(ErrorKind).map(kind => `${CaptureState.Error}-${kind}`)];

/** The states each element can be in, as a story would be named after them. */
const STATE_NAMES: Record<string, readonly string[]> = {
  [TagName.CameraPreview]: CAPTURE_NAMES,
  [TagName.MicMeter]: CAPTURE_NAMES,
  [TagName.ScreenPreview]: CAPTURE_NAMES,
  [TagName.MediaRecorder]: Object.values(RecorderState),
  [TagName.DeviceCheck]: ['checking', 'ready', 'attention'],
};

const kebab = (name: string) => name.trim().replace(/\s+/g, '-').toLowerCase();

/**
 * The project's `beforeEach`: a story named after a state of its element (by its name or its id) must have a play
 * function that asserts that state, so that a new or renamed state story is never left unchecked.
 */
export function requireExpectation({ id, name, component, playFunction }: StoryContext): void {
  const states = STATE_NAMES[String(component)] ?? [];
  const named = new Set([kebab(name), id.split('--').pop()!].filter(candidate => states.includes(candidate)));
  const asserted = (playFunction as Play | undefined)?.[ASSERTS] ?? [];
  for (const state of named) {
    if (!asserted.includes(state)) {
      throw new Error(
        `Story "${name}" is named after the state "${state}" of <${String(component)}>, but its play function does not assert it (play: expectState(...) from stories/support/expectations.ts)`,
      );
    }
  }
}
