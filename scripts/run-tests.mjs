// Runs web-test-runner in every browser, then every Storybook story (scripts/check-stories.mjs), and prints the
// total of both as its last line: "N passed, N failed".
// For Firefox it starts a PulseAudio null sink, since an AudioContext without an output device never runs.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

// Per run, so that two runs in one checkout (two engineers, an editor's test task) never read each other's totals.
const runDir = mkdtempSync(join(tmpdir(), 'local-media-totals-'));
const TOTALS = join(runDir, 'wtr.json');
const STORY_TOTALS = join(runDir, 'stories.json');
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

const read = file => (existsSync(file) ? JSON.parse(readFileSync(file, 'utf8')) : undefined);
const browserTotals = read(TOTALS) ?? { passed: 0, failed: 1, skipped: 0, sessionErrors: 0 };
const storyTotals = read(STORY_TOTALS) ?? { passed: 0, failed: wantsStories ? 1 : 0 };
const passed = browserTotals.passed + storyTotals.passed;
let failed = browserTotals.failed + browserTotals.sessionErrors + storyTotals.failed;
if (code !== 0 && failed === 0) failed = 1; // the runner failed outside any test
const skipped = browserTotals.skipped ? `, ${browserTotals.skipped} skipped` : '';
rmSync(runDir, { recursive: true, force: true });
console.log(`\n${passed} passed, ${failed} failed${skipped}`);
process.exit(code);
