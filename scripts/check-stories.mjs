// Builds Storybook, serves the static build on localhost and opens every story in headless Chromium with the fake
// devices: each must render a kit element with no page error or console error; the live camera story must show
// real frames and the live meter story a real level. Writes its totals to the file given as first argument.
import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { launchChromium, recordProblems, serveStatic } from './chromium-page.mjs';

const OUT = 'storybook-static';
const TAGS = 'camera-preview, mic-meter, device-select';
const totalsFile = process.argv[2] ?? '.stories-totals.json';

const build = spawnSync('npx', ['storybook', 'build', '-o', OUT, '--quiet'], { stdio: 'inherit' });
if (build.status !== 0) {
  writeFileSync(totalsFile, JSON.stringify({ passed: 0, failed: 1 }));
  process.exit(1);
}

const server = await serveStatic({ '/': OUT });
const { base } = server;
const browser = await launchChromium();

/** Extra checks for the stories that stand for "it works": a live picture and a live level. */
const liveChecks = {
  'elements-camera-preview--live': () => {
    const el = document.querySelector('camera-preview');
    return el?.getAttribute('state') === 'live' && el.shadowRoot.querySelector('video').videoWidth > 0;
  },
  'elements-mic-meter--live': () => {
    const el = document.querySelector('mic-meter');
    return el?.getAttribute('state') === 'live' && el.peak > 0;
  },
  'elements-device-select--cameras': () => {
    const select = document.querySelector('device-select')?.shadowRoot.querySelector('select');
    return select && !select.disabled && select.options.length > 0 && document.querySelector('camera-preview')?.getAttribute('state') === 'live';
  },
};

const stories = Object.values(JSON.parse(readFileSync(join(OUT, 'index.json'), 'utf8')).entries).filter(e => e.type === 'story');
let passed = 0;
let failed = 0;
for (const story of stories) {
  const page = await browser.newPage();
  const problems = recordProblems(page);
  try {
    await page.goto(`${base}/iframe.html?id=${story.id}&viewMode=story`);
    await page.waitForSelector(TAGS, { timeout: 10_000 });
    // Capture elements (those with start()) settle into a state; the others just render.
    await page.waitForFunction(tags => [...document.querySelectorAll(tags)].every(el => !('start' in el) || el.hasAttribute('state')), TAGS);
    if (liveChecks[story.id]) await page.waitForFunction(liveChecks[story.id], null, { timeout: 10_000 });
    await page.waitForTimeout(500);
  } catch (error) {
    problems.push(error.message.split('\n')[0]);
  }
  await page.close();
  if (problems.length) {
    failed++;
    console.log(`  ✗ ${story.id}\n      ${problems.join('\n      ')}`);
  } else {
    passed++;
    console.log(`  ✓ ${story.id}`);
  }
}
await browser.close();
server.close();
console.log(`Stories: ${passed} passed, ${failed} failed`);
writeFileSync(totalsFile, JSON.stringify({ passed, failed }));
process.exit(failed ? 1 : 0);
