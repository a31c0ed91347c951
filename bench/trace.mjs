// Where the main thread's time goes: node bench/trace.mjs [mode] [n] (default kit-meters 32) records a CDP trace of
// one meter scenario on the speech-like signal over 3 s and prints the main thread's self time per kind of work,
// in ms per second, and how often each kind of task ran. `node bench/trace.mjs still <scenario>` traces one "sitting
// still" scenario instead (empty, video, camera-preview, mic-meter, device-check: bench/still.mjs; needs a build).
import { launch, servePage } from './harness.mjs';
import { speechFixture } from './speech-signal.mjs';
import { breakdownLines, traceMainThread } from './trace-breakdown.mjs';
import { openStill } from './still.mjs';

const [mode = 'kit-meters', n = '32'] = process.argv.slice(2);
const WINDOW_MS = 3000;

const { base, root, close } = await servePage();
const still = mode === 'still';
const { browser, open } = await launch(base, still ? undefined : speechFixture());
const { page, cdp } = still ? await openStill(open, root, n) : await open(`mode=${mode}&n=${n}`);
await page.waitForTimeout(still ? 2500 : 800);
const result = await traceMainThread(page, cdp, WINDOW_MS);
await page.close();
await browser.close();
close();

console.log(breakdownLines(still ? `still ${n}` : `${mode} n=${n}, speech-like signal`, result, Number(process.env.TRACE_TOP ?? 16)).join('\n'));
if (!still) {
  const rate = name => (result.perS(name) / Number(n)).toFixed(1);
  console.log(`per meter per second: animation frames ${rate('FireAnimationFrame')}, timers ${rate('TimerFire')}, messages ${rate('MessagePort::Accept')}, function calls ${rate('FunctionCall')}`);
}
