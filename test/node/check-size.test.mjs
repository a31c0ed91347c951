// The size checker itself (scripts/check-size.mjs): it passes within its budgets, and fails, naming the entry, its
// size and its budget, when one is exceeded. Needs `npm run build` first, as the checker measures dist/.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import process from 'node:process';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, test } from 'node:test';

const dir = mkdtempSync(join(tmpdir(), 'check-size-'));
after(() => rmSync(dir, { recursive: true, force: true }));

const names = Object.keys(JSON.parse(readFileSync('size-budgets.json', 'utf8')).budgets);

/**
 * Runs the checker against `budgets`: the first run measures dist/ and keeps its rows, the others judge those rows
 * again (--measured), which is all that differs between them.
 */
// The test run's own size step has measured already (SIZE_ROWS, from scripts/run-tests.mjs): judged again, not redone.
const measured = process.env.SIZE_ROWS && existsSync(process.env.SIZE_ROWS) ? process.env.SIZE_ROWS : join(dir, 'rows.json');
let measuredOnce = measured === process.env.SIZE_ROWS;
function runChecker(budgets, ...args) {
  const rows = measuredOnce ? ['--measured', measured] : ['--json', measured];
  const result = spawnSync('node', ['scripts/check-size.mjs', ...args, '--budgets', budgets, '--no-app', ...rows], { encoding: 'utf8' });
  measuredOnce ||= result.stdout.includes('Size: ');
  return result;
}

/** Runs the checker with every budget at `limit` kB except those in `overrides`. */
function checkSize(limit, overrides = {}) {
  const budgets = join(dir, 'budgets.json');
  const totals = join(dir, 'totals.json');
  const entries = names.map(name => [name, { limit: overrides[name] ?? limit }]);
  writeFileSync(budgets, JSON.stringify({ budgets: Object.fromEntries(entries) }));
  return { ...runChecker(budgets, totals), totals: JSON.parse(readFileSync(totals, 'utf8')) };
}

test('passes when every entry is within its budget', () => {
  const run = checkSize(1000);
  assert.equal(run.status, 0, run.stderr);
  assert.equal(run.totals.failed, 0);
  assert.ok(run.totals.passed >= names.length - 1, `${run.totals.passed} rows`); // every budget but the default 'lazy'
});

test('fails when an entry exceeds its budget, naming it, its size and its budget', () => {
  const run = checkSize(1000, { 'camera-preview': 1 });
  assert.notEqual(run.status, 0);
  assert.match(run.stderr, /"camera-preview" is \d+\.\d\d kB gzipped, over its budget of 1 kB/);
  assert.equal(run.stderr.trim().split('\n').length, 1, run.stderr);
  assert.equal(run.totals.failed, 1);
});

test('fails when an entry has no budget', () => {
  const budgets = join(dir, 'budgets.json');
  writeFileSync(budgets, JSON.stringify({ budgets: { kit: { limit: 1000 } } }));
  const result = runChecker(budgets);
  assert.notEqual(result.status, 0);
  assert.match(result.stderr, /"camera-preview" has no budget/);
});

test("lists each element's first download and each chunk the CDN build loads on demand, held to the lazy budget", () => {
  const budgets = join(dir, 'budgets.json');
  const listed = names.filter(name => name !== 'lazy core/denial').map(name => [name, { limit: name === 'lazy' ? 0.01 : 1000 }]);
  writeFileSync(budgets, JSON.stringify({ budgets: Object.fromEntries(listed) }));
  const result = runChecker(budgets);
  assert.match(result.stdout, /^camera-preview +\d/m);
  assert.match(result.stdout, /^kit +\d/m);
  assert.match(result.stdout, /^lazy locales\/de +\d.*✓$/m); // a budget of its own
  // The denied steps: a chunk without a budget of its own, held to the default; so is any other such chunk, and
  // nothing else fails.
  assert.match(result.stderr, /^✗ size: "lazy core\/denial" is \d+\.\d\d kB gzipped, over its budget of 0\.01 kB$/m);
  for (const line of result.stderr.trim().split('\n')) assert.match(line, /^✗ size: "lazy [^"]+" is \d+\.\d\d kB gzipped, over its budget of 0\.01 kB$/);
});
