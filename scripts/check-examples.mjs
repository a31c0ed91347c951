// Opens every example as a user would, against the built package (run `npm run build` first): the plain page
// loads dist/cdn/local-media-elements.js and nothing but its own chunks (dist/cdn/); the React and Vue apps are built with Vite from
// examples/<name>/vite.config.mjs. In headless Chromium with the fake camera, each must show live frames, report
// the state through its framework's event binding (#state reads "live"), and once the camera is removed
// (button #toggle) have ended every track it was handed. Then the CDN build's languages (see languagePages). Writes its
// totals to the file given as first argument, if any.
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build } from 'vite';
import { launchChromium, recordProblems, serveStatic } from './chromium-page.mjs';

const BUNDLE = 'dist/cdn/local-media-elements.js';
const totalsFile = process.argv[2];
const out = mkdtempSync(join(tmpdir(), 'local-media-examples-'));

/** Every track the page is handed, clones included, kept in `window.handedOutTracks`. */
function recordTracks() {
  const tracks = (window.handedOutTracks = []);
  const getUserMedia = MediaDevices.prototype.getUserMedia;
  MediaDevices.prototype.getUserMedia = async function (constraints) {
    const stream = await getUserMedia.call(this, constraints);
    tracks.push(...stream.getTracks());
    return stream;
  };
  const clone = MediaStreamTrack.prototype.clone;
  MediaStreamTrack.prototype.clone = function () {
    const copy = clone.call(this);
    tracks.push(copy);
    return copy;
  };
}

const examples = [
  { name: 'plain HTML (the CDN build alone)', path: '/examples/html/', onlyScripts: `/${BUNDLE.slice(0, BUNDLE.lastIndexOf('/') + 1)}` },
  { name: 'React', path: '/react/', vite: 'examples/react/vite.config.mjs' },
  { name: 'Vue', path: '/vue/', vite: 'examples/vue/vite.config.mjs' },
];

async function check(browser, base, example) {
  if (!existsSync(BUNDLE)) throw new Error(`${BUNDLE} is missing: run npm run build first`);
  if (example.vite) {
    await build({ configFile: example.vite, logLevel: 'warn', build: { outDir: join(out, example.path), emptyOutDir: true } });
  }
  const page = await browser.newPage();
  const problems = recordProblems(page);
  const scripts = [];
  page.on('request', request => request.resourceType() === 'script' && scripts.push(new URL(request.url()).pathname));
  await page.addInitScript(recordTracks);
  try {
    await page.goto(`${base}${example.path}`);
    await page.waitForFunction(() => {
      const camera = document.querySelector('camera-preview[state=live]');
      return camera?.shadowRoot.querySelector('video').videoWidth > 0;
    }, null, { timeout: 10_000 });
    await page.waitForFunction(() => document.querySelector('#state')?.textContent === 'live', null, { timeout: 5_000 });
    if (!(await page.evaluate(() => window.handedOutTracks.some(track => track.readyState === 'live')))) {
      problems.push('no live track was handed out');
    }
    await page.click('#toggle');
    await page.waitForFunction(
      () => !document.querySelector('camera-preview') && window.handedOutTracks.every(track => track.readyState === 'ended'),
      null,
      { timeout: 5_000 },
    );
    if (example.onlyScripts && scripts.some(path => !path.startsWith(example.onlyScripts))) problems.push(`loaded other scripts: ${scripts.join(', ')}`);
  } catch (error) {
    problems.push(error.message.split('\n')[0]);
  } finally {
    await page.close();
  }
  return problems;
}

/**
 * The CDN build's languages, as a page without a build step gets them: `lang="de"` alone loads German when first
 * needed, and a language module loaded beside the entry (dist/cdn/locales/de.js) and a language registered through
 * the entry's own `registerStrings` reach the same elements: one registry, not a copy per file.
 */
const languagePages = [
  {
    name: 'CDN build: lang="de" alone',
    html: `<!doctype html><html lang="de"><script type="module" src="/dist/cdn/local-media-elements.js"></script>
      <camera-preview></camera-preview><media-toggle></media-toggle>`,
    expect: { camera: 'Kamera ist an', toggle: 'Stummschalten' },
  },
  {
    name: 'CDN build: locales/de.js beside the entry, and a language registered through the entry',
    html: `<!doctype html><html lang="en"><script type="module">
        import { registerStrings } from '/dist/cdn/local-media-elements.js';
        import '/dist/cdn/locales/de.js';
        registerStrings('nl', { 'media-toggle': { label: 'Dempen' } });
      </script>
      <div lang="de"><camera-preview></camera-preview></div><media-toggle lang="nl"></media-toggle>`,
    expect: { camera: 'Kamera ist an', toggle: 'Dempen' },
  },
];

/** The texts the page shows: the camera's status region and the toggle's label. */
function shownTexts() {
  return {
    camera: document.querySelector('camera-preview')?.shadowRoot?.querySelector('[role=status]')?.textContent.trim(),
    toggle: document.querySelector('media-toggle')?.shadowRoot?.querySelector('slot:not([name])')?.textContent.trim(),
  };
}

async function checkLanguages(browser, base, { html, expect }) {
  const page = await browser.newPage();
  const problems = recordProblems(page);
  await page.route(`${base}/language.html`, route => route.fulfill({ contentType: 'text/html', body: html }));
  try {
    await page.goto(`${base}/language.html`);
    await page.waitForFunction(
      ([shown, expected]) => {
        const texts = new Function(`return (${shown})()`)();
        return texts.camera === expected.camera && texts.toggle === expected.toggle;
      },
      [shownTexts.toString(), expect],
      { timeout: 10_000 },
    ).catch(async () => problems.push(`texts ${JSON.stringify(await page.evaluate(shownTexts))}, expected ${JSON.stringify(expect)}`));
  } catch (error) {
    problems.push(error.message.split('\n')[0]);
  } finally {
    await page.close();
  }
  return problems;
}

const server = await serveStatic({ '/examples/html/': 'examples/html', '/dist/': 'dist', '/': out });
const browser = await launchChromium();
let passed = 0;
let failed = 0;
for (const example of examples) {
  const problems = await check(browser, server.base, example).catch(error => [error.message]);
  if (problems.length) {
    failed++;
    console.log(`  ✗ example: ${example.name}\n      ${problems.join('\n      ')}`);
  } else {
    passed++;
    console.log(`  ✓ example: ${example.name}: live, then every track ended on removal`);
  }
}
for (const language of languagePages) {
  const problems = await checkLanguages(browser, server.base, language).catch(error => [error.message]);
  if (problems.length) failed++;
  else passed++;
  console.log(`  ${problems.length ? '✗' : '✓'} ${language.name}${problems.map(p => `\n      ${p}`).join('')}`);
}
await browser.close();
server.close();
rmSync(out, { recursive: true, force: true });
console.log(`Examples: ${passed} passed, ${failed} failed`);
if (totalsFile) writeFileSync(totalsFile, JSON.stringify({ passed, failed }));
process.exit(failed ? 1 : 0);
