// Each element's class imports without defining anything (`local-media-elements/<element>/class`), its define
// entry defines it, and a tag that another class took keeps that class, with a warning that says so. Run by
// `npm test` (node --test runs each file in a process of its own, so nothing here is defined beforehand), after
// `npm run build`.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';

const pkg = JSON.parse(readFileSync('package.json', 'utf8'));
const tags = Object.keys(pkg.exports).filter(entry => entry.endsWith('/class')).map(entry => entry.slice(2, -'/class'.length));

/** The console warnings `run` causes. */
async function warningsOf(run) {
  const warnings = [];
  const original = console.warn;
  console.warn = (...args) => warnings.push(args.join(' '));
  try {
    await run();
  } finally {
    console.warn = original;
  }
  return warnings;
}

const classes = new Map();

test('importing an element class defines no element', async () => {
  assert.ok(tags.length >= 6, 'package.json exports no <element>/class entries');
  for (const tag of tags) {
    const exported = Object.values(await import(`${pkg.name}/${tag}/class`)).filter(value => typeof value === 'function');
    assert.equal(exported.length, 1, `${tag}/class exports one class`);
    classes.set(tag, exported[0]);
  }
  assert.deepEqual(tags.filter(tag => customElements.get(tag)), []);
});

test("a tag taken by another class keeps that class, and the define entry warns that the kit's is not defined", async () => {
  const other = class PagesOwnToggle extends classes.get('media-toggle') {};
  customElements.define('media-toggle', other);
  const warnings = await warningsOf(() => import(`${pkg.name}/media-toggle`));
  assert.equal(customElements.get('media-toggle'), other);
  assert.equal(warnings.length, 1);
  assert.match(warnings[0], /<media-toggle>.*another class.*MediaToggle is not defined/);
});

test('each define entry defines its element with the class the class entry exports, silently', async () => {
  const rest = tags.filter(tag => tag !== 'media-toggle');
  const warnings = await warningsOf(async () => {
    for (const tag of rest) await import(`${pkg.name}/${tag}`);
  });
  for (const tag of rest) assert.equal(customElements.get(tag), classes.get(tag), tag);
  assert.deepEqual(warnings, []);
});

test('defining the same class under its tag again stays silent', async () => {
  const { canDefine } = await import('../../dist/base/define.js');
  const warnings = await warningsOf(() => assert.equal(canDefine('camera-preview', classes.get('camera-preview')), false));
  assert.deepEqual(warnings, []);
});
