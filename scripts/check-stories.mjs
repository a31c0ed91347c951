// Builds Storybook, serves the static build on localhost and opens every story in headless Chromium, on the media
// simulator (the toolbar's default): each must render a kit element with no page error or console error, and its
// render must finish without error: the story's own play function holds it to what it is named after (a state, the
// live picture, the level, a recording that plays; stories/support/expectations.ts), and a story named after a state
// without a play function asserting it fails in the project's beforeEach. axe-core must then find no violation
// (scripts/axe-check.mjs), in the light scheme and again in the dark one (the toolbar's Theme switch, turned in the
// page: stories/support/theme.ts). Every docs page must render too, its table filled from custom-elements.json.
// Saves a screenshot of each story in each scheme to artifacts/stories/<story-id>--<scheme>.png. Writes its totals
// to the file given as first argument. STORIES=<text> checks only the stories and docs whose id contains it (for
// a look while working; the whole check runs without it).
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { checkA11y } from './axe-check.mjs';
import { launchChromium, recordProblems, serveStatic } from './chromium-page.mjs';
import { elementsOf, readManifest } from './manifest.mjs';

const OUT = 'storybook-static';
const SHOTS = 'artifacts/stories';
const totalsFile = process.argv[2]?.startsWith('--') ? '.stories-totals.json' : (process.argv[2] ?? '.stories-totals.json');

// Through the npm script, whose prebuild step generates custom-elements.json, which the docs pages read; with
// --generated (the test run, which has generated it) without that step, so that it is not rewritten while the
// run's other lanes read it.
const generated = process.argv.includes('--generated');
const build = spawnSync('npm', ['run', '--silent', 'build-storybook', ...(generated ? ['--ignore-scripts'] : [])], { stdio: 'inherit' });
if (build.status !== 0) {
  writeFileSync(totalsFile, JSON.stringify({ passed: 0, failed: 1 }));
  process.exit(1);
}

rmSync(SHOTS, { recursive: true, force: true });
mkdirSync(SHOTS, { recursive: true });

const server = await serveStatic({ '/': OUT });
const { base } = server;
const browser = await launchChromium();

const entries = Object.values(JSON.parse(readFileSync(join(OUT, 'index.json'), 'utf8')).entries);
const manifest = readManifest();
/** Every element of the kit, as a selector. */
const TAGS = elementsOf(manifest).map(element => element.tagName).join(', ');

/** How long a story's play function may take: each expectation waits up to 10 s, after what it waits for. */
const PLAY_TIMEOUT = 30_000;
/** How long a page may take to render what it shows first: seconds on a machine busy with the rest of the test run. */
const RENDER_TIMEOUT = 30_000;

/**
 * An element's docs page must list what only the manifest tells Storybook: the element's slots, parts and custom
 * properties. A page of its own (stories/*.mdx, such as Theming) must render its heading.
 */
async function checkDocs(page, entry) {
  if (entry.title.startsWith('Elements/')) await page.waitForSelector('.docblock-argstable', { timeout: RENDER_TIMEOUT });
  else return page.waitForSelector('#storybook-docs h1', { timeout: RENDER_TIMEOUT }).then(() => []);
  const tagName = entry.title.split('/').pop();
  const declaration = manifest.modules.flatMap(m => m.declarations ?? []).find(d => d.tagName === tagName);
  if (!declaration) return [`no element <${tagName}> in custom-elements.json`];
  const text = await page.evaluate(() => document.body.innerText);
  const names = ['slots', 'cssParts', 'cssProperties'].flatMap(kind => (declaration[kind] ?? []).map(item => item.name));
  return names.filter(name => !text.includes(name)).map(name => `docs table lacks ${name}`);
}

/**
 * Runs in the page before Storybook does: records what the preview's channel reports of the story, from the start
 * (a listener added after the page loads could miss a story that fails at once): the exceptions of its play function
 * and of its render (a hook such as the project's beforeEach: a story named after a state must assert it), errors
 * unhandled while it played, and the status of `storyFinished`, which ends every render.
 */
function recordStoryEvents() {
  const record = (window.__storyCheck = { status: undefined, errors: [] });
  const listened = new WeakSet();
  let channel;
  Object.defineProperty(window, '__STORYBOOK_ADDONS_CHANNEL__', {
    configurable: true,
    get: () => channel,
    set(next) {
      channel = next;
      if (!next || listened.has(next)) return;
      listened.add(next);
      next.on('playFunctionThrewException', error => record.errors.push(`play function failed: ${error.message}`));
      next.on('storyThrewException', error => record.errors.push(error.message));
      next.on('unhandledErrorsWhilePlaying', errors => record.errors.push(...errors.map(error => `unhandled while playing: ${error.message}`)));
      next.on('storyFinished', ({ status }) => (record.status = status));
    },
  });
}


async function checkStory(page) {
  const status = await page.waitForFunction(() => window.__storyCheck.status, null, { timeout: PLAY_TIMEOUT })
    .then(handle => handle.jsonValue(), () => undefined);
  if (status === undefined) {
    const phase = await page.evaluate(() => window.__STORYBOOK_PREVIEW__?.currentRender?.phase);
    const shown = await page.evaluate(tags => [...document.querySelectorAll(tags)].map(el => el.outerHTML.split('>')[0] + '>').join(' '), TAGS);
    return [`the story did not finish in ${PLAY_TIMEOUT / 1000} s (phase ${phase}); shows ${shown || 'no element'}`];
  }
  // Storybook's own annotations set throwPlayFunctionExceptions: false, so a failed play function still finishes
  // with status `success`: its exception is the signal. A play failure is reported twice, as the play function's
  // exception and as the story's.
  const { errors } = await page.evaluate(() => window.__storyCheck);
  const lines = [...new Set(errors.map(error => error.split('\n')[0]))];
  const failures = lines.filter(line => !lines.some(other => other !== line && other.endsWith(line)));
  if (status !== 'success' && !failures.length) failures.push(`the story finished with status ${status}`);
  if (failures.length) return failures;
  await page.waitForSelector(TAGS, { timeout: RENDER_TIMEOUT });
  // Capture elements (those with start()) settle into a state; the others just render.
  await page.waitForFunction(tags => [...document.querySelectorAll(tags)].every(el => !('start' in el) || el.hasAttribute('state')), TAGS);
  return [];
}

const SCHEMES = ['light', 'dark'];

/**
 * Shows the rendered story in `scheme` as the toolbar's Theme switch does (stories/support/theme.ts): the scheme is
 * CSS only (the kit's colours are `light-dark()`), so the story is not rendered again, and its state stays the one
 * its play function checked. Resolves once a frame has been drawn in it.
 */
function showScheme(page, scheme) {
  return page.evaluate(scheme => {
    for (const element of [document.documentElement, ...document.querySelectorAll('[data-lme-scheme]')]) element.dataset.lmeScheme = scheme;
    return new Promise(resolve => requestAnimationFrame(() => requestAnimationFrame(resolve)));
  }, scheme);
}

/** Opens one story or docs page and judges it; resolves with its line of the report and whether it failed. */
async function checkEntry(entry) {
  const page = await browser.newPage({ viewport: { width: 800, height: 600 } });
  await page.addInitScript(recordStoryEvents);
  const problems = recordProblems(page);
  const warnings = [];
  // The addon's own axe run is turned off (manual): the check runs axe once, after the story has settled.
  const globals = entry.type === 'story' ? '&globals=a11y.manual:!true' : '';
  try {
    await page.goto(`${base}/iframe.html?id=${entry.id}&viewMode=${entry.type}${globals}`);
    problems.push(...(await (entry.type === 'docs' ? checkDocs(page, entry) : checkStory(page))));
    await page.waitForTimeout(500);
    if (entry.type === 'story') {
      for (const scheme of SCHEMES) {
        await showScheme(page, scheme);
        // Every rule in the first scheme; in the other only what a scheme changes, the colours' contrast.
        const a11y = await checkA11y(page, scheme === SCHEMES[0] ? undefined : ['color-contrast']);
        problems.push(...a11y.problems.map(p => `${scheme}: ${p}`));
        warnings.push(...a11y.warnings.map(w => `${scheme}: ${w}`));
        await page.screenshot({ path: join(SHOTS, `${entry.id}--${scheme}.png`), fullPage: true })
          .catch(error => problems.push(`${scheme} screenshot: ${error.message.split('\n')[0]}`));
      }
    }
  } catch (error) {
    problems.push(error.message.split('\n')[0]);
  }
  await page.close();
  // One line each: a console error's stack adds nothing the story in Storybook does not show.
  const notes = [...problems.map(p => `✗ ${p.split('\n')[0]}`), ...warnings.map(w => `⚠ ${w}`)].map(line => `\n      ${line}`).join('');
  return { failed: problems.length > 0, line: `  ${problems.length ? '✗' : '✓'} ${entry.id}${notes}` };
}

// Six pages at once (each waits on its story far more than it computes: 132 entries take 157 s alone, 6 at once, on
// these 2-core machines), reported in the index's order.
const PAGES_AT_ONCE = 6;
const queue = entries.filter(e => (e.type === 'story' || e.type === 'docs') && e.id.includes(process.env.STORIES ?? ''));
const results = new Array(queue.length);
let printed = 0;
let next = 0;
await Promise.all(Array.from({ length: PAGES_AT_ONCE }, async () => {
  while (next < queue.length) {
    const i = next++;
    results[i] = await checkEntry(queue[i]);
    for (; printed < results.length && results[printed]; printed++) console.log(results[printed].line);
  }
}));
const failed = results.filter(r => r.failed).length;
const passed = results.length - failed;
await browser.close();
server.close();
console.log(`Stories: ${passed} passed, ${failed} failed; screenshots in ${SHOTS}/`);
writeFileSync(totalsFile, JSON.stringify({ passed, failed }));
process.exit(failed ? 1 : 0);
