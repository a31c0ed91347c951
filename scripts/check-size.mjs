// Size budgets: what a user downloads, minified and gzipped (level 9), against the limits in size-budgets.json. It measures the published files in dist/ (run `npm run build` first),
// not components/*.ts: that is what `import 'local-media-elements/camera-preview'` resolves to. Each entry is bundled
// with Lit by esbuild with code splitting, as an app's bundler would: what loads on demand (`import()`) is a chunk of
// its own, and only what an entry imports statically is its first download.
//
//   <element>            first download of Lit + that element alone: the package's `./<element>` export, as an
//                        app's bundler ships it (what loads statically, in one chunk).
//   <element> added      what that element adds to the kit's first download: kit - kit without its define.js.
//   kit                  the CDN build's first download (scripts/build-cdn.mjs): its entry and what that imports
//                        statically; every element and the core. Each file gzipped on its own, as a server sends it.
//   lazy <module>        each chunk of the CDN build that loads on demand (named after the module it was split at;
//                        `lazy shared <module>` for one that several of them import), and each file loaded by
//                        URL (a worker, a WebAssembly or model file: `asset <file>`). A row without a budget of
//                        its own is held to the `lazy` budget.
//   react app            what the kit adds to a Vite + React app built from the packed package that uses three
//                        elements (scripts/react-app-size.mjs): at most the first download of those three together.
//
// Usage: node scripts/check-size.mjs [totals.json] [--budgets file.json] [--analyze <row>] [--no-app] [--json file]
//        [--measured file]
// Writes `{ passed, failed }` to totals.json for scripts/run-tests.mjs, and every row to --json (the README's size
// table is checked against it: test/node/readme.test.mjs). --measured judges the rows an earlier --json wrote
// instead of measuring again (the checker's own tests judge one measurement against several budgets). --analyze prints what is inside one measured row's first
// download (esbuild's metafile analysis): an element, `kit`, `kit without <element>`, `lit`.
import { analyzeMetafile, build } from 'esbuild';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, relative } from 'node:path';
import { parseArgs } from 'node:util';
import { gzipSync } from 'node:zlib';
import { cdnOptions } from './build-cdn.mjs';
import { reactAppSize, REACT_APP_ELEMENTS } from './react-app-size.mjs';
import { urlAssets } from './url-assets.mjs';

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    budgets: { type: 'string', default: 'size-budgets.json' },
    analyze: { type: 'string' },
    'no-app': { type: 'boolean', default: false },
    json: { type: 'string' },
    measured: { type: 'string' },
  },
});
const [totalsFile] = positionals;
const KB = 1000;
const gz = bytes => gzipSync(bytes, { level: 9 }).length;

const pkg = JSON.parse(readFileSync('package.json', 'utf8'));
const KIT = pkg.exports['.'].default.replace(/^\.\//, '');
const elements = Object.entries(pkg.exports)
  .map(([name, target]) => [name.slice(2), target.default])
  .filter(([, file]) => /\/define\.js$/.test(file ?? ''))
  .map(([name, file]) => ({ name, file: file.replace(/^\.\//, '') }));

const VIRTUAL = 'size-entry:';
/** An entry given as source (`contents`, resolved from `resolveDir`) instead of a file. */
const virtualEntries = sources => ({
  name: 'virtual-entries',
  setup(esbuild) {
    esbuild.onResolve({ filter: new RegExp(`^${VIRTUAL}`) }, args => ({ path: args.path, namespace: 'size-entry' }));
    esbuild.onLoad({ filter: /.*/, namespace: 'size-entry' }, args => ({ ...sources[args.path.slice(VIRTUAL.length)], loader: 'js' }));
  },
});

/**
 * Bundles `entryPoints` with code splitting, in memory; returns every output by path, the files loaded by URL, and
 * the metafile.
 */
async function splitBuild(options) {
  const emitted = [];
  const result = await build({
    bundle: true, splitting: true, format: 'esm', target: 'es2022', minify: true, outdir: 'out', logLevel: 'error',
    ...options,
    write: false,
    metafile: true,
    sourcemap: false,
    plugins: [...(options.plugins ?? []).filter(plugin => plugin.name !== 'url-assets'), urlAssets({ emitted })],
  });
  const files = new Map(result.outputFiles.map(file => [relative('.', file.path), file.contents]));
  return { files, emitted, metafile: result.metafile };
}

/** The outputs an entry output loads before it runs: itself and its static imports, transitively. */
function staticClosure(metafile, start) {
  const seen = new Set([start]);
  for (const path of seen) {
    for (const { path: imported, kind } of metafile.outputs[path].imports) if (kind === 'import-statement') seen.add(imported);
  }
  return [...seen];
}

/** Files as a server sends them: each gzipped on its own. */
const sum = (paths, files) => ({
  minified: paths.reduce((total, path) => total + files.get(path).length, 0),
  gzipped: paths.reduce((total, path) => total + gz(files.get(path)), 0),
});
/** Files as an app's bundler ships them: one chunk. */
const joined = (paths, files) => {
  const code = Buffer.concat(paths.map(path => files.get(path)));
  return { minified: code.length, gzipped: gz(code) };
};

/** The first download of one entry (a file, or `{ contents, resolveDir }`), as a row. */
async function firstDownload(name, entry) {
  const source = typeof entry === 'string' ? entry : `${VIRTUAL}${name}`;
  const { files, metafile } = await splitBuild({
    entryPoints: [{ in: source, out: 'entry' }],
    plugins: typeof entry === 'string' ? [] : [virtualEntries({ [name]: entry })],
  });
  const paths = staticClosure(metafile, 'out/entry.js');
  if (values.analyze === name) console.log(`${name}:\n${await analyzeMetafile(metafile)}`);
  return { name, ...joined(paths, files) };
}

/** Every row, measured from dist/ (the `react app` row with its computed limit). */
async function measure() {
  if (!existsSync(KIT)) {
    console.error(`${KIT} is missing: run npm run build first.`);
    process.exit(1);
  }
  const rows = [];
  const kitSource = readFileSync(KIT, 'utf8');
  const kitFirst = await firstDownload('kit without nothing', { contents: kitSource, resolveDir: dirname(KIT) });
  for (const { name, file } of elements) {
    rows.push(await firstDownload(name, file));
    const defineImport = `./${file.slice(dirname(KIT).length + 1)}`;
    const lines = kitSource.split('\n');
    const without = lines.filter(line => !line.includes(`'${defineImport}'`));
    if (without.length !== lines.length - 1) throw new Error(`${KIT} does not import ${defineImport} on one line`);
    const rest = await firstDownload(`kit without ${name}`, { contents: without.join('\n'), resolveDir: dirname(KIT) });
    rows.push({ name: `${name} added`, minified: kitFirst.minified - rest.minified, gzipped: kitFirst.gzipped - rest.gzipped });
  }

  // The CDN build: its entry's first download, and every chunk and file it loads on demand.
  const cdn = await splitBuild(cdnOptions({ write: false, outdir: 'out' }));
  const entryOut = 'out/local-media-elements.js';
  const kitPaths = staticClosure(cdn.metafile, entryOut);
  rows.push({ name: 'kit', ...sum(kitPaths, cdn.files) });
  if (values.analyze === 'kit') console.log(`kit:\n${await analyzeMetafile(cdn.metafile)}`);
  const moduleName = path => path.replace(/^dist\//, '').replace(/\.js$/, '');
  for (const [path, output] of Object.entries(cdn.metafile.outputs)) {
    if (kitPaths.includes(path) || !path.endsWith('.js')) continue;
    const largest = Object.entries(output.inputs).sort(([, a], [, b]) => b.bytesInOutput - a.bytesInOutput)[0]?.[0] ?? path;
    const name = output.entryPoint ? `lazy ${moduleName(output.entryPoint)}` : `lazy shared ${moduleName(largest)}`;
    rows.push({ name, lazy: true, ...sum([path], cdn.files) });
  }
  for (const { source, contents } of cdn.emitted) {
    rows.push({ name: `asset ${relative('dist', source)}`, lazy: true, minified: contents.length, gzipped: gz(contents) });
  }

  // A Vite + React app from the packed package, using three elements: the kit's share of it, against their first
  // download together.
  if (!values['no-app']) {
    const together = await firstDownload('react app elements', {
      contents: REACT_APP_ELEMENTS.map(name => `import './${name}/define.js';`).join('\n'),
      resolveDir: dirname(KIT),
    });
    const app = await reactAppSize();
    rows.push({ name: 'react app', ...app, limit: together.gzipped / KB, what: `${REACT_APP_ELEMENTS.join(', ')} through local-media-elements/react` });
  }
  return rows;
}

/** The rows an earlier run wrote with --json, without the limits it judged them by (but the react app's own). */
function measuredBefore(file) {
  const { rows } = JSON.parse(readFileSync(file, 'utf8'));
  return rows
    .filter(row => !(values['no-app'] && row.name === 'react app'))
    .map(({ limit, ...row }) => (row.name === 'react app' ? { ...row, limit } : row));
}

const rows = values.measured ? measuredBefore(values.measured) : await measure();
const budgets = JSON.parse(readFileSync(values.budgets, 'utf8')).budgets;
const kB = bytes => (bytes / KB).toFixed(2);
const over = [];
console.log(`Size (kB = ${KB} bytes; gzip -9; budgets from ${values.budgets})\n`);
console.log(`${'row'.padEnd(44)}${'minified'.padStart(10)}${'gzipped'.padStart(10)}${'budget'.padStart(10)}`);
for (const row of rows) {
  row.limit ??= budgets[row.name]?.limit ?? (row.lazy ? budgets.lazy?.limit : undefined);
  const ok = row.limit !== undefined && row.gzipped <= row.limit * KB;
  if (!ok) over.push(row);
  const limit = row.limit === undefined ? '-' : Number(row.limit.toFixed(2));
  console.log(`${row.name.padEnd(44)}${kB(row.minified).padStart(10)}${kB(row.gzipped).padStart(10)}${String(limit).padStart(10)}  ${ok ? '✓' : '✗'}`);
}
for (const { name, gzipped, limit } of over) {
  console.error(limit === undefined
    ? `✗ size: "${name}" has no budget in ${values.budgets}`
    : `✗ size: "${name}" is ${kB(gzipped)} kB gzipped, over its budget of ${Number(limit.toFixed(2))} kB`);
}
const litGzipped = values.measured
  ? JSON.parse(readFileSync(values.measured, 'utf8')).lit
  : (await firstDownload('lit', { contents: "export { LitElement, html, css } from 'lit';", resolveDir: '.' })).gzipped;
console.log(`\nFor reference, Lit alone (LitElement, html, css): ${kB(litGzipped)} kB gzipped.`);
if (values.json) writeFileSync(values.json, JSON.stringify({ rows, lit: litGzipped }, null, 2));
const totals = { passed: rows.length - over.length, failed: over.length };
console.log(`Size: ${totals.passed} passed, ${totals.failed} failed`);
if (totalsFile) writeFileSync(totalsFile, JSON.stringify(totals));
process.exit(over.length ? 1 : 0);
