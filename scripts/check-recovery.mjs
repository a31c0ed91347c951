// What `persist` promises, where only a real browser can show it: in headless Chromium with the fake camera and
// microphone, a page records about 4 s with <media-recorder persist>, then is reloaded, or its renderer crashes
// (CDP Page.crash); the next page's recorder with the key must fire `recovered` once, with at least 2.5 s that
// load with a finite duration and seek, and a third page's recorder must get nothing. Both run side by side, each
// in a browser context of its own (its own storage). A third check: a page whose recorder has no `persist` loads
// neither the storage nor the repair code until a recording stops (the import() boundaries, bundled by esbuild
// with splitting as an app's bundler would).
// The page is the kit's source bundled by esbuild; no build needed. Writes `{ passed, failed }` to the file given
// as first argument, for scripts/run-tests.mjs.
import { build } from 'esbuild';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { launchChromium, recordProblems, serveStatic } from './chromium-page.mjs';

const totalsFile = process.argv[2];
const out = mkdtempSync(join(tmpdir(), 'local-media-recovery-'));
const root = resolve('.');

// The page's script: the two elements, every `recovered` kept in window.recovered, and what the checks ask.
writeFileSync(
  join(out, 'entry.ts'),
  `import '${root}/components/camera-preview/define.ts';
import '${root}/components/media-recorder/define.ts';
import { playback } from '${root}/test/support/playback.ts';
const w = window as any;
w.recovered = [];
document.addEventListener('recovered', (event: any) => w.recovered.push(event.detail), true);
w.playback = playback;
w.storedUnder = async (key: string) => (await (await import('${root}/components/core/recording/persist.ts')).recordingStore()).list(key);
w.keyHeld = async (key: string) => !!(await navigator.locks.query()).held?.some(lock => lock.name === 'local-media-elements:recording:' + key);
`,
);
const { metafile } = await build({
  entryPoints: [join(out, 'entry.ts')],
  bundle: true,
  splitting: true,
  format: 'esm',
  target: 'es2022',
  outdir: join(out, 'js'),
  metafile: true,
  logLevel: 'error',
  tsconfigRaw: { compilerOptions: { experimentalDecorators: true, useDefineForClassFields: false } },
});
/** The output chunk whose inputs include `source`. */
const chunkOf = source =>
  Object.entries(metafile.outputs).find(([, output]) => Object.keys(output.inputs).some(input => input.endsWith(source)))?.[0].split('/').pop();
const lazyChunks = { storage: chunkOf('core/recording/key-claim.ts'), repair: chunkOf('core/recording/remux-matroska.ts') };

const page = attributes => `<!doctype html><meta charset="utf-8">
<camera-preview id="cam" audio></camera-preview><media-recorder for="cam" ${attributes}></media-recorder>
<script type="module" src="/js/entry.js"></script>`;
writeFileSync(join(out, 'persist.html'), page('persist="interview"'));
writeFileSync(join(out, 'plain.html'), page(''));

const server = await serveStatic({ '/': out });
const browser = await launchChromium();

const live = p => p.waitForFunction(() => document.querySelector('camera-preview')?.getAttribute('state') === 'live', null, { timeout: 10_000 });

/** Records until `chunks` chunks are out (a chunk a second while persisting). */
async function record(p, chunks) {
  await live(p);
  await p.evaluate(() => {
    const recorder = document.querySelector('media-recorder');
    window.chunks = 0;
    recorder.addEventListener('dataavailable', () => window.chunks++);
    recorder.start();
  });
  await p.waitForFunction(n => window.chunks >= n, chunks, { timeout: chunks * 1000 + 10_000 });
}

/** After the interruption: a page whose recorder recovers once, then a third page that gets nothing. */
async function expectRecovery(p, problems) {
  await p.waitForFunction(() => window.recovered.length > 0, null, { timeout: 15_000 });
  const result = await p.evaluate(async () => {
    const { blob, duration, key, damaged } = window.recovered[0];
    const played = await window.playback(blob, duration, 'video');
    return { duration, key, damaged, played };
  });
  const { duration, key, damaged, played } = result;
  if (key !== 'interview' || damaged) problems.push(`recovered ${JSON.stringify({ key, damaged })}`);
  if (!(duration >= 2.5)) problems.push(`recovered ${duration} s, not at least 2.5 s`);
  if (!(Math.abs(played.duration - duration) <= 0.7)) problems.push(`the player's duration is ${played.duration} s for ${duration} s recovered`);
  if (!(Math.abs(played.landed - played.middle) <= 0.5)) problems.push(`a seek to ${played.middle} s landed at ${played.landed} s`);
  await p.waitForFunction(async () => (await window.storedUnder('interview')).length === 0, null, { timeout: 5_000, polling: 50 });
  await p.reload();
  await p.waitForFunction(() => window.keyHeld('interview'), null, { timeout: 10_000, polling: 50 });
  const third = await p.evaluate(async () => ({ recovered: window.recovered.length, stored: (await window.storedUnder('interview')).length }));
  if (third.recovered !== 0 || third.stored !== 0) problems.push(`the third page: ${JSON.stringify(third)}`);
  return `recovered ${duration.toFixed(2)} s that plays ${played.duration.toFixed(2)} s and seeks (${played.middle.toFixed(2)} → ${played.landed.toFixed(2)}); the third page got nothing`;
}

async function afterReload(context) {
  const p = await context.newPage();
  const problems = recordProblems(p);
  await p.goto(`${server.base}/persist.html`);
  await record(p, 4);
  await p.reload();
  return { problems, summary: await expectRecovery(p, problems) };
}

async function afterCrash(context) {
  const crashed = await context.newPage();
  await crashed.goto(`${server.base}/persist.html`);
  await record(crashed, 4);
  const cdp = await context.newCDPSession(crashed);
  const gone = new Promise(resolve => crashed.once('crash', resolve));
  void cdp.send('Page.crash').catch(() => {}); // no answer comes: the renderer is gone
  await gone;
  const p = await context.newPage();
  const problems = recordProblems(p);
  await p.goto(`${server.base}/persist.html`);
  return { problems, summary: await expectRecovery(p, problems) };
}

async function lazyBoundaries(context) {
  const p = await context.newPage();
  const problems = recordProblems(p);
  const loaded = [];
  p.on('request', request => loaded.push(request.url().split('/').pop()));
  await p.goto(`${server.base}/plain.html`);
  await live(p);
  const early = Object.entries(lazyChunks).filter(([, chunk]) => loaded.includes(chunk));
  if (early.length) problems.push(`loaded before any recording: ${early.map(([name]) => name).join(', ')}`);
  await p.evaluate(async () => {
    const recorder = document.querySelector('media-recorder');
    recorder.start();
    await new Promise(r => setTimeout(r, 300));
    await recorder.stop();
  });
  if (!loaded.includes(lazyChunks.repair)) problems.push('the repair chunk was not loaded when the recording stopped');
  if (loaded.includes(lazyChunks.storage)) problems.push('the storage chunk was loaded without persist');
  return { problems, summary: `without persist: neither chunk loaded until a recording stopped, then the repair's (${lazyChunks.repair})` };
}

const checks = { 'recovered after a reload': afterReload, 'recovered after a renderer crash': afterCrash, 'lazy chunks': lazyBoundaries };
let passed = 0;
let failed = 0;
const results = await Promise.all(
  Object.entries(checks).map(async ([name, check]) => {
    const context = await browser.newContext();
    try {
      return [name, await check(context)];
    } catch (error) {
      return [name, { problems: [error.message.split('\n')[0]] }];
    } finally {
      await context.close().catch(() => {});
    }
  }),
);
for (const [name, { problems, summary }] of results) {
  if (problems.length) {
    failed++;
    console.log(`  ✗ recovery: ${name}\n      ${problems.join('\n      ')}`);
  } else {
    passed++;
    console.log(`  ✓ recovery: ${name}: ${summary}`);
  }
}
await browser.close();
server.close();
rmSync(out, { recursive: true, force: true });
console.log(`Recovery: ${passed} passed, ${failed} failed`);
if (totalsFile) writeFileSync(totalsFile, JSON.stringify({ passed, failed }));
process.exit(failed ? 1 : 0);
