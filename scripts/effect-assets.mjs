// Copies what the camera effects load at run time into one folder (default: components/core/effects/assets/,
// for the tests, the stories and the bench; `npm run build` also writes dist/core/effects/assets/): MediaPipe
// Tasks' vision bundle and its SIMD WebAssembly (@mediapipe/tasks-vision), and MediaPipe's landscape selfie
// segmentation model (@mediapipe/selfie_segmentation) with the TFLite metadata the Tasks API needs added
// (scripts/tflite-metadata.mjs). Both packages are Apache-2.0: their licence goes along.
// Usage: node scripts/effect-assets.mjs [folder]
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { withSegmenterMetadata } from './tflite-metadata.mjs';
import { writeChanged as write } from './write-changed.mjs';

const out = process.argv[2] ?? 'components/core/effects/assets';
// Both packages' folders (tasks-vision exports no package.json to resolve).
const vision = 'node_modules/@mediapipe/tasks-vision';
const selfie = 'node_modules/@mediapipe/selfie_segmentation';

mkdirSync(out, { recursive: true });
for (const file of ['vision_bundle.mjs', 'wasm/vision_wasm_module_internal.js', 'wasm/vision_wasm_module_internal.wasm']) {
  write(join(out, file.replace(/^wasm\//, '')), readFileSync(join(vision, file)));
}
const model = readFileSync(join(selfie, 'selfie_segmentation_landscape.tflite'));
write(join(out, 'selfie_segmentation_landscape.tflite'), withSegmenterMetadata(new Uint8Array(model)));
write(
  join(out, 'NOTICE.txt'),
  'vision_bundle.mjs and vision_wasm_module_internal.* are from @mediapipe/tasks-vision; selfie_segmentation_landscape.tflite\n' +
    'is from @mediapipe/selfie_segmentation, with TFLite metadata added. Both: Copyright Google LLC, Apache License 2.0\n' +
    '(https://www.apache.org/licenses/LICENSE-2.0).\n',
);
