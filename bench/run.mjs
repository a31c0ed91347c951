// The benchmark: node bench/run.mjs (npm run bench, which builds first). Headless Chromium with the fake devices;
// every scenario of a table runs in the same browser, baselines side by side with the kit, measured over CDP
// (Performance.getMetrics). First the "sitting still" table (bench/still.mjs): one live element of the built bundle
// on an otherwise idle page, against an empty page and a plain <video>, with a trace of where each one's time goes.
// The meter table runs twice: on the speech-like signal (bench/speech-signal.mjs, the default input, with the share
// of its clicks that each method showed) and on the steady tone of the test fixtures. Prints the tables and writes
// bench/results.txt and bench/results.json.
import { writeFileSync } from 'node:fs';
import { mediaFixtures } from '../scripts/media-fixtures.mjs';
import { launch, median, metricsOf, servePage } from './harness.mjs';
import { SPEECH, speechFixture } from './speech-signal.mjs';
import { STILL, stillLines, stillTable } from './still.mjs';
import { breakdownLines } from './trace-breakdown.mjs';

const SETTLE_MS = 500;
const MEASURE_MS = 3000;
/** The accuracy check runs after the measured window of each scenario's first run (about 2 clicks per meter). */
const ACCURACY_MS = 4500;
const REPEATS = Number(process.env.BENCH_REPEATS ?? 2);
const TONE_REPEATS = 1;
/** The tone table's windows: on a tone nothing changes, so a shorter window tells as much. */
const TONE_MEASURE_MS = 2000;
const COUNTS = (process.env.BENCH_COUNTS ?? '1,8,32').split(',').map(Number);
/**
 * For quick looks (the results files are written only by a full run): BENCH_ONLY=still|speech|tone|frames|sharing runs one
 * part, BENCH_COUNTS=8,32 some meter counts, BENCH_MODES=kit,livekit some methods, BENCH_REPEATS=1 fewer runs.
 */
const only = process.env.BENCH_ONLY;
const METER_MODES = (process.env.BENCH_MODES ?? 'kit,hark,livekit').split(',').map(method => `${method}-meters`);

const { base, root, close } = await servePage();

/** Main-thread cost of n meters over MEASURE_MS after they settled; then, if asked, the clicks they showed. */
async function meterCost(open, mode, n, withAccuracy, measureMs = MEASURE_MS) {
  const { page, cdp } = await open(`mode=${mode}&n=${n}`);
  await page.waitForTimeout(SETTLE_MS);
  const before = await metricsOf(cdp);
  const longBefore = await page.evaluate(() => window.longTasks.count);
  await page.waitForTimeout(measureMs);
  const after = await metricsOf(cdp);
  const longTasks = (await page.evaluate(() => window.longTasks.count)) - longBefore;
  const accuracy = withAccuracy ? await page.evaluate(([ms, floor]) => window.accuracy(ms, floor), [ACCURACY_MS, SPEECH.clickFloor]) : undefined;
  await page.close();
  const seconds = after.Timestamp - before.Timestamp;
  return {
    busyPercent: ((after.TaskDuration - before.TaskDuration) / seconds) * 100,
    scriptMsPerS: ((after.ScriptDuration - before.ScriptDuration) / seconds) * 1000,
    recalcStylePerS: (after.RecalcStyleCount - before.RecalcStyleCount) / seconds,
    longTasks,
    accuracy,
  };
}

async function meterTable(open, repeats, withAccuracy, measureMs) {
  const rows = [];
  for (const n of COUNTS) {
    const runs = Object.fromEntries(METER_MODES.map(mode => [mode, []]));
    for (let repeat = 0; repeat < repeats; repeat++) {
      // Rotate the order, so no method always runs first (or last) on a warm browser.
      const order = METER_MODES.map((_, i) => METER_MODES[(i + repeat + n) % METER_MODES.length]);
      for (const mode of order) runs[mode].push(await meterCost(open, mode, n, withAccuracy && repeat === 0, measureMs));
    }
    for (const mode of METER_MODES) {
      const pick = key => median(runs[mode].map(r => r[key]));
      rows.push({ n, method: mode.replace('-meters', ''), busyPercent: pick('busyPercent'), scriptMsPerS: pick('scriptMsPerS'),
        recalcStylePerS: pick('recalcStylePerS'), longTasks: Math.max(...runs[mode].map(r => r.longTasks)),
        busyRuns: runs[mode].map(r => r.busyPercent), accuracy: runs[mode][0].accuracy });
    }
  }
  return rows;
}

const results = { date: new Date().toISOString(), input: {}, still: undefined, meters: {}, firstFrame: {}, sharing: {} };
const wants = part => !only || only === part;

let still;
if (wants('still')) {
  const fake = await launch(base);
  results.input.still = "Chromium's own fake camera and microphone";
  still = await stillTable(fake.open, root);
  results.still = { ...STILL, rows: still.rows };
  await fake.browser.close();
}

const speech = await launch(base, speechFixture());
results.chromium = speech.browser.version();
results.input.speech = { ...SPEECH, file: 'bench/speech-signal.mjs (generated)' };
if (wants('speech')) results.meters.speech = await meterTable(speech.open, REPEATS, true);

const frames = { kit: [], raw: [] };
for (let i = 0; i < (wants('frames') ? 4 : 0); i++) {
  for (const mode of i % 2 ? ['raw', 'kit'] : ['kit', 'raw']) {
    const { page, result } = await speech.open(`mode=${mode}-first-frame`);
    frames[mode].push(result.ms);
    await page.close();
  }
}
results.firstFrame = { kitMs: median(frames.kit), rawMs: median(frames.raw), samples: frames };
results.firstFrame.overheadPercent = ((results.firstFrame.kitMs - results.firstFrame.rawMs) / results.firstFrame.rawMs) * 100;

for (const mode of wants('sharing') ? ['kit', 'naive'] : []) {
  const { page, result } = await speech.open(`mode=${mode}-share&n=10`);
  results.sharing[mode] = result;
  await page.close();
}
await speech.browser.close();

if (wants('tone')) {
  const tone = await launch(base, mediaFixtures().audio);
  results.input.tone = 'a steady 1 kHz sine at amplitude 0.5 (scripts/media-fixtures.mjs)';
  results.meters.tone = await meterTable(tone.open, TONE_REPEATS, false, TONE_MEASURE_MS);
  await tone.browser.close();
}
close();

const fixed = (value, digits = 1) => value.toFixed(digits).padStart(7);
const caught = a => (a ? `${a.caught}/${a.clicks * a.meters} (${a.clicks ? ((100 * a.caught) / (a.clicks * a.meters)).toFixed(0) : '-'} %)` : '');
const table = rows => [
  'meters  method    busy %   script ms/s  style recalcs/s  long tasks  clicks caught',
  ...rows.map(r => `${String(r.n).padStart(6)}  ${r.method.padEnd(8)}${fixed(r.busyPercent, 2)}  ${fixed(r.scriptMsPerS)}      ${fixed(r.recalcStylePerS)}        ${r.longTasks}         ${caught(r.accuracy)}`.trimEnd()),
];
const lines = [`Chromium ${results.chromium}`];
if (still) {
  lines.push('', ...stillLines(still), '', 'Where each one\'s main-thread time goes (one 3 s trace each, bench/trace-breakdown.mjs):');
  for (const [scenario, trace] of Object.entries(still.traces)) lines.push(...breakdownLines(scenario, trace, 6));
}
if (results.meters.speech) {
  lines.push('', `Speech-like signal (bench/speech-signal.mjs: syllables at 4-6 Hz, pauses, a 5 ms click every 2 s), ${REPEATS} runs each (median), ${MEASURE_MS / 1000} s windows`,
    ...table(results.meters.speech));
}
if (results.meters.tone) lines.push('', `Steady 1 kHz tone, ${TONE_REPEATS} run each, ${TONE_MEASURE_MS / 1000} s windows`, ...table(results.meters.tone));
if (frames.kit.length) {
  lines.push('', `first camera frame: <camera-preview> ${results.firstFrame.kitMs.toFixed(0)} ms, raw getUserMedia + <video> ${results.firstFrame.rawMs.toFixed(0)} ms (${results.firstFrame.overheadPercent.toFixed(1)} %)`);
}
if (results.sharing.kit) {
  lines.push(`10 previews of one camera: kit ${results.sharing.kit.calls} getUserMedia call(s), ${results.sharing.kit.liveTracks} live track(s); naive ${results.sharing.naive.calls} calls, ${results.sharing.naive.liveTracks} tracks`);
}
console.log(lines.join('\n'));
if (!only && !process.env.BENCH_COUNTS) {
  writeFileSync('bench/results.json', `${JSON.stringify(results, null, 2)}\n`);
  writeFileSync('bench/results.txt', `${lines.join('\n')}\n`);
}
