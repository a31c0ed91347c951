// Where the main thread's time goes: node bench/trace.mjs [mode] [n] (default kit-meters 32) records a CDP trace of
// one meter scenario on the speech-like signal over 3 s and prints the main thread's self time per kind of work,
// in ms per second, and how often each kind of task ran.
import { launch, servePage } from './harness.mjs';
import { speechFixture } from './speech-signal.mjs';

const [mode = 'kit-meters', n = '32'] = process.argv.slice(2);
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

const { base, close } = await servePage();
const { browser, open } = await launch(base, speechFixture());
const { page, cdp } = await open(`mode=${mode}&n=${n}`);
await page.waitForTimeout(800);
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

console.log(`${mode} n=${n}, speech-like signal, ${span.toFixed(1)} s traced: main thread busy ${perS(busy)} ms/s (${((busy / 1e4) / span).toFixed(2)} %)`);
for (const [bucket, us] of [...buckets].sort((a, b) => b[1] - a[1])) console.log(`  ${bucket.padEnd(30)}${perS(us)} ms/s`);
console.log('top events by self time (ms/s, count/s):');
for (const [name, us] of [...self].sort((a, b) => b[1] - a[1]).slice(0, Number(process.env.TRACE_TOP ?? 16))) {
  console.log(`  ${name.padEnd(44)}${perS(us)}  ${(count.get(name) / span).toFixed(1).padStart(7)}/s`);
}
const rate = name => ((count.get(name) ?? 0) / span / Number(n)).toFixed(1);
console.log(`per meter per second: animation frames ${rate('FireAnimationFrame')}, timers ${rate('TimerFire')}, messages ${rate('MessagePort::Accept')}, function calls ${rate('FunctionCall')}`);
