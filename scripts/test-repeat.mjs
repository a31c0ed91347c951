// The flake finder: runs the same test files N times and prints, per test, how often it failed.
//
//   npm run test:repeat -- --files 'test/base/**/*.test.ts' 'test/health*.test.ts' --times 10 [--browsers webkit,firefox]
//
// Each run is a narrowed `npm run test:browsers` (scripts/run-tests.mjs) in the given browsers (default: all three);
// its whole output goes to a log file, named at the end for every run that failed. A file whose browser session was
// lost is run again by run-tests.mjs, as in any run: those are counted apart, as infrastructure, not as failures.
// Exits with 1 if any test failed in any run.
import { spawn } from 'node:child_process';
import { mkdtempSync, openSync, readFileSync, closeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';

const { values } = parseArgs({
  options: {
    files: { type: 'string', multiple: true },
    times: { type: 'string', default: '10' },
    browsers: { type: 'string', default: process.env.BROWSERS || 'chromium,firefox,webkit' },
  },
  allowPositionals: true,
  strict: false,
});
// `--files a b c`: parseArgs keeps only the first value of an option, so the rest come as positionals.
const argv = process.argv.slice(2);
const files = [];
for (let i = argv.indexOf('--files'); i >= 0 && i + 1 < argv.length && !argv[i + 1].startsWith('--'); i++) files.push(argv[i + 1]);
const times = Number(values.times);
if (files.length === 0 || !Number.isInteger(times) || times < 1) {
  console.error("Usage: npm run test:repeat -- --files <glob> [<glob>...] --times N [--browsers chromium,firefox,webkit]");
  process.exit(2);
}

const dir = mkdtempSync(join(tmpdir(), 'local-media-repeat-'));
/** Per test (engine, file, name): how many runs it failed in, and the first error. */
const failures = new Map();
const lostSessions = [];
const failedRuns = [];
let ran = 0;

function runOnce(i) {
  const log = join(dir, `run-${i}.log`);
  const records = join(dir, `run-${i}.json`);
  const fd = openSync(log, 'w');
  const started = Date.now();
  return new Promise(resolve => {
    const child = spawn(process.execPath, ['scripts/run-tests.mjs', '--files', ...files], {
      stdio: ['ignore', fd, fd],
      env: { ...process.env, BROWSERS: values.browsers, TEST_RECORDS_OUT: records },
    });
    child.on('exit', code => {
      closeSync(fd);
      resolve({ code, log, records, seconds: Math.round((Date.now() - started) / 1000) });
    });
  });
}

let interrupted = false;
process.on('SIGINT', () => (interrupted = true));

for (let i = 1; i <= times && !interrupted; i++) {
  const { code, log, records, seconds } = await runOnce(i);
  let result;
  try {
    result = JSON.parse(readFileSync(records, 'utf8'));
  } catch {
    console.log(`run ${i}/${times}: no results (exit ${code}); see ${log}`);
    failedRuns.push(log);
    continue;
  }
  ran++;
  let passed = 0;
  let failed = 0;
  for (const r of result.records) {
    passed += r.passed;
    failed += r.failed + (r.sessionError ? 1 : 0);
    const problems = [...r.failures, ...(r.sessionError ? [{ test: '(the file itself)', error: r.sessionError }] : [])];
    for (const { test, error } of problems) {
      const key = `${r.engine}  ${r.file}: ${test}`;
      const entry = failures.get(key) ?? { count: 0, error };
      entry.count++;
      failures.set(key, entry);
    }
  }
  lostSessions.push(...result.notes);
  if (failed > 0 || code !== 0) failedRuns.push(log);
  console.log(`run ${i}/${times}: ${passed} passed, ${failed} failed (${seconds} s)${failed > 0 ? `; see ${log}` : ''}`);
}

console.log(`\n${files.join(' ')} in ${values.browsers}, ${ran} run(s):`);
if (failures.size === 0) console.log('  no test failed in any run.');
for (const [key, { count, error }] of [...failures].sort(([, a], [, b]) => b.count - a.count)) {
  console.log(`  failed ${count}/${ran}  ${key}\n      ${error}`);
}
if (lostSessions.length > 0) {
  console.log(`\nBrowser sessions lost and their files run again (infrastructure, not counted as failures): ${lostSessions.length}`);
  for (const note of lostSessions) console.log(`  ${note}`);
}
process.exit(failures.size > 0 || failedRuns.length > 0 ? 1 : 0);
