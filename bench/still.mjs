// The "sitting still" table: what one live thing costs the main thread while the page does nothing else, side by
// side in one browser: an empty page, a plain <video> of the camera, and each of the kit's elements from the built
// bundle (the package's CDN entry, so `npm run build` first). Chromium's own fake devices (the camera's moving
// pattern, the microphone's beep every 500 ms). Each scenario settles SETTLE_MS after it is live, then its main
// thread is measured over MEASURE_MS (CDP Performance.getMetrics: TaskDuration, and ThreadTime, its CPU time);
// REPEATS runs in rotated order, the median kept. Then one trace of each scenario says where its time goes (bench/trace-breakdown.mjs).
import { existsSync, readFileSync } from 'node:fs';
import { median, metricsOf } from './harness.mjs';
import { traceMainThread } from './trace-breakdown.mjs';

export const STILL = { settleMs: 2500, measureMs: 5000, repeats: 3, traceMs: 3000 };
export const SCENARIOS = ['empty', 'video', 'camera-preview', 'mic-meter', 'device-check'];
export const LABELS = {
  empty: 'empty page',
  video: 'plain <video> of the camera',
  'camera-preview': '<camera-preview>',
  'mic-meter': '<mic-meter>',
  'device-check': '<device-check>',
};

/** The package's CDN entry (its `jsdelivr` field), as the bench server serves it under /dist/. */
function bundlePath() {
  const entry = JSON.parse(readFileSync('package.json', 'utf8')).jsdelivr.replace(/^\.\//, '');
  if (!existsSync(entry)) throw new Error(`${entry} is missing: run npm run build first`);
  return `/${entry}`;
}

/** Opens one scenario of the still page (`open` from harness.launch) and waits until it is live. */
export function openStill(open, root, scenario) {
  return open(`scenario=${scenario}&bundle=${encodeURIComponent(bundlePath())}`, `${root}/still.html`);
}

async function busyOf(open, root, scenario, { settleMs, measureMs }) {
  const { page, cdp } = await openStill(open, root, scenario);
  await page.waitForTimeout(settleMs);
  const before = await metricsOf(cdp);
  await page.waitForTimeout(measureMs);
  const after = await metricsOf(cdp);
  await page.close();
  const seconds = after.Timestamp - before.Timestamp;
  return {
    busyPercent: ((after.TaskDuration - before.TaskDuration) / seconds) * 100,
    scriptMsPerS: ((after.ScriptDuration - before.ScriptDuration) / seconds) * 1000,
    // CPU time of the main thread: unlike task time, it does not grow when a loaded machine deschedules the thread.
    cpuMsPerS: ((after.ThreadTime - before.ThreadTime) / seconds) * 1000,
    recalcStylePerS: (after.RecalcStyleCount - before.RecalcStyleCount) / seconds,
  };
}

/** Runs every scenario `repeats` times (rotated), then traces each once; returns the rows and the traces. */
export async function stillTable(open, root, options = STILL, scenarios = SCENARIOS) {
  const runs = Object.fromEntries(scenarios.map(scenario => [scenario, []]));
  for (let repeat = 0; repeat < options.repeats; repeat++) {
    const order = scenarios.map((_, i) => scenarios[(i + repeat) % scenarios.length]);
    for (const scenario of order) runs[scenario].push(await busyOf(open, root, scenario, options));
  }
  const rows = scenarios.map(scenario => {
    const pick = key => median(runs[scenario].map(run => run[key]));
    return { scenario, busyPercent: pick('busyPercent'), scriptMsPerS: pick('scriptMsPerS'), cpuMsPerS: pick('cpuMsPerS'), recalcStylePerS: pick('recalcStylePerS'),
      busyRuns: runs[scenario].map(run => run.busyPercent) };
  });
  const traces = {};
  for (const scenario of scenarios) {
    const { page, cdp } = await openStill(open, root, scenario);
    await page.waitForTimeout(options.settleMs);
    traces[scenario] = await traceMainThread(page, cdp, options.traceMs);
    await page.close();
  }
  return { rows, traces };
}

/** The table as lines of text, each element's cost also as points over the plain video and the empty page. */
export function stillLines({ rows }, options = STILL) {
  const of = scenario => rows.find(row => row.scenario === scenario)?.busyPercent;
  const points = (value, base) => (value === undefined || base === undefined ? '' : `${value - base >= 0 ? '+' : ''}${(value - base).toFixed(2)}`.padStart(8));
  return [
    `Sitting still: one live thing on the page, Chromium's fake devices, the built bundle; ${options.measureMs / 1000} s windows after ${options.settleMs / 1000} s, median of ${options.repeats}`,
    'live on the page                 busy %   over video  over empty  CPU ms/s  script ms/s  style recalcs/s  busy % of each run',
    ...rows.map(r => `${LABELS[r.scenario].padEnd(31)}${r.busyPercent.toFixed(2).padStart(7)}  ${points(r.busyPercent, of('video'))}    ${points(r.busyPercent, of('empty'))}  ${r.cpuMsPerS.toFixed(2).padStart(8)}  ${r.scriptMsPerS.toFixed(2).padStart(8)}     ${r.recalcStylePerS.toFixed(1).padStart(8)}        ${r.busyRuns.map(v => v.toFixed(2)).join(' ')}`),
  ];
}
