// Records the run for scripts/run-tests.mjs, file by file, as it goes: when the run starts, every (group, browser,
// file) it will run (`<file>.expected.json`); each time a file finishes in a browser, one JSON line with its counts,
// its failures, its skips with the reason the test gave (scripts/skip-reasons.mjs), its slow tests and how long it
// took (`<file>`). Written as it goes, so that a runner that dies (a lost WebKit session can take it down) still
// leaves what finished, and run-tests.mjs can tell which files never reported.
import { appendFileSync, writeFileSync } from 'node:fs';
import { relative } from 'node:path';
import { skipReasonFor } from './skip-reasons.mjs';

const NO_REASON = 'no reason given';
/** A test that takes at least this long is listed with its time (TEST_TIMINGS=1 prints them). */
const SLOW_MS = 1000;

function visit(suite, path, each) {
  for (const test of suite?.tests ?? []) each(test, [...path, test.name]);
  for (const child of suite?.suites ?? []) visit(child, [...path, child.name], each);
}

const firstLine = text => String(text ?? '').split('\n')[0].slice(0, 300);
const fileOf = session => relative(process.cwd(), session.testFile);

/** One finished file in one browser, as run-tests.mjs adds them up. */
function record(session, ms) {
  const out = {
    group: session.group.name,
    engine: session.browser.name,
    file: fileOf(session),
    ms,
    passed: 0,
    failed: 0,
    skipped: 0,
    failures: [],
    skips: [],
    slow: [],
  };
  visit(session.testResults, [], (test, path) => {
    const outcome = test.skipped ? 'skipped' : test.passed ? 'passed' : 'failed';
    out[outcome]++;
    const name = path.join(' > ');
    if (outcome === 'failed') out.failures.push({ test: name, error: firstLine(test.error?.message) });
    if (outcome === 'skipped') out.skips.push(skipReasonFor(session.id, path) ?? NO_REASON);
    if ((test.duration ?? 0) >= SLOW_MS) out.slow.push({ test: name, ms: test.duration });
  });
  // A file that failed to load, threw outside a test, or whose browser session was lost.
  if (!session.passed && (session.errors?.length ?? 0) > 0) out.sessionError = firstLine(session.errors[0]?.message);
  return out;
}

export function totalsReporter(file) {
  const started = new Map();
  return {
    // The first files are already starting when reporters start: they count from the run's start.
    start({ sessions, startTime }) {
      const expected = [...sessions.all()].map(s => ({ group: s.group.name, engine: s.browser.name, file: fileOf(s) }));
      writeFileSync(`${file}.expected.json`, JSON.stringify(expected));
      writeFileSync(file, '');
      sessions.on('session-status-updated', session => {
        if (session.status === 'INITIALIZING') started.set(session.id, Date.now());
        if (session.status !== 'FINISHED') return;
        const ms = Date.now() - (started.get(session.id) ?? startTime);
        appendFileSync(file, `${JSON.stringify(record(session, ms))}\n`);
      });
    },
  };
}
