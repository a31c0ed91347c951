// A live resolution change with an effect on, on each engine's fake camera (the simulator's draws at one size).
import { skipBecause } from '../support/browser.js';
import { workerWebGL } from './frames.js';
import { changeResolutionWithEffect, FROM, TO } from './resolution-change.js';

describe('camera-preview effects: a live resolution change', function () {
  this.timeout(30_000);

  it('blur on, resolution changed while live: the processed picture comes at the new size, without asking for the camera again', async function () {
    if (!(await workerWebGL())) {
      return skipBecause(this, 'no WebGL2 in workers (WebKitGTK\'s MiniBrowser; Firefox has it only with a display): MediaPipe uploads every frame through WebGL2, so nothing can be segmented');
    }
    await changeResolutionWithEffect(FROM, TO);
  });
});
