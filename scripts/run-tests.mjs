// Runs web-test-runner in every browser (Chromium, Firefox, WebKit; BROWSERS narrows it), then every Storybook
// story (scripts/check-stories.mjs) and the recovery of a persisted recording after a reload and a crash
// (scripts/check-recovery.mjs, Chromium over CDP), then the built package: its size budgets (scripts/check-size.mjs), in Node,
// and the examples (scripts/check-examples.mjs). It prints each engine's totals and skips (with their reasons), and
// the total of all as its last line: "N passed, N failed".
// For Firefox it starts a PulseAudio null sink, since an AudioContext without an output device never runs. WebKit's
// display and driver are started by the runner itself (scripts/webkit.mjs); whatever they left, however the
// runner ended, is killed here. SIGINT, SIGTERM and SIGHUP are passed on to the running step, which ends the run.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { killListed } from './process-groups.mjs';

// Per run, so that two runs in one checkout (two engineers, an editor's test task) never read each other's totals.
const runDir = mkdtempSync(join(tmpdir(), 'local-media-totals-'));
const TOTALS = join(runDir, 'wtr.json');
const STORY_TOTALS = join(runDir, 'stories.json');
const NODE_TOTALS = join(runDir, 'node.json');
const EXAMPLE_TOTALS = join(runDir, 'examples.json');
const SIZE_TOTALS = join(runDir, 'size.json');
const RECOVERY_TOTALS = join(runDir, 'recovery.json');
process.env.WTR_TOTALS = TOTALS;
const PIDS = join(runDir, 'pids');
process.env.LOCAL_MEDIA_PIDS = PIDS;

// The step that runs now; a signal goes to it, and the run stops after it with 128 + the signal's number.
let current;
let interrupted;
const SIGNALS = { SIGHUP: 1, SIGINT: 2, SIGTERM: 15 };
for (const signal of Object.keys(SIGNALS)) {
  process.on(signal, () => {
    interrupted ??= 128 + SIGNALS[signal];
    console.error(`\n${signal}: stopping the test run`);
    // (Ctrl-C in a terminal has reached the whole process group already; a second SIGINT changes nothing.)
    if (current) current.kill(signal);
    else finish(interrupted);
  });
}

async function startNullSink() {
  if (process.env.PULSE_SERVER) return undefined;
  if (spawnSync('sh', ['-c', 'command -v pulseaudio']).status !== 0) {
    console.warn("pulseaudio not found: Firefox's AudioContext will stay suspended. Install it with 'apt-get install -y pulseaudio'.");
    return undefined;
  }
  const dir = mkdtempSync(join(tmpdir(), 'pulse-'));
  const socket = join(dir, 'native');
  const daemon = spawn(
    'pulseaudio',
    ['-n', '--daemonize=no', '--exit-idle-time=-1', '--disallow-exit', '--load=module-null-sink',
      `--load=module-native-protocol-unix auth-anonymous=1 socket=${socket}`],
    { stdio: 'ignore', env: { ...process.env, HOME: dir, XDG_RUNTIME_DIR: dir } },
  );
  for (let i = 0; i < 50 && !existsSync(socket); i++) await new Promise(r => setTimeout(r, 100));
  if (!existsSync(socket)) {
    daemon.kill();
    console.warn('pulseaudio did not start: Firefox audio tests may fail.');
    return undefined;
  }
  process.env.PULSE_SERVER = `unix:${socket}`;
  return () => { daemon.kill(); rmSync(dir, { recursive: true, force: true }); };
}

/** Runs one step; resolves with its exit code. */
function run(command, args, options = { stdio: 'inherit' }) {
  return new Promise(resolve => {
    const child = spawn(command, args, options);
    current = child;
    child.on('error', error => { console.error(`${command}: ${error.message}`); resolve(1); });
    child.on('exit', c => { current = undefined; resolve(c ?? 1); });
  });
}

let stopSink;
function cleanUp() {
  stopSink?.();
  stopSink = undefined;
  const left = killListed(PIDS);
  if (left.length > 0) console.warn(`Killed what the test runner left running: ${left.join(', ')}`);
}
function finish(code) {
  cleanUp();
  rmSync(runDir, { recursive: true, force: true });
  process.exit(code);
}

stopSink = await startNullSink();
// The runner's own binary, not npx, so that a signal reaches it directly.
const wtrBin = fileURLToPath(new URL('../node_modules/@web/test-runner/dist/bin.js', import.meta.url));
let code = await run(process.execPath, [wtrBin, ...process.argv.slice(2)],
  { stdio: 'inherit', env: process.env });
cleanUp();
if (interrupted) finish(interrupted);

// The stories run after a full run only (not when --files narrows it), and only where Chromium is wanted.
const wantsStories = process.argv.length === 2 && (process.env.BROWSERS || 'chromium').includes('chromium');
if (wantsStories) {
  const storiesCode = await run('node', ['scripts/check-stories.mjs', STORY_TOTALS]);
  if (interrupted) finish(interrupted);
  code = code || storiesCode;
  const recoveryCode = await run('node', ['scripts/check-recovery.mjs', RECOVERY_TOTALS]);
  if (interrupted) finish(interrupted);
  code = code || recoveryCode;
}

// After a full run, the package as users get it: built, within its size budgets, imported and server-rendered in
// Node (test/node/), and the examples (plain page, React, Vue) in Chromium.
const wantsPackage = process.argv.length === 2;
if (wantsPackage) {
  const nodeTests = readdirSync('test/node').filter(f => f.endsWith('.test.mjs')).map(f => join('test/node', f));
  const built = await run('npm', ['run', '--silent', 'build']);
  if (interrupted) finish(interrupted);
  if (built === 0) code = (await run('node', ['scripts/check-size.mjs', SIZE_TOTALS])) || code;
  if (interrupted) finish(interrupted);
  const nodeCode = built || (await run('node', ['--test', '--test-reporter=spec', '--test-reporter-destination=stdout',
    '--test-reporter=./scripts/node-totals-reporter.mjs', `--test-reporter-destination=${NODE_TOTALS}`, ...nodeTests]));
  if (interrupted) finish(interrupted);
  code = code || nodeCode;
  if (wantsStories && built === 0) code = (await run('node', ['scripts/check-examples.mjs', EXAMPLE_TOTALS])) || code;
  if (interrupted) finish(interrupted);
}

const read = file => (existsSync(file) ? JSON.parse(readFileSync(file, 'utf8')) : undefined);
const browserTotals = read(TOTALS) ?? { passed: 0, failed: 1, skipped: 0, sessionErrors: 0 };
const storyTotals = read(STORY_TOTALS) ?? { passed: 0, failed: wantsStories ? 1 : 0 };
const nodeTotals = read(NODE_TOTALS) ?? { passed: 0, failed: wantsPackage ? 1 : 0 };
const exampleTotals = read(EXAMPLE_TOTALS) ?? { passed: 0, failed: wantsPackage && wantsStories ? 1 : 0 };
const sizeTotals = read(SIZE_TOTALS) ?? { passed: 0, failed: wantsPackage ? 1 : 0 };
const recoveryTotals = read(RECOVERY_TOTALS) ?? { passed: 0, failed: wantsStories ? 1 : 0 };
const others = [storyTotals, nodeTotals, exampleTotals, sizeTotals, recoveryTotals];
const passed = others.reduce((sum, totals) => sum + totals.passed, browserTotals.passed);
let failed = others.reduce((sum, totals) => sum + totals.failed, browserTotals.failed + browserTotals.sessionErrors);
if (code !== 0 && failed === 0) failed = 1; // the runner failed outside any test
const skipped = browserTotals.skipped ? `, ${browserTotals.skipped} skipped` : '';
printEngines(browserTotals.engines ?? {});
console.log(`\n${passed} passed, ${failed} failed${skipped}`);
finish(code);

/** Each engine's browser-test totals, and its skips grouped by reason, with the files they are in. */
function printEngines(engines) {
  const names = Object.keys(engines);
  if (names.length === 0) return;
  console.log('\nBrowser tests by engine (test/permissions/ runs in Chromium only: it changes permissions over CDP):');
  for (const name of names) {
    const e = engines[name];
    const errors = e.sessionErrors ? `, ${e.sessionErrors} file(s) failed to run` : '';
    console.log(`  ${name}: ${e.passed} passed, ${e.failed} failed, ${e.skipped} skipped${errors}`);
    for (const { file, test, error } of e.failures ?? []) console.log(`    FAILED ${file}: ${test}\n        ${error}`);
    const skips = Object.entries(e.skips).sort(([, a], [, b]) => b.count - a.count);
    for (const [reason, { count, files }] of skips) {
      console.log(`    ${String(count).padStart(3)} skipped: ${reason}`);
      console.log(`        in ${files.join(', ')}`);
    }
  }
}
