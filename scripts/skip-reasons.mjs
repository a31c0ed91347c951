// A web-test-runner server command: `executeServerCommand('skip-reason', { path, reason })` (test/support/browser.ts,
// skipBecause) records why a test, or every test of a suite, is skipped in the browser that runs it, so that the
// run's summary (scripts/totals-reporter.mjs, printed by scripts/run-tests.mjs) lists each skip with its reason.
const reasons = new Map(); // session id -> [{ path: string[], reason }]

export function skipReasonsPlugin() {
  return {
    name: 'skip-reason',
    executeCommand({ command, payload, session }) {
      if (command !== 'skip-reason') return undefined;
      const list = reasons.get(session.id) ?? [];
      list.push({ path: payload.path, reason: payload.reason });
      reasons.set(session.id, list);
      return true;
    },
  };
}

/** Why the test at `path` (suite titles, then the test's) was skipped in that session, or undefined. */
export function skipReasonFor(sessionId, path) {
  const matches = (reasons.get(sessionId) ?? []).filter(r => r.path.every((title, i) => path[i] === title));
  // The most specific: a test's own reason before its suite's.
  return matches.sort((a, b) => b.path.length - a.path.length)[0]?.reason;
}
