// The README as a user copies it (run `npm run build` first). Checks the Markdown of README.md and CONTRIBUTING.md
// (every code fence closed, every table whole: a header, its separator, rows of as many cells), then runs every
// example in README.md in headless Chromium with the fake camera and microphone:
// - ```html: the page as written. A bare `local-media-elements...` import resolves to the built package (an import
//   map, as a bundler would), an npm CDN's URL of the package to the built dist/ (so the copied CDN page runs
//   offline), and `cdn/` to dist/cdn/; a piece of a page that loads no part of the kit gets the CDN entry. Every
//   capture element on the page that starts by itself must go live, and the page must log no error.
// - ```js: the module alone on an empty page, with the same resolution; it must load with no error.
// - a block whose info string says `fragment` (```js fragment: a piece of a larger page) or `node` (run in Node, not a
//   page) is only parsed. Other languages (sh, ts, tsx, vue) are not run: the examples and their checks cover them.
// With `--sizes <file>` (the rows `scripts/check-size.mjs --json` wrote), the README's size table (the block after
// "the output of `npm run size`") must show every row with the gzipped size measured, within 0.01 kB.
// Writes its totals to the file given as first argument, if any.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { transform } from 'esbuild';
import { launchChromium, recordProblems, serveStatic } from './chromium-page.mjs';

const totalsFile = process.argv[2]?.startsWith('--') ? undefined : process.argv[2];
const sizesFile = process.argv.includes('--sizes') ? process.argv[process.argv.indexOf('--sizes') + 1] : undefined;
const DOCS = ['README.md', 'CONTRIBUTING.md'];
const pkg = JSON.parse(readFileSync('package.json', 'utf8'));

/** The code blocks of a Markdown text, with their line and info string, and the problems of its Markdown. */
function parse(file) {
  const lines = readFileSync(file, 'utf8').split('\n');
  const blocks = [];
  const problems = [];
  let open;
  let table;
  const cells = line => line.replace(/`[^`]*`/g, 'code').replace(/\\\|/g, '').replace(/^\s*\||\|\s*$/g, '').split('|').length;
  lines.forEach((line, i) => {
    const at = `${file}:${i + 1}`;
    const fence = /^\s*```(.*)$/.exec(line);
    if (open) {
      if (fence && fence[1].trim() === '') {
        blocks.push(open);
        open = undefined;
      } else open.code.push(line);
      return;
    }
    if (fence) {
      open = { file, line: i + 1, info: fence[1].trim().split(/\s+/), code: [] };
      table = undefined;
      return;
    }
    if (/^\s*\|/.test(line)) {
      if (!table) {
        if (!/^\s*\|?\s*:?-{3,}/.test(lines[i + 1] ?? '')) problems.push(`${at}: a table row without a header and separator (a blank line inside a table?)`);
        table = { cells: cells(line), header: true };
      } else if (table.header) table.header = false;
      else if (cells(line) !== table.cells) problems.push(`${at}: ${cells(line)} cells where the table's header has ${table.cells}`);
      return;
    }
    table = undefined;
  });
  if (open) problems.push(`${file}:${open.line}: a code fence that is never closed`);
  return { blocks, problems };
}

/** An import map from the package's own name (and each export) to the built files, and Lit to node_modules. */
function importMap() {
  const imports = { lit: '/node_modules/lit/index.js', 'lit/': '/node_modules/lit/' };
  for (const name of ['lit-html', 'lit-element', '@lit/reactive-element']) {
    imports[name] = `/node_modules/${name}/${name === '@lit/reactive-element' ? 'reactive-element' : name}.js`;
    imports[`${name}/`] = `/node_modules/${name}/`;
  }
  for (const [key, target] of Object.entries(pkg.exports)) {
    const file = typeof target === 'string' ? target : target.default;
    if (file.endsWith('.js')) imports[`${pkg.name}${key.slice(1)}`] = `/${file.replace(/^\.\//, '')}`;
  }
  return JSON.stringify({ imports });
}

/** The example as a page: its own document when it has one, with the import map first. */
function pageFor(block) {
  const code = block.code.join('\n');
  const map = `<script type="importmap">${importMap()}</script>`;
  // A piece of a page that does not load the kit itself is shown on a page that does (as the Install section says).
  const loadsKit = /local-media-elements/.test(code);
  const kit = loadsKit ? '' : '<script type="module" src="/dist/cdn/local-media-elements.js"></script>\n';
  const body = block.info[0] === 'html' ? `${kit}${code}` : `<script type="module">\n${code}\n</script>`;
  if (/<!doctype/i.test(body)) return body.replace(/(<html[^>]*>|<!doctype html>)/i, `$1\n${map}`);
  return `<!doctype html>\n<html lang="en">\n${map}\n${body}`;
}

const CDN = /^https:\/\/(cdn\.jsdelivr\.net\/npm|unpkg\.com)\/local-media-elements(@[^/]+)?\//;

async function run(browser, base, block) {
  const page = await browser.newPage();
  const problems = recordProblems(page);
  // The copied page loads the package from an npm CDN: here, from the build.
  await page.route(CDN, route => {
    const file = new URL(route.request().url()).pathname.replace(/^\/(npm\/)?local-media-elements(@[^/]+)?\//, '');
    return existsSync(file) ? route.fulfill({ path: file }) : route.fulfill({ status: 404 });
  });
  await page.route(`${base}/example.html`, route => route.fulfill({ contentType: 'text/html', body: pageFor(block) }));
  try {
    await page.goto(`${base}/example.html`);
    await page.waitForLoadState('load');
    // Every capture element that starts on its own goes live (a screen waits for a gesture; `manual` waits too).
    await page.waitForFunction(() => {
      const starting = [...document.querySelectorAll('camera-preview:not([manual]), mic-meter:not([manual])')];
      return starting.every(el => el.getAttribute('state') === 'live');
    }, null, { timeout: 10_000 }).catch(async () => {
      const states = await page.evaluate(() => [...document.querySelectorAll('camera-preview, mic-meter')].map(el => `<${el.localName}> ${el.getAttribute('state')} ${el.getAttribute('error') ?? ''}`));
      problems.push(`not live within 10 s: ${states.join(', ')}`);
    });
    await page.waitForTimeout(300); // errors a live element would log right after going live
  } catch (error) {
    problems.push(error.message.split('\n')[0]);
  } finally {
    await page.close();
  }
  return problems;
}

const results = [];
const runnable = [];
for (const doc of DOCS) {
  const { blocks, problems } = parse(doc);
  results.push({ name: `${doc}: Markdown`, problems });
  if (doc !== 'README.md') continue;
  for (const block of blocks) {
    const [language, ...tags] = block.info;
    const name = `${doc}:${block.line} (${block.info.join(' ')})`;
    if (!['html', 'js', 'javascript'].includes(language)) continue;
    if (tags.includes('fragment') || tags.includes('node')) {
      const loader = language === 'html' ? undefined : 'js';
      const parsed = loader ? await transform(block.code.join('\n'), { loader, format: 'esm', logLevel: 'silent' }).then(() => [], e => [e.message.split('\n')[0]]) : [];
      results.push({ name: `${name}: parses`, problems: parsed });
    } else runnable.push({ name, block });
  }
}

/** The README's size table against the size check's rows: every row, each within 0.01 kB of what was measured. */
function sizeTable(rows) {
  const lines = readFileSync('README.md', 'utf8').split('\n');
  const start = lines.findIndex(line => line.includes('the output of `npm run size`'));
  if (start < 0) return ['README.md has no size table (a block after "the output of `npm run size`")'];
  const open = lines.findIndex((line, i) => i > start && /^```/.test(line));
  const close = lines.findIndex((line, i) => i > open && /^```/.test(line));
  const shown = new Map(lines.slice(open + 1, close).map(line => /^(.+?)\s+(-?[\d.]+)\s+(-?[\d.]+)\s+([\d.]+)\s+[✓✗]$/.exec(line)).filter(Boolean).map(m => [m[1].trim(), Number(m[3])]));
  const problems = [];
  for (const row of rows) {
    const kB = row.gzipped / 1000;
    if (!shown.has(row.name)) problems.push(`the size table lacks "${row.name}" (${kB.toFixed(2)} kB): paste the output of npm run size`);
    else if (Math.abs(shown.get(row.name) - kB) > 0.01) problems.push(`the size table says "${row.name}" is ${shown.get(row.name)} kB; it is ${kB.toFixed(2)}: paste the output of npm run size`);
  }
  return problems;
}
if (sizesFile) results.push({ name: 'README.md: the size table is what the size check measures', problems: sizeTable(JSON.parse(readFileSync(sizesFile, 'utf8')).rows) });

if (runnable.length > 0) {
  if (!existsSync('dist/index.js')) throw new Error('dist/ is missing: run npm run build first');
  const server = await serveStatic({ '/dist/': 'dist', '/node_modules/': 'node_modules', '/cdn/': 'dist/cdn' });
  const browser = await launchChromium();
  for (const { name, block } of runnable) results.push({ name, problems: await run(browser, server.base, block) });
  await browser.close();
  server.close();
}

let failed = 0;
for (const { name, problems } of results) {
  if (problems.length) failed++;
  console.log(`  ${problems.length ? '✗' : '✓'} ${name}${problems.map(p => `\n      ${p}`).join('')}`);
}
const passed = results.length - failed;
console.log(`README: ${passed} passed, ${failed} failed`);
if (totalsFile) writeFileSync(totalsFile, JSON.stringify({ passed, failed }));
process.exit(failed ? 1 : 0);
