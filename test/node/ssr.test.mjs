// Node, as a server or a test runner sees the kit: every entry of package.json's exports imports without a DOM
// and without reading `navigator`, and every element the manifest lists renders its idle state with
// @lit-labs/ssr. Run by `npm test` through scripts/run-tests.mjs (node --test), after `npm run build`.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { elementsOf, readManifest } from '../../scripts/manifest.mjs';

const pkg = JSON.parse(readFileSync('package.json', 'utf8'));
const entries = Object.keys(pkg.exports).filter(entry => !entry.endsWith('.json'));

test('every entry imports in Node without reading navigator', async () => {
  let reads = 0;
  const original = Object.getOwnPropertyDescriptor(globalThis, 'navigator');
  Object.defineProperty(globalThis, 'navigator', { configurable: true, get: () => (reads++, undefined) });
  try {
    for (const entry of entries) {
      const module = await import(`${pkg.name}${entry.slice(1)}`);
      assert.ok(Object.keys(module).length > 0, `${entry} exports nothing`);
    }
  } finally {
    if (original) Object.defineProperty(globalThis, 'navigator', original);
    else delete globalThis.navigator;
  }
  assert.equal(reads, 0, 'navigator was read while importing');
});

test('getLocalMedia rejects with kind "unsupported" where there is no navigator.mediaDevices', async () => {
  const { getLocalMedia, LocalMediaError } = await import(`${pkg.name}/core`);
  const error = await getLocalMedia({ video: true }).catch(e => e);
  assert.ok(error instanceof LocalMediaError);
  assert.equal(error.kind, 'unsupported');
});

const { render } = await import('@lit-labs/ssr');
const { collectResult } = await import('@lit-labs/ssr/lib/render-result.js');
const { html, unsafeStatic } = await import('lit/static-html.js');
await import(pkg.name);

/** What the element renders on a server: its light DOM tag with a declarative shadow root. */
async function renderToString(tagName) {
  const tag = unsafeStatic(tagName);
  // eslint-disable-next-line lit/binding-positions, lit/no-invalid-html -- lit/static-html: the tag is unsafeStatic
  return collectResult(render(html`<${tag}></${tag}>`));
}

for (const { tagName } of elementsOf(readManifest())) {
  test(`<${tagName}> renders with @lit-labs/ssr`, async () => {
    const markup = await renderToString(tagName);
    assert.match(markup, new RegExp(`<${tagName}[^>]*><template shadowroot="open" shadowrootmode="open"`));
    assert.match(markup, /part="/, 'the shadow root has no content');
  });
}

test('<camera-preview> renders its idle state on the server', async () => {
  const markup = await renderToString('camera-preview');
  assert.match(markup, /<video\s[^>]*part="video"/);
  assert.match(markup, /<slot name="idle">/);
  assert.doesNotMatch(markup, /Waiting for the camera|blocked|disconnected/);
});
