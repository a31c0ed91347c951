// Where the main thread's time goes: node bench/trace.mjs [mode] [n] (default kit-meters 32) records a CDP trace of
// one meter scenario on the speech-like signal over 3 s and prints the main thread's self time per kind of work,
// in ms per second, and how often each kind of task ran. `node bench/trace.mjs effects 'mode=blur&size=640x480'`
// traces the effects page (bench/effects-page.ts) instead. Then the main thread's tasks by the code that posted
// them, in wall and CPU time (a task's wall time grows when other threads take the cores from it).
import { mediaFixtures } from '../scripts/media-fixtures.mjs';
import { launch, serveEffectsPage, servePage } from './harness.mjs';
import { speechFixture } from './speech-signal.mjs';

const [mode = 'kit-meters', n = '32'] = process.argv.slice(2);
const effects = mode === 'effects';
const WINDOW_MS = 3000;
const CATEGORIES = ['toplevel', 'devtools.timeline', 'disabled-by-default-devtools.timeline', 'blink', 'accessibility', 'v8', 'cc', 'benchmark'];

const BUCKETS = [
  ['accessibility', /AX|Accessib/],
  ['style recalc', /recalcStyle|updateStyle|UpdateLayoutTree|StyleRecalc|StyleEngine/i],
  ['layout', /^(Layout|UpdateLayout|LocalFrameView::layout|LocalFrameView::UpdateLayout)/],
  ['paint, pre-paint, commit', /Paint|Commit|commit|Layer|CullRect|Raster|Compositor/],
  ['intersection observers', /Intersection/],
  ['script', /^(FunctionCall|FireAnimationFrame|TimerFire|EvaluateScript|v8|V8|EventDispatch|RunMicrotasks|HandlePostMessage|AsyncTask|RunMicrotask)/],
];

const { base, close } = await (effects ? serveEffectsPage() : servePage());
const { browser, open } = await launch(base, effects ? mediaFixtures().audio : speechFixture());
const { page, cdp } = await open(effects ? n : `mode=${mode}&n=${n}`);
await page.waitForTimeout(effects ? 1000 : 800);
const events = [];
cdp.on('Tracing.dataCollected', ({ value }) => events.push(...value));
const done = new Promise(resolve => cdp.once('Tracing.tracingComplete', resolve));
await cdp.send('Tracing.start', { traceConfig: { includedCategories: CATEGORIES }, transferMode: 'ReportEvents' });
await page.waitForTimeout(WINDOW_MS);
await cdp.send('Tracing.end');
await done;
await page.close();
await browser.close();
close();

// The page's main thread: the CrRendererMain thread that ran the most tasks.
const names = new Map(events.filter(e => e.name === 'thread_name').map(e => [`${e.pid}:${e.tid}`, e.args.name]));
const tasks = new Map();
for (const e of events) if (e.name === 'RunTask' && names.get(`${e.pid}:${e.tid}`) === 'CrRendererMain') tasks.set(`${e.pid}:${e.tid}`, (tasks.get(`${e.pid}:${e.tid}`) ?? 0) + 1);
const main = [...tasks].sort((a, b) => b[1] - a[1])[0][0];
const timed = events.filter(e => `${e.pid}:${e.tid}` === main && e.ph === 'X' && e.dur !== undefined).sort((a, b) => a.ts - b.ts || b.dur - a.dur);
const span = (Math.max(...timed.map(e => e.ts + e.dur)) - Math.min(...timed.map(e => e.ts))) / 1e6;

// Self time of each event name: its duration minus its children's.
const self = new Map();
const count = new Map();
const stack = [];
for (const e of timed) {
  while (stack.length && stack.at(-1).ts + stack.at(-1).dur <= e.ts) stack.pop();
  const parent = stack.at(-1);
  if (parent) self.set(parent.name, (self.get(parent.name) ?? 0) - e.dur);
  self.set(e.name, (self.get(e.name) ?? 0) + e.dur);
  count.set(e.name, (count.get(e.name) ?? 0) + 1);
  stack.push(e);
}
const busy = timed.filter(e => e.name === 'RunTask').reduce((sum, e) => sum + e.dur, 0);
const perS = us => (us / 1000 / span).toFixed(2).padStart(7);
const bucketOf = name => BUCKETS.find(([, pattern]) => pattern.test(name))?.[0] ?? 'other';
const buckets = new Map();
for (const [name, us] of self) if (name !== 'RunTask') buckets.set(bucketOf(name), (buckets.get(bucketOf(name)) ?? 0) + us);
buckets.set('task overhead (RunTask self)', self.get('RunTask') ?? 0);

console.log(`${effects ? `effects ${n}` : `${mode} n=${n}, speech-like signal`}, ${span.toFixed(1)} s traced: main thread busy ${perS(busy)} ms/s (${((busy / 1e4) / span).toFixed(2)} %)`);
for (const [bucket, us] of [...buckets].sort((a, b) => b[1] - a[1])) console.log(`  ${bucket.padEnd(30)}${perS(us)} ms/s`);
console.log('top events by self time (ms/s, count/s):');
for (const [name, us] of [...self].sort((a, b) => b[1] - a[1]).slice(0, Number(process.env.TRACE_TOP ?? 16))) {
  console.log(`  ${name.padEnd(44)}${perS(us)}  ${(count.get(name) / span).toFixed(1).padStart(7)}/s`);
}
// The tasks themselves (ThreadControllerImpl::RunTask, one per RunTask) say where they were posted from.
const posted = new Map();
for (const e of timed.filter(e => e.name === 'ThreadControllerImpl::RunTask')) {
  const where = `${e.args?.src_func ?? '?'} (${(e.args?.src_file ?? '?').split('/').slice(-2).join('/')})`;
  const sum = posted.get(where) ?? { wall: 0, cpu: 0, n: 0 };
  Object.assign(sum, { wall: sum.wall + e.dur, cpu: sum.cpu + (e.tdur ?? 0), n: sum.n + 1 });
  posted.set(where, sum);
}
const cpu = [...posted.values()].reduce((total, sum) => total + sum.cpu, 0);
console.log(`tasks by where they were posted (wall ms/s, CPU ms/s, count/s); main thread CPU ${perS(cpu)} ms/s (${(cpu / 1e4 / span).toFixed(2)} %):`);
for (const [where, sum] of [...posted].sort((a, b) => b[1].cpu - a[1].cpu).slice(0, 12)) {
  console.log(`  ${where.padEnd(64)}${perS(sum.wall)}${perS(sum.cpu)}  ${(sum.n / span).toFixed(1).padStart(7)}/s`);
}
if (effects) process.exit(0);
const rate = name => ((count.get(name) ?? 0) / span / Number(n)).toFixed(1);
console.log(`per meter per second: animation frames ${rate('FireAnimationFrame')}, timers ${rate('TimerFire')}, messages ${rate('MessagePort::Accept')}, function calls ${rate('FunctionCall')}`);
