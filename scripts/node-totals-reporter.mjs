// A reporter for `node --test` that writes the totals as JSON (`{ passed, failed }`), the way
// scripts/totals-reporter.mjs does for web-test-runner, so scripts/run-tests.mjs can add them up.
export default async function* nodeTotals(events) {
  const totals = { passed: 0, failed: 0 };
  for await (const event of events) {
    if (event.data?.details?.type === 'suite') continue;
    if (event.type === 'test:pass') totals.passed++;
    else if (event.type === 'test:fail') totals.failed++;
  }
  yield JSON.stringify(totals);
}
