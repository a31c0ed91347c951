// The effects benchmark: node bench/effects.mjs (npm run bench:effects). Headless Chromium with its fake camera at
// 640x480 and 1280x720, side by side in one browser run: a plain <video> of the camera (the bare platform),
// <camera-preview> without an effect, with `blur` and `background`, and with `blur` through the frame relay of the
// browsers without MediaStreamTrackProcessor. For each, over 3 s windows after the effect is on, median of
// BENCH_REPEATS runs: the frames per second the shown video presents; the main thread's busy % (CDP
// Performance.getMetrics TaskDuration: the wall time of its tasks, which grows when other threads take the cores
// from it mid-task); its CPU % (ThreadTime: the time it ran); and the renderer's CPU % (ProcessTime: every thread
// of the page, the effect worker included; 100 = one core). Prints the table and writes bench/effects-results.txt.
import { writeFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { mediaFixtures } from '../scripts/media-fixtures.mjs';
import { launch, median, metricsOf, serveEffectsPage } from './harness.mjs';

const SETTLE_MS = 1000;
const MEASURE_MS = 3000;
const REPEATS = Number(process.env.BENCH_REPEATS ?? 3);
const SCENARIOS = {
  raw: ['mode=raw', 'plain <video>'],
  preview: ['mode=preview', '<camera-preview>'],
  blur: ['mode=blur', 'effect="blur"'],
  background: ['mode=background', 'effect="background"'],
  'blur-relay': ['mode=blur&relay=frames', 'blur, frame relay'],
};
const MODES = (process.env.BENCH_MODES ?? Object.keys(SCENARIOS).join(',')).split(',');
const SIZES = (process.env.BENCH_SIZES ?? '640x480,1280x720').split(',');
/** More of the page's parameters for every scenario, e.g. BENCH_QUERY=count=rvfc (bench/effects-page.ts). */
const EXTRA = process.env.BENCH_QUERY ? `&${process.env.BENCH_QUERY}` : '';

const { base, close } = await serveEffectsPage();
const { browser, open } = await launch(base, mediaFixtures().audio);

async function measure(mode, size) {
  const { page, cdp, result } = await open(`${SCENARIOS[mode][0]}&size=${size}${EXTRA}`);
  if (result.error) throw new Error(`${mode} ${size}: ${result.error}`);
  await page.waitForTimeout(SETTLE_MS);
  const before = await metricsOf(cdp);
  const framesBefore = await page.evaluate(() => window.presented());
  await page.waitForTimeout(MEASURE_MS);
  const after = await metricsOf(cdp);
  const frames = (await page.evaluate(() => window.presented())) - framesBefore;
  await page.close();
  const seconds = after.Timestamp - before.Timestamp;
  const percent = metric => ((after[metric] - before[metric]) / seconds) * 100;
  return { busy: percent('TaskDuration'), cpu: percent('ThreadTime'), renderer: percent('ProcessTime'), fps: frames / seconds, state: result.effectState, width: result.width };
}

const load = loadavg()[0];
const rows = [];
for (const size of SIZES) {
  const runs = Object.fromEntries(MODES.map(mode => [mode, []]));
  for (let repeat = 0; repeat < REPEATS; repeat++) {
    for (const mode of MODES.map((_, i) => MODES[(i + repeat) % MODES.length])) runs[mode].push(await measure(mode, size));
  }
  for (const mode of MODES) {
    const of = key => median(runs[mode].map(run => run[key]));
    rows.push({ size, mode, fps: of('fps'), busy: of('busy'), cpu: of('cpu'), renderer: of('renderer'), state: runs[mode].map(run => run.state).find(Boolean) ?? '' });
  }
}
await browser.close();
close();

const version = browser.version?.() ?? '';
const number = (value, width) => value.toFixed(value >= 100 ? 1 : 2).padStart(width);
const lines = [
  `Chromium ${version}, fake camera, ${REPEATS} runs each (median), ${MEASURE_MS / 1000} s windows; ${cpus().length} cores, load average ${load.toFixed(1)} at the start`,
  `command: ${process.env.BENCH_COMMAND ?? `BENCH_SIZES=${SIZES.join(',')} BENCH_MODES=${MODES.join(',')}${EXTRA ? ` BENCH_QUERY=${EXTRA.slice(1)}` : ''}${process.env.BENCH_CHROMIUM_ARGS ? ` BENCH_CHROMIUM_ARGS='${process.env.BENCH_CHROMIUM_ARGS}'` : ''} node bench/effects.mjs`}`,
  'size      shown                   fps   main busy %   main CPU %   renderer CPU %   effect-state',
  ...rows.map(r => `${r.size.padEnd(9)} ${SCENARIOS[r.mode][1].padEnd(20)} ${r.fps.toFixed(1).padStart(6)}  ${number(r.busy, 10)}  ${number(r.cpu, 11)}  ${number(r.renderer, 15)}   ${r.state}`),
];
lines.push('Where the main thread\'s time goes, per frame: bench/effects-trace.txt (node bench/trace.mjs effects \'mode=blur&size=640x480\').');
console.log(lines.join('\n'));
if (!process.env.BENCH_NO_WRITE) writeFileSync('bench/effects-results.txt', `${lines.join('\n')}\n`);
