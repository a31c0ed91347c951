// Builds Storybook, serves the static build on localhost and opens every story in headless Chromium, on the media
// simulator (the toolbar's default): each must render a kit element with no page error or console error; a story
// named after a state must show it (scripts/story-states.mjs); the live stories must show frames or a level, the
// recorder's a recording that plays, the muted toggle a live but disabled track; axe-core must find no violation
// (scripts/axe-check.mjs). Every docs page must render too, its table filled from custom-elements.json. Saves a
// screenshot of each story to artifacts/stories/<story-id>.png. Writes its totals to the file given as first argument.
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { checkA11y } from './axe-check.mjs';
import { launchChromium, recordProblems, serveStatic } from './chromium-page.mjs';
import { elementsOf, readManifest } from './manifest.mjs';
import { expectedState, showsState } from './story-states.mjs';

const OUT = 'storybook-static';
const SHOTS = 'artifacts/stories';
const totalsFile = process.argv[2] ?? '.stories-totals.json';

// Through the npm script, whose prebuild step generates custom-elements.json, which the docs pages read.
const build = spawnSync('npm', ['run', '--silent', 'build-storybook'], { stdio: 'inherit' });
if (build.status !== 0) {
  writeFileSync(totalsFile, JSON.stringify({ passed: 0, failed: 1 }));
  process.exit(1);
}

rmSync(SHOTS, { recursive: true, force: true });
mkdirSync(SHOTS, { recursive: true });

const server = await serveStatic({ '/': OUT });
const { base } = server;
const browser = await launchChromium();

/** Runs in the page: the preview `tag` is live and its video shows frames. */
const showsPicture = tag => {
  const el = document.querySelector(tag);
  return el?.getAttribute('state') === 'live' && el.shadowRoot.querySelector('video').videoWidth > 0;
};

/**
 * Extra checks for the stories that stand for "it works": a live picture, a live level, a recording, a mute. Each is
 * a page function, or [page function, its argument].
 */
const liveChecks = {
  'elements-camera-preview--live': [showsPicture, 'camera-preview'],
  'elements-mic-meter--live': () => {
    const el = document.querySelector('mic-meter');
    return el?.getAttribute('state') === 'live' && el.peak > 0;
  },
  // A full-scale voice must light `clipping`; a -20 dBFS tone must read about that (-23 dBFS RMS) and never clip.
  'elements-mic-meter--clipping': () => document.querySelector('mic-meter')?.clipping === true,
  'elements-mic-meter--steady-tone': () => {
    const el = document.querySelector('mic-meter');
    return el?.getAttribute('state') === 'live' && Math.abs(el.db + 23) < 2 && !el.clipping;
  },
  'elements-device-select--cameras': () => {
    const select = document.querySelector('device-select')?.shadowRoot.querySelector('select');
    return select && !select.disabled && select.options.length > 0 && document.querySelector('camera-preview')?.getAttribute('state') === 'live';
  },
  'elements-screen-preview--live': [showsPicture, 'screen-preview'],
  'elements-media-recorder--recording': () => {
    const el = document.querySelector('media-recorder');
    return el?.getAttribute('state') === 'recording' && el.duration > 0.5;
  },
  // A finished recording the page can play: the result <video> decoded its first frame.
  'elements-media-recorder--stopped': () => {
    const el = document.querySelector('media-recorder');
    return el?.blob?.size > 0 && document.querySelector('video.result')?.videoWidth > 0;
  },
  'elements-media-toggle--muted': () => {
    const toggle = document.querySelector('media-toggle');
    const track = document.querySelector('camera-preview')?.stream?.getVideoTracks()[0];
    return toggle?.hasAttribute('pressed') && track?.readyState === 'live' && track.enabled === false;
  },
};

const entries = Object.values(JSON.parse(readFileSync(join(OUT, 'index.json'), 'utf8')).entries);
const manifest = readManifest();
/** Every element of the kit, as a selector. */
const TAGS = elementsOf(manifest).map(element => element.tagName).join(', ');

/** A docs page must list what only the manifest tells Storybook: the element's slots, parts and custom properties. */
async function checkDocs(page, entry) {
  await page.waitForSelector('.docblock-argstable', { timeout: 10_000 });
  const tagName = entry.title.split('/').pop();
  const declaration = manifest.modules.flatMap(m => m.declarations ?? []).find(d => d.tagName === tagName);
  if (!declaration) return [`no element <${tagName}> in custom-elements.json`];
  const text = await page.evaluate(() => document.body.innerText);
  const names = ['slots', 'cssParts', 'cssProperties'].flatMap(kind => (declaration[kind] ?? []).map(item => item.name));
  return names.filter(name => !text.includes(name)).map(name => `docs table lacks ${name}`);
}

async function checkStory(page, story) {
  // Rendered; the play function may still run, or wait for ever (a request that never answers).
  const rendered = () => !['preparing', 'loading', 'rendering'].includes(window.__STORYBOOK_PREVIEW__?.currentRender?.phase ?? 'preparing');
  await page.waitForFunction(rendered, null, { timeout: 10_000 });
  await page.waitForSelector(TAGS, { timeout: 10_000 });
  // Capture elements (those with start()) settle into a state; the others just render.
  await page.waitForFunction(tags => [...document.querySelectorAll(tags)].every(el => !('start' in el) || el.hasAttribute('state')), TAGS);
  if (liveChecks[story.id]) {
    const [check, arg = null] = [liveChecks[story.id]].flat();
    await page.waitForFunction(check, arg, { timeout: 10_000 });
  }
  const expected = expectedState(story.id);
  if (expected && !(await page.waitForFunction(showsState, expected, { timeout: 10_000 }).catch(() => false))) {
    const shown = await page.evaluate(tag => document.querySelector(tag)?.outerHTML.split('>')[0] + '>', expected.tag);
    return [`expected ${JSON.stringify(expected)}, shows ${shown}`];
  }
  return [];
}

let passed = 0;
let failed = 0;
for (const entry of entries.filter(e => e.type === 'story' || e.type === 'docs')) {
  const page = await browser.newPage({ viewport: { width: 800, height: 600 } });
  const problems = recordProblems(page);
  const warnings = [];
  // The addon's own axe run is turned off (manual): the check runs axe once, after the story has settled.
  const globals = entry.type === 'story' ? '&globals=a11y.manual:!true' : '';
  try {
    await page.goto(`${base}/iframe.html?id=${entry.id}&viewMode=${entry.type}${globals}`);
    problems.push(...(await (entry.type === 'docs' ? checkDocs(page, entry) : checkStory(page, entry))));
    await page.waitForTimeout(500);
    if (entry.type === 'story') {
      const a11y = await checkA11y(page);
      problems.push(...a11y.problems);
      warnings.push(...a11y.warnings);
    }
  } catch (error) {
    problems.push(error.message.split('\n')[0]);
  }
  if (entry.type === 'story') {
    await page.screenshot({ path: join(SHOTS, `${entry.id}.png`), fullPage: true })
      .catch(error => problems.push(`screenshot: ${error.message.split('\n')[0]}`));
  }
  await page.close();
  const notes = [...problems.map(p => `✗ ${p}`), ...warnings.map(w => `⚠ ${w}`)].map(line => `\n      ${line}`).join('');
  if (problems.length) failed++;
  else passed++;
  console.log(`  ${problems.length ? '✗' : '✓'} ${entry.id}${notes}`);
}
await browser.close();
server.close();
console.log(`Stories: ${passed} passed, ${failed} failed; screenshots in ${SHOTS}/`);
writeFileSync(totalsFile, JSON.stringify({ passed, failed }));
process.exit(failed ? 1 : 0);
