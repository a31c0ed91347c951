// Size budgets: what a user's bundler ships, minified and gzipped (level 9), against the limits in
// size-budgets.json. It measures the published files in dist/ (run `npm run build` first), not components/*.ts:
// that is what `import 'local-media-elements/camera-preview'` resolves to, so a build change that bloats them
// (tsc's helpers, unminified CSS) shows here. Each is bundled with Lit by esbuild, as an app's bundler would.
//
//   <element>           Lit + that element alone: the package's `./<element>` export.
//   <element> added     what that element adds to the whole kit: gz(kit) - gz(kit without its define.js).
//                       Code it shares with another element is in the kit either way, so it is not counted here.
//   kit                 every element and the core: the package's `.` export.
//
// Usage: node scripts/check-size.mjs [totals.json] [--budgets file.json] [--analyze <name>]
// Writes `{ passed, failed }` to totals.json for scripts/run-tests.mjs. --analyze prints what is inside one
// measured bundle (esbuild's metafile analysis): `camera-preview`, `kit`, `kit without camera-preview`, `lit`.
import { build, analyzeMetafile } from 'esbuild';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { parseArgs } from 'node:util';
import { gzipSync } from 'node:zlib';

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { budgets: { type: 'string', default: 'size-budgets.json' }, analyze: { type: 'string' } },
});
const [totalsFile] = positionals;
const KB = 1000;

const pkg = JSON.parse(readFileSync('package.json', 'utf8'));
const KIT = pkg.exports['.'].default.replace(/^\.\//, '');
const elements = Object.entries(pkg.exports)
  .map(([name, target]) => [name.slice(2), target.default])
  .filter(([, file]) => /\/define\.js$/.test(file ?? ''))
  .map(([name, file]) => ({ name, file: file.replace(/^\.\//, '') }));

/** Bundles one entry (a file, or module source and its resolveDir) with Lit, minified; returns its sizes. */
async function measure(name, entry) {
  const result = await build({
    ...(typeof entry === 'string' ? { entryPoints: [entry] } : { stdin: { ...entry, loader: 'js' } }),
    bundle: true,
    minify: true,
    format: 'esm',
    target: 'es2022',
    write: false,
    metafile: values.analyze === name,
    logLevel: 'error',
  });
  if (result.metafile) console.log(`${name}:\n${await analyzeMetafile(result.metafile)}`);
  const code = result.outputFiles[0].contents;
  return { name, minified: code.length, gzipped: gzipSync(code, { level: 9 }).length };
}

if (!existsSync(KIT)) {
  console.error(`${KIT} is missing: run npm run build first.`);
  process.exit(1);
}
const kitSource = readFileSync(KIT, 'utf8');
const kit = await measure('kit', KIT);
const rows = [];
for (const { name, file } of elements) {
  rows.push(await measure(name, file));
  const defineImport = `./${file.slice(dirname(KIT).length + 1)}`;
  const lines = kitSource.split('\n');
  const without = lines.filter(line => !line.includes(`'${defineImport}'`));
  if (without.length !== lines.length - 1) throw new Error(`${KIT} does not import ${defineImport} on one line`);
  const rest = await measure(`kit without ${name}`, { contents: without.join('\n'), resolveDir: dirname(KIT) });
  rows.push({ name: `${name} added`, minified: kit.minified - rest.minified, gzipped: kit.gzipped - rest.gzipped });
}
rows.push(kit);

const budgets = JSON.parse(readFileSync(values.budgets, 'utf8')).budgets;
const kB = bytes => (bytes / KB).toFixed(2);
const over = [];
console.log(`Size (kB = ${KB} bytes; gzip -9; budgets from ${values.budgets})\n`);
console.log(`${'entry'.padEnd(24)}${'minified'.padStart(10)}${'gzipped'.padStart(10)}${'budget'.padStart(10)}`);
for (const row of rows) {
  const limit = budgets[row.name]?.limit;
  const ok = limit !== undefined && row.gzipped <= limit * KB;
  if (!ok) over.push(row);
  console.log(`${row.name.padEnd(24)}${kB(row.minified).padStart(10)}${kB(row.gzipped).padStart(10)}${String(limit ?? '-').padStart(10)}  ${ok ? '✓' : '✗'}`);
}
for (const { name, gzipped } of over) {
  const limit = budgets[name]?.limit;
  console.error(limit === undefined
    ? `✗ size: "${name}" has no budget in ${values.budgets}`
    : `✗ size: "${name}" is ${kB(gzipped)} kB gzipped, over its budget of ${limit} kB`);
}
const lit = await measure('lit', { contents: "export { LitElement, html, css } from 'lit';", resolveDir: '.' });
console.log(`\nFor reference, Lit alone (LitElement, html, css): ${kB(lit.gzipped)} kB gzipped.`);
const totals = { passed: rows.length - over.length, failed: over.length };
console.log(`Size: ${totals.passed} passed, ${totals.failed} failed`);
if (totalsFile) writeFileSync(totalsFile, JSON.stringify(totals));
process.exit(over.length ? 1 : 0);
