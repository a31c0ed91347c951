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

export function totalsReporter(file) {
  return {
    onTestRunFinished({ sessions }) {
      const totals = { ...empty(), engines: {} };
      for (const session of sessions) {
        const name = session.browser.name;
        const engine = (totals.engines[name] ??= { ...empty(), skips: {} });
        // The root suite has no title: paths start at the top-level describe.
        count(session.testResults, [], (test, path) => {
          const outcome = test.skipped ? 'skipped' : test.passed ? 'passed' : 'failed';
          totals[outcome]++;
          engine[outcome]++;
          if (outcome !== 'skipped') return;
          const reason = skipReasonFor(session.id, path) ?? NO_REASON;
          const skip = (engine.skips[reason] ??= { count: 0, files: [] });
          skip.count++;
          const testFile = relative(process.cwd(), session.testFile);
          if (!skip.files.includes(testFile)) skip.files.push(testFile);
        });
        // A file that failed to load or threw outside a test counts as one failure.
        if (!session.passed && (session.errors?.length ?? 0) > 0) {
          totals.sessionErrors++;
          engine.sessionErrors++;
        }
      }
      writeFileSync(file, JSON.stringify(totals));
    },
  };
}
