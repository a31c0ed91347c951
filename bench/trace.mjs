// Where the main thread's time goes: node bench/trace.mjs [mode] [n] (default kit-meters 32) records a CDP trace of
// one meter scenario on the speech-like signal over 3 s and prints the main thread's self time per kind of work,
// in ms per second, and how often each kind of task ran. `node bench/trace.mjs still <scenario>` traces one "sitting
// still" scenario instead (empty, video, camera-preview, mic-meter, device-check: bench/still.mjs; needs a build);
// `node bench/trace.mjs effects 'mode=blur&size=640x480'` traces the effects page (bench/effects-page.ts). Then the
// main thread's tasks by the code that posted them, in wall and CPU time.
import { mediaFixtures } from '../scripts/media-fixtures.mjs';
import { launch, serveEffectsPage, servePage } from './harness.mjs';
import { speechFixture } from './speech-signal.mjs';
import { openStill } from './still.mjs';
import { breakdownLines, postedLines, traceMainThread } from './trace-breakdown.mjs';

const [mode = 'kit-meters', n = '32'] = process.argv.slice(2);
const WINDOW_MS = 3000;
const still = mode === 'still';
const effects = mode === 'effects';

const { base, root, close } = await (effects ? serveEffectsPage() : servePage());
const { browser, open } = await launch(base, still ? undefined : effects ? mediaFixtures().audio : speechFixture());
const { page, cdp } = still ? await openStill(open, root, n) : await open(effects ? n : `mode=${mode}&n=${n}`);
await page.waitForTimeout(still ? 2500 : effects ? 1000 : 800);
const result = await traceMainThread(page, cdp, WINDOW_MS);
await page.close();
await browser.close();
close();

const title = still ? `still ${n}` : effects ? `effects ${n}` : `${mode} n=${n}, speech-like signal`;
console.log([...breakdownLines(title, result, Number(process.env.TRACE_TOP ?? 16)), ...postedLines(result)].join('\n'));
if (!still && !effects) {
  const rate = name => (result.perS(name) / Number(n)).toFixed(1);
  console.log(`per meter per second: animation frames ${rate('FireAnimationFrame')}, timers ${rate('TimerFire')}, messages ${rate('MessagePort::Accept')}, function calls ${rate('FunctionCall')}`);
}
