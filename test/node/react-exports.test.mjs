// The React entry as published (dist/react/, after `npm run build`): no export takes the name of a browser global,
// which an app that imports it would shadow (`import { MediaRecorder } from ...` hides the browser's MediaRecorder).
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { test } from 'node:test';

const require = createRequire(import.meta.url);
const dom = readFileSync(require.resolve('typescript/lib/lib.dom.d.ts'), 'utf8');
const globals = new Set([...dom.matchAll(/^declare (?:var|function) (\w+)/gm)].map(match => match[1]));

test('the React entry exports no name of a browser global', async () => {
  assert.ok(globals.has('MediaRecorder') && globals.has('MediaStream'), 'the DOM globals were read');
  const exported = Object.keys(await import('../../dist/react/index.js').catch(() => ({})));
  const names = exported.length > 0 ? exported : [...readFileSync('dist/react/index.js', 'utf8').matchAll(/export \{ ([^}]+) \}/g)].flatMap(m => m[1].split(',').map(n => n.trim().split(' as ').pop()));
  assert.ok(names.includes('LocalMediaRecorder'), names.join(', '));
  assert.deepEqual(names.filter(name => globals.has(name)), []);
});
