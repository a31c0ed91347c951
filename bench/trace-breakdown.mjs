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

  // Self time of each event name: its duration minus its children's; and the same of its thread (CPU) time, which a
  // loaded machine does not inflate.
  const self = new Map();
  const selfCpu = new Map();
  const count = new Map();
  const stack = [];
  const add = (map, name, us) => map.set(name, (map.get(name) ?? 0) + (us ?? 0));
  for (const e of timed) {
    while (stack.length && stack.at(-1).ts + stack.at(-1).dur <= e.ts) stack.pop();
    const parent = stack.at(-1);
    if (parent) {
      add(self, parent.name, -e.dur);
      add(selfCpu, parent.name, -(e.tdur ?? 0));
    }
    add(self, e.name, e.dur);
    add(selfCpu, e.name, e.tdur);
    count.set(e.name, (count.get(e.name) ?? 0) + 1);
    stack.push(e);
  }
  const runs = timed.filter(e => e.name === 'RunTask');
  const busyUs = runs.reduce((sum, e) => sum + e.dur, 0);
  const cpuUs = runs.reduce((sum, e) => sum + (e.tdur ?? 0), 0);
  const bucketOf = name => BUCKETS.find(([, pattern]) => pattern.test(name))?.[0] ?? 'other';
  const buckets = new Map();
  const bucketsCpu = new Map();
  for (const [name, us] of self) if (name !== 'RunTask') add(buckets, bucketOf(name), us);
  for (const [name, us] of selfCpu) if (name !== 'RunTask') add(bucketsCpu, bucketOf(name), us);
  const overhead = 'task overhead (RunTask self)';
  buckets.set(overhead, self.get('RunTask') ?? 0);
  bucketsCpu.set(overhead, selfCpu.get('RunTask') ?? 0);
  // The tasks themselves (ThreadControllerImpl::RunTask, one per RunTask) say where they were posted from.
  const posted = new Map();
  for (const e of timed.filter(e => e.name === 'ThreadControllerImpl::RunTask')) {
    const where = `${e.args?.src_func ?? '?'} (${(e.args?.src_file ?? '?').split('/').slice(-2).join('/')})`;
    const sum = posted.get(where) ?? { wall: 0, cpu: 0, n: 0 };
    Object.assign(sum, { wall: sum.wall + e.dur, cpu: sum.cpu + (e.tdur ?? 0), n: sum.n + 1 });
    posted.set(where, sum);
  }
  const msPerS = us => us / 1000 / span;
  return {
    seconds: span,
    busyMsPerS: msPerS(busyUs),
    cpuMsPerS: msPerS(cpuUs),
    buckets: [...buckets].map(([bucket, us]) => ({ bucket, msPerS: msPerS(us), cpuMsPerS: msPerS(bucketsCpu.get(bucket) ?? 0) })).sort((a, b) => b.msPerS - a.msPerS),
    top: [...self].sort((a, b) => b[1] - a[1]).map(([name, us]) => ({ name, msPerS: msPerS(us), cpuMsPerS: msPerS(selfCpu.get(name) ?? 0), perS: count.get(name) / span })),
    posted: [...posted].map(([where, sum]) => ({ where, msPerS: msPerS(sum.wall), cpuMsPerS: msPerS(sum.cpu), perS: sum.n / span })).sort((a, b) => b.cpuMsPerS - a.cpuMsPerS),
    perS: name => (count.get(name) ?? 0) / span,
  };
}

/** The breakdown as lines of text: the busy time, each kind of work, then the `top` events by self time. */
export function breakdownLines(title, result, top = 12) {
  const fixed = value => value.toFixed(2).padStart(7);
  return [
    `${title}, ${result.seconds.toFixed(1)} s traced: main thread busy ${fixed(result.busyMsPerS)} ms/s (${(result.busyMsPerS / 10).toFixed(2)} %), CPU ${fixed(result.cpuMsPerS)} ms/s`,
    `  ${'kind of work'.padEnd(30)}   ms/s  CPU ms/s`,
    ...result.buckets.filter(b => b.msPerS >= 0.005).map(b => `  ${b.bucket.padEnd(30)}${fixed(b.msPerS)}  ${fixed(b.cpuMsPerS)}`),
    `  top events by self time (ms/s, CPU ms/s, count/s):`,
    ...result.top.slice(0, top).map(e => `    ${e.name.padEnd(42)}${fixed(e.msPerS)}  ${fixed(e.cpuMsPerS)}  ${e.perS.toFixed(1).padStart(7)}/s`),
  ];
}

/** The main thread's tasks by the code that posted them, as lines of text (a task's wall time grows when other threads take the cores from it). */
export function postedLines(result, top = 12) {
  const fixed = value => value.toFixed(2).padStart(7);
  return [
    `  tasks by where they were posted (wall ms/s, CPU ms/s, count/s):`,
    ...result.posted.slice(0, top).map(p => `    ${p.where.padEnd(64)}${fixed(p.msPerS)}  ${fixed(p.cpuMsPerS)}  ${p.perS.toFixed(1).padStart(7)}/s`),
  ];
}
