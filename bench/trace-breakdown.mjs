// Where a page's main-thread time goes: a CDP trace of a window, the main thread's self time per kind of work in
// ms per second, the top events, and how often each kind of task ran. Used by bench/trace.mjs and bench/still.mjs.

const CATEGORIES = ['toplevel', 'devtools.timeline', 'disabled-by-default-devtools.timeline', 'blink', 'accessibility', 'v8', 'cc', 'benchmark', 'media'];

const BUCKETS = [
  ['accessibility', /AX|Accessib/],
  ['style recalc', /recalcStyle|updateStyle|UpdateLayoutTree|StyleRecalc|StyleEngine/i],
  ['layout', /^(Layout|UpdateLayout|LocalFrameView::layout|LocalFrameView::UpdateLayout)/],
  ['paint, pre-paint, commit', /Paint|Commit|commit|Layer|CullRect|Raster|Compositor/],
  ['intersection observers', /Intersection/],
  ['script', /^(FunctionCall|FireAnimationFrame|TimerFire|EvaluateScript|v8|V8|EventDispatch|RunMicrotasks|HandlePostMessage|AsyncTask|RunMicrotask)/],
];

/** Traces `page` (over its CDP session) for `ms` and returns the main thread's breakdown. */
export async function traceMainThread(page, cdp, ms) {
  const events = [];
  const collect = ({ value }) => events.push(...value);
  cdp.on('Tracing.dataCollected', collect);
  const done = new Promise(resolve => cdp.once('Tracing.tracingComplete', resolve));
  await cdp.send('Tracing.start', { traceConfig: { includedCategories: CATEGORIES }, transferMode: 'ReportEvents' });
  await page.waitForTimeout(ms);
  await cdp.send('Tracing.end');
  await done;
  cdp.off('Tracing.dataCollected', collect);
  return breakdown(events);
}

/** The breakdown of a trace's events, for the renderer main thread that ran the most tasks. */
export function breakdown(events) {
  const names = new Map(events.filter(e => e.name === 'thread_name').map(e => [`${e.pid}:${e.tid}`, e.args.name]));
  const tasks = new Map();
  for (const e of events) if (e.name === 'RunTask' && names.get(`${e.pid}:${e.tid}`) === 'CrRendererMain') tasks.set(`${e.pid}:${e.tid}`, (tasks.get(`${e.pid}:${e.tid}`) ?? 0) + 1);
  const main = [...tasks].sort((a, b) => b[1] - a[1])[0]?.[0];
  const timed = events.filter(e => `${e.pid}:${e.tid}` === main && e.ph === 'X' && e.dur !== undefined).sort((a, b) => a.ts - b.ts || b.dur - a.dur);
  const span = timed.length ? (Math.max(...timed.map(e => e.ts + e.dur)) - Math.min(...timed.map(e => e.ts))) / 1e6 : 1;

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
  const busyUs = timed.filter(e => e.name === 'RunTask').reduce((sum, e) => sum + e.dur, 0);
  const bucketOf = name => BUCKETS.find(([, pattern]) => pattern.test(name))?.[0] ?? 'other';
  const buckets = new Map();
  for (const [name, us] of self) if (name !== 'RunTask') buckets.set(bucketOf(name), (buckets.get(bucketOf(name)) ?? 0) + us);
  buckets.set('task overhead (RunTask self)', self.get('RunTask') ?? 0);
  const msPerS = us => us / 1000 / span;
  return {
    seconds: span,
    busyMsPerS: msPerS(busyUs),
    buckets: [...buckets].map(([bucket, us]) => ({ bucket, msPerS: msPerS(us) })).sort((a, b) => b.msPerS - a.msPerS),
    top: [...self].sort((a, b) => b[1] - a[1]).map(([name, us]) => ({ name, msPerS: msPerS(us), perS: count.get(name) / span })),
    perS: name => (count.get(name) ?? 0) / span,
  };
}

/** The breakdown as lines of text: the busy time, each kind of work, then the `top` events by self time. */
export function breakdownLines(title, result, top = 12) {
  const fixed = value => value.toFixed(2).padStart(7);
  return [
    `${title}, ${result.seconds.toFixed(1)} s traced: main thread busy ${fixed(result.busyMsPerS)} ms/s (${(result.busyMsPerS / 10).toFixed(2)} %)`,
    ...result.buckets.filter(b => b.msPerS >= 0.005).map(b => `  ${b.bucket.padEnd(30)}${fixed(b.msPerS)} ms/s`),
    '  top events by self time (ms/s, count/s):',
    ...result.top.slice(0, top).map(e => `    ${e.name.padEnd(42)}${fixed(e.msPerS)}  ${e.perS.toFixed(1).padStart(7)}/s`),
  ];
}
