/**
 * The stories' media: the kit's own simulator (`local-media-elements/testing`), unless the toolbar's "Media" menu
 * says real devices. A story picks its devices and outcome with `simulated({...})`; stories without one share a
 * default simulator (one camera, one microphone, every request allowed).
 */
import type { StoryContext } from '@storybook/web-components-vite';
import { installMediaSimulator, type MediaSimulator, type MediaSimulatorOptions } from '../../components/testing/index.js';

/** The toolbar's global: `simulated` (the default) or `real`. */
export const MEDIA_GLOBAL = 'media';

let active: { simulator: MediaSimulator; users: number } | undefined;

/**
 * The project's `beforeEach`: installs the simulator for the story and returns its cleanup. Inline stories on a
 * docs page share one window and so one simulator; that is why `simulated()` stories get their own iframe.
 */
export function useMedia({ globals, parameters }: StoryContext): (() => void) | undefined {
  if (globals[MEDIA_GLOBAL] === 'real') return undefined;
  const entry = (active ??= { simulator: installMediaSimulator(parameters[MEDIA_GLOBAL] as MediaSimulatorOptions | undefined), users: 0 });
  entry.users++;
  return () => {
    if (--entry.users > 0) return;
    entry.simulator.uninstall();
    if (active === entry) active = undefined;
  };
}

/** The simulator the story runs on; undefined with real devices. */
export const simulator = (): MediaSimulator | undefined => active?.simulator;

/** A story on its own simulated devices or outcome. */
export const simulated = (media: MediaSimulatorOptions, height = '360px') => ({
  parameters: { [MEDIA_GLOBAL]: media, docs: { story: { inline: false, height } } },
});
