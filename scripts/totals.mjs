// Adds up what scripts/totals-reporter.mjs recorded of a web-test-runner run (one JSON line per file and browser),
// tells the files whose browser session was lost from those that failed, and prints each engine's totals.
import { existsSync, readFileSync } from 'node:fs';

/**
 * Session errors that say the browser or its driver went away, not that the file failed: WebKit's MiniBrowser or
 * WebKitWebDriver dying, a WebDriver command still pending, a page or a file that never reported.
 */
const LOST_SESSION = /previous interaction is still underway|ECONNREFUSED|ECONNRESET|socket hang up|did not (start|finish) (after|within)|Timed out stopping the browser page|Target closed|Session closed|session deleted|invalid session id|browser (has )?disconnected|Browser closed|Protocol error|failed to start|Failed to create (a )?session|session was lost|ERR_CONNECTION_REFUSED|NS_ERROR_CONNECTION_REFUSED|Failed to launch the browser process|cannot open display/i;

// A file runs in one group per engine, so the engine and the file name it (a rerun may group it differently).
const key = r => `${r.engine}\u0000${r.file}`;

export function readRecords(file) {
  if (!existsSync(file)) return [];
  return readFileSync(file, 'utf8').split('\n').filter(Boolean).map(line => JSON.parse(line));
}

export function readExpected(file) {
  return existsSync(`${file}.expected.json`) ? JSON.parse(readFileSync(`${file}.expected.json`, 'utf8')) : [];
}

/** The files of `expected` whose browser session was lost: never reported, or reported a lost browser. */
export function lostSessions(expected, records) {
  const byKey = new Map(records.map(r => [key(r), r]));
  const lost = [];
  for (const e of expected) {
    const r = byKey.get(key(e));
    if (!r) lost.push({ ...e, why: 'the file never reported' });
    else if (r.sessionError && LOST_SESSION.test(r.sessionError)) lost.push({ ...e, why: r.sessionError });
  }
  return lost;
}

/** `records` with each file of `rerun` taking the place of its first run; a rerun file that never reported fails. */
export function replaceRecords(records, lost, rerun) {
  const again = new Map(rerun.map(r => [key(r), r]));
  const replaced = new Set(lost.map(key));
  const kept = records.filter(r => !replaced.has(key(r)));
  for (const l of lost) {
    kept.push(again.get(key(l)) ?? { ...l, ms: 0, passed: 0, failed: 0, skipped: 0, failures: [], skips: [], slow: [],
      sessionError: `run twice, its browser session was lost both times (${l.why})` });
  }
  return kept;
}

/** The sums of all records, and per engine: sums, failures, skips by reason, time per file, slow tests. */
export function aggregate(records) {
  const totals = { passed: 0, failed: 0, skipped: 0, sessionErrors: 0, engines: {} };
  for (const r of records) {
    const e = (totals.engines[r.engine] ??= { passed: 0, failed: 0, skipped: 0, sessionErrors: 0, failures: [], skips: {}, files: {}, slow: [] });
    for (const outcome of ['passed', 'failed', 'skipped']) {
      totals[outcome] += r[outcome];
      e[outcome] += r[outcome];
    }
    for (const f of r.failures) e.failures.push({ file: r.file, ...f });
    if (r.sessionError) {
      totals.sessionErrors++;
      e.sessionErrors++;
      e.failures.push({ file: r.file, test: '(the file itself)', error: r.sessionError });
    }
    for (const reason of r.skips) {
      const skip = (e.skips[reason] ??= { count: 0, files: [] });
      skip.count++;
      if (!skip.files.includes(r.file)) skip.files.push(r.file);
    }
    e.files[r.file] = (e.files[r.file] ?? 0) + r.ms;
    for (const s of r.slow) e.slow.push({ file: r.file, ...s });
  }
  return totals;
}

const seconds = ms => `${(ms / 1000).toFixed(1)} s`;

/** Each engine's totals, its failures, its skips grouped by reason; with `timings`, every file's and slow test's time. */
export function printEngines(engines, { timings = false } = {}) {
  const names = Object.keys(engines);
  if (names.length === 0) return;
  console.log('\nBrowser tests by engine (test/permissions/ and test/fake-camera/ run in Chromium only):');
  for (const name of names) {
    const e = engines[name];
    const errors = e.sessionErrors ? `, ${e.sessionErrors} file(s) failed to run` : '';
    const files = Object.entries(e.files).sort(([, a], [, b]) => b - a);
    const spent = files.reduce((sum, [, ms]) => sum + ms, 0);
    const slowest = files.slice(0, 3).map(([f, ms]) => `${f.replace(/^test\//, '')} ${seconds(ms)}`).join(', ');
    console.log(`  ${name}: ${e.passed} passed, ${e.failed} failed, ${e.skipped} skipped${errors}; ${seconds(spent)} in files (slowest: ${slowest})`);
    for (const { file, test, error } of e.failures) console.log(`    FAILED ${file}: ${test}\n        ${error}`);
    const skips = Object.entries(e.skips).sort(([, a], [, b]) => b.count - a.count);
    for (const [reason, { count, files: where }] of skips) {
      console.log(`    ${String(count).padStart(3)} skipped: ${reason}`);
      console.log(`        in ${where.join(', ')}`);
    }
    if (!timings) continue;
    for (const [f, ms] of files) console.log(`    ${seconds(ms).padStart(7)} ${f}`);
    for (const { file, test, ms } of e.slow.sort((a, b) => b.ms - a.ms)) console.log(`    ${seconds(ms).padStart(7)} ${file}: ${test}`);
  }
}
