// Writes the run's totals so scripts/run-tests.mjs can print them last, after the runner's own lines: the sums, and
// per engine (Chromium, Firefox, WebKit) its own sums and every skip with the reason the test gave
// (scripts/skip-reasons.mjs).
import { writeFileSync } from 'node:fs';
import { relative } from 'node:path';
import { skipReasonFor } from './skip-reasons.mjs';

const NO_REASON = 'no reason given';

function count(suite, path, visit) {
  for (const test of suite?.tests ?? []) visit(test, [...path, test.name]);
  for (const child of suite?.suites ?? []) count(child, [...path, child.name], visit);
}

const empty = () => ({ passed: 0, failed: 0, skipped: 0, sessionErrors: 0 });
const firstLine = text => String(text ?? '').split('\n')[0].slice(0, 300);

export function totalsReporter(file) {
  return {
    onTestRunFinished({ sessions }) {
      const totals = { ...empty(), engines: {} };
      for (const session of sessions) {
        const name = session.browser.name;
        const engine = (totals.engines[name] ??= { ...empty(), skips: {}, failures: [] });
        const testFile = relative(process.cwd(), session.testFile);
        // The root suite has no title: paths start at the top-level describe.
        count(session.testResults, [], (test, path) => {
          const outcome = test.skipped ? 'skipped' : test.passed ? 'passed' : 'failed';
          totals[outcome]++;
          engine[outcome]++;
          // Named again after the totals: CI keeps only the end of the output.
          if (outcome === 'failed') engine.failures.push({ file: testFile, test: path.join(' > '), error: firstLine(test.error?.message) });
          if (outcome !== 'skipped') return;
          const reason = skipReasonFor(session.id, path) ?? NO_REASON;
          const skip = (engine.skips[reason] ??= { count: 0, files: [] });
          skip.count++;
          if (!skip.files.includes(testFile)) skip.files.push(testFile);
        });
        // A file that failed to load or threw outside a test counts as one failure.
        if (!session.passed && (session.errors?.length ?? 0) > 0) {
          totals.sessionErrors++;
          engine.sessionErrors++;
          engine.failures.push({ file: testFile, test: '(the file itself)', error: firstLine(session.errors[0]?.message) });
        }
      }
      writeFileSync(file, JSON.stringify(totals));
    },
  };
}
