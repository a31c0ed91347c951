// The whole test run (`npm test`, or `npm run test:browsers` without `generate` first), in two parts:
// - the browser tests: web-test-runner in Chromium, Firefox and WebKit (BROWSERS narrows it; `--files <glob>...`
//   runs only those files, each with the browsers of its group). A file whose browser session was lost (WebKit's
//   MiniBrowser or its driver died, a file that never reported) is run once more in that browser, and the run says
//   so; a test that failed is never run again. They have the machine to themselves (see packageChecks).
// - then, in a full run only, the package as users get it: built, then every Storybook story
//   (scripts/check-stories.mjs) beside typecheck, lint, its size budgets (scripts/check-size.mjs), imported and
//   server-rendered in Node (test/node/), the examples (scripts/check-examples.mjs), every example of the README
//   (scripts/check-readme.mjs) and the recovery of a persisted recording after a reload and a crash
//   (scripts/check-recovery.mjs) in Chromium. Its output is printed at the end.
// It ends with each engine's totals and skips (with their reasons), how long each step took, and the total of all as
// its last line: "N passed, N failed". For Firefox it starts a PulseAudio null sink, since an AudioContext without
// an output device never runs. WebKit's display and driver are started by the runner itself (scripts/webkit.mjs);
// whatever they left, however the runner ended, is killed here. SIGINT, SIGTERM and SIGHUP stop the run.
import { spawn, spawnSync } from 'node:child_process';
import { createWriteStream, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { killListed } from './process-groups.mjs';
import { aggregate, lostSessions, printEngines, readExpected, readRecords, replaceRecords } from './totals.mjs';

// Per run, so that two runs in one checkout (two engineers, an editor's test task) never read each other's totals.
const runDir = mkdtempSync(join(tmpdir(), 'local-media-totals-'));
const RECORDS = join(runDir, 'wtr.jsonl');
const RERUN_RECORDS = join(runDir, 'wtr-rerun.jsonl');
const STORY_TOTALS = join(runDir, 'stories.json');
const NODE_TOTALS = join(runDir, 'node.json');
const EXAMPLE_TOTALS = join(runDir, 'examples.json');
const SIZE_TOTALS = join(runDir, 'size.json');
const README_TOTALS = join(runDir, 'readme.json');
const RECOVERY_TOTALS = join(runDir, 'recovery.json');
const PACKAGE_LOG = join(runDir, 'package.log');
const STORIES_LOG = join(runDir, 'stories.log');
const SIZE_ROWS = join(runDir, 'size-rows.json');
const PIDS = join(runDir, 'pids');
process.env.LOCAL_MEDIA_PIDS = PIDS;

// `--files a b c` (up to the next option) becomes TEST_FILES, which web-test-runner.config.mjs reads; the rest
// goes to web-test-runner as it is.
const args = process.argv.slice(2);
const wtrArgs = [];
const only = [];
for (let i = 0; i < args.length; i++) {
  if (args[i] !== '--files') wtrArgs.push(args[i]);
  else while (args[i + 1] !== undefined && !args[i + 1].startsWith('--')) only.push(args[++i]);
}
if (only.length > 0) process.env.TEST_FILES = only.join(',');
const fullRun = args.length === 0;

/** A port no other process listens on now: web-test-runner's own search starts at 8000 in every run, so two runs
 * started together (two checkouts, test:repeat beside a full run) could both take one. */
function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer().once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}
const wanted = (process.env.BROWSERS || 'chromium,firefox,webkit').toLowerCase();

// The running steps; a signal goes to each, and the run stops after them with 128 + the signal's number.
const running = new Set();
let interrupted;
const SIGNALS = { SIGHUP: 1, SIGINT: 2, SIGTERM: 15 };
for (const signal of Object.keys(SIGNALS)) {
  process.on(signal, () => {
    interrupted ??= 128 + SIGNALS[signal];
    console.error(`\n${signal}: stopping the test run`);
    // (Ctrl-C in a terminal has reached the whole process group already; a second SIGINT changes nothing.)
    for (const child of running) child.kill(signal);
    if (running.size === 0) finish(interrupted);
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

/** How long each step took, printed with the totals. */
const stepTimes = [];

/** Runs one step, its output to ours or to `log` (a write stream); resolves with its exit code. */
function run(name, command, commandArgs, { env = process.env, log } = {}) {
  const started = Date.now();
  return new Promise(resolve => {
    const child = spawn(command, commandArgs, { env, stdio: log ? ['ignore', 'pipe', 'pipe'] : 'inherit' });
    if (log) {
      child.stdout.pipe(log, { end: false });
      child.stderr.pipe(log, { end: false });
    }
    running.add(child);
    const done = code => {
      running.delete(child);
      stepTimes.push(`${name} ${Math.round((Date.now() - started) / 1000)} s`);
      resolve(code);
    };
    child.on('error', error => { console.error(`${command}: ${error.message}`); done(1); });
    child.on('exit', code => done(code ?? 1));
  });
}

// The runner's own binary, not npx, so that a signal reaches it directly.
const wtrBin = fileURLToPath(new URL('../node_modules/@web/test-runner/dist/bin.js', import.meta.url));

/** web-test-runner, then once more in its browser each file whose session was lost. Resolves with the records. */
async function browserTests() {
  const code = await run('browser tests', process.execPath, [wtrBin, '--port', String(await freePort()), ...wtrArgs], { env: { ...process.env, WTR_TOTALS: RECORDS } });
  let records = readRecords(RECORDS);
  const lost = interrupted ? [] : lostSessions(readExpected(RECORDS), records);
  const notes = [];
  for (const engine of new Set(lost.map(l => l.engine))) {
    const files = lost.filter(l => l.engine === engine);
    for (const { file, why } of files) notes.push(`Ran ${file} again in ${engine}: its browser session was lost (${why}).`);
    console.log(`\nRunning ${files.length} file(s) again in ${engine}, whose browser session was lost.`);
    await run(`browser tests again (${engine})`, process.execPath, [wtrBin, '--port', String(await freePort()), ...wtrArgs], {
      env: { ...process.env, WTR_TOTALS: RERUN_RECORDS, BROWSERS: engine.toLowerCase(), TEST_FILES: files.map(f => f.file).join(',') },
    });
    records = replaceRecords(records, files, readRecords(RERUN_RECORDS));
  }
  // A runner that failed before any file ran, or outside every file, fails the run.
  const failedOutside = code !== 0 && lost.length === 0 && records.every(r => r.failed === 0 && !r.sessionError);
  return { records, notes, failedOutside };
}

/**
 * The package as users get it, once the browser tests are done (`afterBrowsers`): built first (the build regenerates
 * the manifest, which the stories read), then the stories beside typecheck, lint, size budgets, Node tests, examples,
 * the README and the recovery check. Beside the browser tests they took the cores from browsers that already keep
 * both busy (their audio threads starved, their timers came late: a few timing failures every run). Resolves with
 * their exit code.
 */
async function packageChecks(log, storiesLog, afterBrowsers) {
  const step = (name, command, commandArgs, to = log) => run(name, command, commandArgs, { log: to });
  await afterBrowsers;
  if (interrupted) return 0;
  const built = await step('build', 'npm', ['run', '--silent', 'build']);
  if (built !== 0) return built;
  const stories = interrupted || !wanted.includes('chromium') ? 0 : step('stories', 'node', ['scripts/check-stories.mjs', STORY_TOTALS, '--generated'], storiesLog);
  const checks = async () => {
    let code = await step('typecheck', 'npm', ['run', '--silent', 'typecheck']);
    code = (await step('lint', 'npm', ['run', '--silent', 'lint'])) || code;
    code = (await step('size', 'node', ['scripts/check-size.mjs', SIZE_TOTALS, '--json', SIZE_ROWS])) || code;
    const nodeTests = readdirSync('test/node').filter(f => f.endsWith('.test.mjs')).map(f => join('test/node', f));
    code = (await run('node tests', 'node', ['--test', '--test-reporter=spec', '--test-reporter-destination=stdout',
      '--test-reporter=./scripts/node-totals-reporter.mjs', `--test-reporter-destination=${NODE_TOTALS}`, ...nodeTests],
    { log, env: { ...process.env, SIZE_ROWS } })) || code;
    if (interrupted || !wanted.includes('chromium')) return code;
    code = (await step('examples', 'node', ['scripts/check-examples.mjs', EXAMPLE_TOTALS])) || code;
    if (interrupted) return code;
    code = (await step('readme', 'node', ['scripts/check-readme.mjs', README_TOTALS, '--sizes', SIZE_ROWS])) || code;
    if (interrupted) return code;
    return (await step('recovery', 'node', ['scripts/check-recovery.mjs', RECOVERY_TOTALS])) || code;
  };
  const codes = await Promise.all([stories, checks()]);
  return codes.find(code => code !== 0) ?? 0;
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

const started = Date.now();
stopSink = await startNullSink();
const log = fullRun ? createWriteStream(PACKAGE_LOG) : undefined;
const storiesLog = fullRun ? createWriteStream(STORIES_LOG) : undefined;
const browserRun = browserTests();
const [browser, packageCode] = await Promise.all([browserRun, fullRun ? packageChecks(log, storiesLog, browserRun) : 0]);
cleanUp();
if (log) {
  await Promise.all([log, storiesLog].map(stream => new Promise(resolve => stream.end(resolve))));
  console.log('\n--- The package, the stories and the examples ---');
  process.stdout.write(readFileSync(PACKAGE_LOG));
  process.stdout.write(readFileSync(STORIES_LOG));
}
if (interrupted) finish(interrupted);

const read = file => (existsSync(file) ? JSON.parse(readFileSync(file, 'utf8')) : undefined);
const browserTotals = aggregate(browser.records);
// scripts/test-repeat.mjs reads each run's records (after the reruns of lost sessions) from there.
if (process.env.TEST_RECORDS_OUT) writeFileSync(process.env.TEST_RECORDS_OUT, JSON.stringify({ records: browser.records, notes: browser.notes }));
const wantsStories = fullRun && wanted.includes('chromium');
const others = [
  read(STORY_TOTALS) ?? { passed: 0, failed: wantsStories ? 1 : 0 },
  read(NODE_TOTALS) ?? { passed: 0, failed: fullRun ? 1 : 0 },
  read(EXAMPLE_TOTALS) ?? { passed: 0, failed: wantsStories ? 1 : 0 },
  read(SIZE_TOTALS) ?? { passed: 0, failed: fullRun ? 1 : 0 },
  read(README_TOTALS) ?? { passed: 0, failed: wantsStories ? 1 : 0 },
  read(RECOVERY_TOTALS) ?? { passed: 0, failed: wantsStories ? 1 : 0 },
];
const passed = others.reduce((sum, totals) => sum + totals.passed, browserTotals.passed);
let failed = others.reduce((sum, totals) => sum + totals.failed, browserTotals.failed + browserTotals.sessionErrors);
if (failed === 0 && (browser.failedOutside || packageCode !== 0)) failed = 1; // a step failed outside any test
const skipped = browserTotals.skipped ? `, ${browserTotals.skipped} skipped` : '';
printEngines(browserTotals.engines, { timings: Boolean(process.env.TEST_TIMINGS) });
for (const note of browser.notes) console.log(note);
console.log(`\nSteps: ${stepTimes.join(', ')}; ${Math.round((Date.now() - started) / 1000)} s in all`);
console.log(`\n${passed} passed, ${failed} failed${skipped}`);
finish(failed > 0 ? 1 : 0);
