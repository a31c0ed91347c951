// Runs web-test-runner in every browser, then every Storybook story (scripts/check-stories.mjs), then the built
// package: its size budgets (scripts/check-size.mjs), in Node, and the examples (scripts/check-examples.mjs), and
// prints the total of all as its last line: "N passed, N failed".
// For Firefox it starts a PulseAudio null sink, since an AudioContext without an output device never runs.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

// Per run, so that two runs in one checkout (two engineers, an editor's test task) never read each other's totals.
const runDir = mkdtempSync(join(tmpdir(), 'local-media-totals-'));
const TOTALS = join(runDir, 'wtr.json');
const STORY_TOTALS = join(runDir, 'stories.json');
const NODE_TOTALS = join(runDir, 'node.json');
const EXAMPLE_TOTALS = join(runDir, 'examples.json');
const SIZE_TOTALS = join(runDir, 'size.json');
process.env.WTR_TOTALS = TOTALS;

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

const stopSink = await startNullSink();
const wtr = spawn('npx', ['web-test-runner', ...process.argv.slice(2)], { stdio: 'inherit', env: process.env });
let code = await new Promise(resolve => wtr.on('exit', c => resolve(c ?? 1)));
stopSink?.();

// The stories run after a full run only (not when --files narrows it), and only where Chromium is wanted.
const wantsStories = process.argv.length === 2 && (process.env.BROWSERS ?? 'chromium').includes('chromium');
if (wantsStories) {
  const stories = spawn('node', ['scripts/check-stories.mjs', STORY_TOTALS], { stdio: 'inherit' });
  const storiesCode = await new Promise(resolve => stories.on('exit', c => resolve(c ?? 1)));
  code = code || storiesCode;
}

// After a full run, the package as users get it: built, within its size budgets, imported and server-rendered in
// Node (test/node/), and the examples (plain page, React, Vue) in Chromium.
const run = (command, args) => new Promise(resolve => spawn(command, args, { stdio: 'inherit' }).on('exit', c => resolve(c ?? 1)));
const wantsPackage = process.argv.length === 2;
if (wantsPackage) {
  const nodeTests = readdirSync('test/node').filter(f => f.endsWith('.test.mjs')).map(f => join('test/node', f));
  const built = await run('npm', ['run', '--silent', 'build']);
  if (built === 0) code = (await run('node', ['scripts/check-size.mjs', SIZE_TOTALS])) || code;
  const nodeCode = built || (await run('node', ['--test', '--test-reporter=spec', '--test-reporter-destination=stdout',
    '--test-reporter=./scripts/node-totals-reporter.mjs', `--test-reporter-destination=${NODE_TOTALS}`, ...nodeTests]));
  code = code || nodeCode;
  if (wantsStories && built === 0) code = (await run('node', ['scripts/check-examples.mjs', EXAMPLE_TOTALS])) || code;
}

const read = file => (existsSync(file) ? JSON.parse(readFileSync(file, 'utf8')) : undefined);
const browserTotals = read(TOTALS) ?? { passed: 0, failed: 1, skipped: 0, sessionErrors: 0 };
const storyTotals = read(STORY_TOTALS) ?? { passed: 0, failed: wantsStories ? 1 : 0 };
const nodeTotals = read(NODE_TOTALS) ?? { passed: 0, failed: wantsPackage ? 1 : 0 };
const exampleTotals = read(EXAMPLE_TOTALS) ?? { passed: 0, failed: wantsPackage && wantsStories ? 1 : 0 };
const sizeTotals = read(SIZE_TOTALS) ?? { passed: 0, failed: wantsPackage ? 1 : 0 };
const others = [storyTotals, nodeTotals, exampleTotals, sizeTotals];
const passed = others.reduce((sum, totals) => sum + totals.passed, browserTotals.passed);
let failed = others.reduce((sum, totals) => sum + totals.failed, browserTotals.failed + browserTotals.sessionErrors);
if (code !== 0 && failed === 0) failed = 1; // the runner failed outside any test
const skipped = browserTotals.skipped ? `, ${browserTotals.skipped} skipped` : '';
rmSync(runDir, { recursive: true, force: true });
console.log(`\n${passed} passed, ${failed} failed${skipped}`);
process.exit(code);
