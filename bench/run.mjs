// The benchmark: node bench/run.mjs (npm run bench). Headless Chromium with the fake devices; every scenario of a
// table runs in the same browser, baselines side by side with the kit, measured over CDP (Performance.getMetrics).
// Prints a table and writes bench/results.json.
import { build } from 'esbuild';
import { createReadStream, mkdirSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join } from 'node:path';
import { chromium } from 'playwright-core';
import { findBrowser } from '../scripts/browsers.mjs';
import { mediaFixtures } from '../scripts/media-fixtures.mjs';

const OUT = 'bench/.out';
const SETTLE_MS = 1000;
const MEASURE_MS = 3000;
const REPEATS = Number(process.env.BENCH_REPEATS ?? 2);
/** BENCH_ONLY=meters|frames|sharing runs one table (for quick looks; results files are written only by a full run). */
const only = process.env.BENCH_ONLY;

mkdirSync(OUT, { recursive: true });
await build({
  entryPoints: ['bench/page.ts'],
  bundle: true,
  splitting: true,
  format: 'esm',
  minify: true,
  target: 'es2022',
  tsconfig: 'tsconfig.json',
  outdir: OUT,
  logLevel: 'warning',
});
writeFileSync(join(OUT, 'index.html'), '<!doctype html><meta charset="utf-8"><body><script type="module" src="page.js"></script>');

const types = { '.html': 'text/html', '.js': 'text/javascript' };
const server = createServer((req, res) => {
  const file = join(OUT, new URL(req.url, 'http://x').pathname.replace(/^\/$/, '/index.html'));
  res.writeHead(200, { 'content-type': types[extname(file)] ?? 'application/octet-stream' });
  createReadStream(file).on('error', () => res.end()).pipe(res);
});
await new Promise(resolve => server.listen(0, '127.0.0.1', resolve));
const base = `http://127.0.0.1:${server.address().port}/index.html`;

const fixtures = mediaFixtures();
const browser = await chromium.launch({
  executablePath: findBrowser('chromium'),
  args: ['--no-sandbox', '--use-fake-device-for-media-stream', '--use-fake-ui-for-media-stream', `--use-file-for-fake-audio-capture=${fixtures.audio}`,
    '--autoplay-policy=no-user-gesture-required', '--disable-background-networking', '--disable-component-update', '--disable-sync',
    '--no-first-run', '--disable-quic'],
});

async function open(query) {
  const page = await browser.newPage();
  if (process.env.BENCH_DEBUG) page.on("console", m => console.log("page:", m.text())).on("pageerror", e => console.log("pageerror:", e.message));
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Performance.enable', { timeDomain: 'timeTicks' });
  if (process.env.BENCH_DEBUG) console.log("open", query);
  await page.goto(`${base}?${query}`);
  await page.waitForFunction(() => window.benchResult !== undefined, null, { timeout: 30_000 });
  return { page, cdp, result: await page.evaluate(() => window.benchResult) };
}

const metricsOf = async cdp => Object.fromEntries((await cdp.send('Performance.getMetrics')).metrics.map(m => [m.name, m.value]));
const median = values => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

/** Main-thread cost of n meters, over MEASURE_MS after they settled. */
async function meterCost(mode, n) {
  const { page, cdp } = await open(`mode=${mode}&n=${n}`);
  await page.waitForTimeout(SETTLE_MS);
  const before = await metricsOf(cdp);
  const longBefore = await page.evaluate(() => window.longTasks.count);
  await page.waitForTimeout(MEASURE_MS);
  const after = await metricsOf(cdp);
  const longTasks = (await page.evaluate(() => window.longTasks.count)) - longBefore;
  await page.close();
  const seconds = after.Timestamp - before.Timestamp;
  return {
    busyPercent: ((after.TaskDuration - before.TaskDuration) / seconds) * 100,
    scriptMsPerS: ((after.ScriptDuration - before.ScriptDuration) / seconds) * 1000,
    recalcStylePerS: (after.RecalcStyleCount - before.RecalcStyleCount) / seconds,
    longTasks,
  };
}

const results = { date: new Date().toISOString(), chromium: browser.version(), meters: [], firstFrame: {}, sharing: {} };

const METER_MODES = ['kit-meters', 'hark-meters', 'livekit-meters'];
for (const n of !only || only === 'meters' ? [1, 8, 32] : []) {
  const runs = Object.fromEntries(METER_MODES.map(mode => [mode, []]));
  for (let repeat = 0; repeat < REPEATS; repeat++) {
    // Rotate the order, so no method always runs first (or last) on a warm browser.
    const order = METER_MODES.map((_, i) => METER_MODES[(i + repeat + n) % METER_MODES.length]);
    for (const mode of order) runs[mode].push(await meterCost(mode, n));
  }
  for (const mode of METER_MODES) {
    const pick = key => median(runs[mode].map(r => r[key]));
    results.meters.push({ n, method: mode.replace('-meters', ''), busyPercent: pick('busyPercent'), scriptMsPerS: pick('scriptMsPerS'), recalcStylePerS: pick('recalcStylePerS'), longTasks: Math.max(...runs[mode].map(r => r.longTasks)) });
  }
}

const frames = { kit: [], raw: [] };
for (let i = 0; i < (!only || only === 'frames' ? 8 : 0); i++) {
  for (const mode of i % 2 ? ['raw', 'kit'] : ['kit', 'raw']) {
    const { page, result } = await open(`mode=${mode}-first-frame`);
    frames[mode].push(result.ms);
    await page.close();
  }
}
results.firstFrame = { kitMs: median(frames.kit), rawMs: median(frames.raw), samples: frames };
results.firstFrame.overheadPercent = ((results.firstFrame.kitMs - results.firstFrame.rawMs) / results.firstFrame.rawMs) * 100;

for (const mode of !only || only === 'sharing' ? ['kit', 'naive'] : []) {
  const { page, result } = await open(`mode=${mode}-share&n=10`);
  results.sharing[mode] = result;
  await page.close();
}

await browser.close();
server.close();

if (only) {
  console.log(JSON.stringify(results, null, 2));
  process.exit(0);
}

const fixed = (value, digits = 1) => value.toFixed(digits).padStart(7);
const lines = [
  `Chromium ${results.chromium}, ${REPEATS} runs each (median), ${MEASURE_MS / 1000} s windows`,
  '',
  'meters  method    busy %   script ms/s  style recalcs/s  long tasks',
  ...results.meters.map(r => `${String(r.n).padStart(6)}  ${r.method.padEnd(8)}${fixed(r.busyPercent, 2)}  ${fixed(r.scriptMsPerS)}      ${fixed(r.recalcStylePerS)}        ${r.longTasks}`),
  '',
  `first camera frame: <camera-preview> ${results.firstFrame.kitMs.toFixed(0)} ms, raw getUserMedia + <video> ${results.firstFrame.rawMs.toFixed(0)} ms (${results.firstFrame.overheadPercent.toFixed(1)} %)`,
  `10 previews of one camera: kit ${results.sharing.kit.calls} getUserMedia call(s), ${results.sharing.kit.liveTracks} live track(s); naive ${results.sharing.naive.calls} calls, ${results.sharing.naive.liveTracks} tracks`,
];
console.log(lines.join('\n'));
writeFileSync('bench/results.json', `${JSON.stringify(results, null, 2)}\n`);
writeFileSync('bench/results.txt', `${lines.join('\n')}\n`);
