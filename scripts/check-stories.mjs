// Builds Storybook, serves the static build on localhost and opens every story in headless Chromium with the fake
// devices: each must render a kit element with no page error or console error; the live camera story must show
// real frames and the live meter story a real level. Writes its totals to the file given as first argument.
import { spawnSync } from 'node:child_process';
import { createReadStream, existsSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, normalize } from 'node:path';
import { chromium } from 'playwright-core';
import { findBrowser } from './browsers.mjs';

const OUT = 'storybook-static';
const TYPES = { '.html': 'text/html', '.js': 'text/javascript', '.css': 'text/css', '.json': 'application/json', '.svg': 'image/svg+xml', '.woff2': 'font/woff2' };
const TAGS = 'camera-preview, mic-meter, device-select';
const totalsFile = process.argv[2] ?? '.stories-totals.json';

const build = spawnSync('npx', ['storybook', 'build', '-o', OUT, '--quiet'], { stdio: 'inherit' });
if (build.status !== 0) {
  writeFileSync(totalsFile, JSON.stringify({ passed: 0, failed: 1 }));
  process.exit(1);
}

const server = createServer((req, res) => {
  const path = normalize(decodeURIComponent(new URL(req.url, 'http://x').pathname)).replace(/^(\.\.[/\\])+/, '');
  let file = join(OUT, path);
  if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
  if (!existsSync(file)) return res.writeHead(404).end();
  res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' });
  createReadStream(file).pipe(res);
});
await new Promise(resolve => server.listen(0, '127.0.0.1', resolve));
const base = `http://127.0.0.1:${server.address().port}`;

const browser = await chromium.launch({
  executablePath: findBrowser('chromium'),
  args: ['--no-sandbox', '--use-fake-device-for-media-stream', '--use-fake-ui-for-media-stream', '--autoplay-policy=no-user-gesture-required',
    '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic'],
});

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
  const problems = [];
  page.on('pageerror', error => problems.push(`page error: ${error.message}`));
  page.on('console', message => {
    // iframe.html links no icon, so Chromium asks for /favicon.ico: not the story's doing.
    if (message.type() === 'error' && !message.location().url.endsWith('/favicon.ico')) problems.push(`console error: ${message.text()}`);
  });
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
