/**
 * The media simulator (`local-media-elements/testing`) in the kit's own tests: `simulate()` installs it for the
 * test that calls it; after the test, once the fixtures are removed and a task has passed, it is uninstalled and
 * the test fails if any simulated device was still capturing (a camera light left on).
 */
import { expect, fixtureCleanup } from '@open-wc/testing';
import { installMediaSimulator, type MediaSimulator, type MediaSimulatorOptions } from '../../components/testing/index.js';
import { nextTask } from './media.js';

let simulator: MediaSimulator | undefined;

/** Installs the simulator until the end of the test. */
export function simulate(options?: MediaSimulatorOptions): MediaSimulator {
  simulator = installMediaSimulator(options);
  return simulator;
}

afterEach(async () => {
  fixtureCleanup();
  await nextTask();
  const captures = simulator?.liveCaptures() ?? [];
  simulator?.uninstall();
  simulator = undefined;
  expect(captures, 'simulated devices left capturing').to.be.empty;
});
