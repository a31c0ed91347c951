// The effects benchmark: node bench/effects.mjs (npm run bench:effects). Headless Chromium with its fake camera at
// 640x480 and 1280x720: a plain <video> of the camera (the bare platform), <camera-preview> without an effect, and
// with `blur` and `background`, side by side in one browser run. For each: the frames per second the shown video
// presents and the main thread's busy % (CDP Performance.getMetrics TaskDuration), over 3 s windows after the
// effect is on, median of BENCH_REPEATS runs. Prints the table and writes bench/effects-results.txt.
import { cpSync, mkdirSync, writeFileSync } from 'node:fs';
import { mediaFixtures } from '../scripts/media-fixtures.mjs';
import { launch, median, metricsOf, servePage } from './harness.mjs';

const SETTLE_MS = 1000;
const MEASURE_MS = 3000;
const REPEATS = Number(process.env.BENCH_REPEATS ?? 3);
const MODES = ['raw', 'preview', 'blur', 'background'];
const SIZES = (process.env.BENCH_SIZES ?? '640x480,1280x720').split(',');

// The effect worker is built beside the page's chunks, where the effect code looks for it, and the assets beside it.
const { base, close } = await servePage('bench/effects-page.ts', { 'effect-worker': 'components/core/effects/effect-worker.ts' });
mkdirSync('bench/.out/assets', { recursive: true });
cpSync('components/core/effects/assets', 'bench/.out/assets', { recursive: true });
const { browser, open } = await launch(base, mediaFixtures().audio);

async function measure(mode, size) {
  const { page, cdp, result } = await open(`mode=${mode}&size=${size}`);
  if (result.error) throw new Error(`${mode} ${size}: ${result.error}`);
  await page.waitForTimeout(SETTLE_MS);
  const before = await metricsOf(cdp);
  const framesBefore = await page.evaluate(() => window.presented);
  await page.waitForTimeout(MEASURE_MS);
  const after = await metricsOf(cdp);
  const frames = (await page.evaluate(() => window.presented)) - framesBefore;
  await page.close();
  const seconds = after.Timestamp - before.Timestamp;
  return { busy: ((after.TaskDuration - before.TaskDuration) / seconds) * 100, fps: frames / seconds, state: result.effectState, width: result.width };
}

const rows = [];
for (const size of SIZES) {
  const runs = Object.fromEntries(MODES.map(mode => [mode, []]));
  for (let repeat = 0; repeat < REPEATS; repeat++) {
    for (const mode of MODES.map((_, i) => MODES[(i + repeat) % MODES.length])) runs[mode].push(await measure(mode, size));
  }
  for (const mode of MODES) {
    const state = runs[mode].map(run => run.state).find(Boolean) ?? '';
    rows.push({ size, mode, fps: median(runs[mode].map(r => r.fps)), busy: median(runs[mode].map(r => r.busy)), state, width: runs[mode][0].width });
  }
}
await browser.close();
close();

const version = browser.version?.() ?? '';
const lines = [
  `Chromium ${version}, fake camera, ${REPEATS} runs each (median), ${MEASURE_MS / 1000} s windows`,
  'size      shown                 fps   main-thread busy %   effect-state',
  ...rows.map(r => `${r.size.padEnd(9)} ${{ raw: 'plain <video>', preview: '<camera-preview>', blur: 'effect="blur"', background: 'effect="background"' }[r.mode].padEnd(20)} ${r.fps.toFixed(1).padStart(5)}   ${r.busy.toFixed(2).padStart(8)}            ${r.state}`),
];
console.log(lines.join('\n'));
if (!process.env.BENCH_NO_WRITE) writeFileSync('bench/effects-results.txt', `${lines.join('\n')}\n`);
