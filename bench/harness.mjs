// What the benchmark scripts share: the page built with esbuild, a static server for it, and headless Chromium with
// the fake devices, its fake microphone playing a given WAV file.
import { build } from 'esbuild';
import { cpSync, createReadStream, mkdirSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join } from 'node:path';
import { chromium } from 'playwright-core';
import { findBrowser } from '../scripts/browsers.mjs';

const OUT = 'bench/.out';

/**
 * Builds bench/page.ts (or `entry`, with `workers` built beside it as entries of their own) and serves it; returns
 * the page's address and a function that stops the server.
 */
export async function servePage(entry = 'bench/page.ts', workers = {}) {
  mkdirSync(OUT, { recursive: true });
  await build({
    entryPoints: { page: entry, ...workers },
    bundle: true,
    splitting: true,
    format: 'esm',
    minify: true,
    target: 'es2022',
    tsconfig: 'tsconfig.json',
    outdir: OUT,
    logLevel: 'warning',
  });
  writeFileSync(join(OUT, 'index.html'), '<!doctype html><meta charset="utf-8"><body><script type="module" src="page.js"></script>');
  const types = { '.html': 'text/html', '.js': 'text/javascript', '.mjs': 'text/javascript', '.wasm': 'application/wasm' };
  const server = createServer((req, res) => {
    const file = join(OUT, new URL(req.url, 'http://x').pathname.replace(/^\/$/, '/index.html'));
    res.writeHead(200, { 'content-type': types[extname(file)] ?? 'application/octet-stream' });
    createReadStream(file).on('error', () => res.end()).pipe(res);
  });
  await new Promise(resolve => server.listen(0, '127.0.0.1', resolve));
  return { base: `http://127.0.0.1:${server.address().port}/index.html`, close: () => server.close() };
}

/** The effects page (bench/effects-page.ts), with the effect worker built beside its chunks and the assets beside it. */
export async function serveEffectsPage() {
  const served = await servePage('bench/effects-page.ts', { 'effect-worker': 'components/core/effects/effect-worker.ts' });
  cpSync('components/core/effects/assets', join(OUT, 'assets'), { recursive: true });
  return served;
}

/**
 * Headless Chromium whose fake microphone loops `audioFile` (with the flags of BENCH_CHROMIUM_ARGS too, space
 * separated), and a function that opens one scenario in it.
 */
export async function launch(base, audioFile) {
  const browser = await chromium.launch({
    executablePath: findBrowser('chromium'),
    args: ['--no-sandbox', '--use-fake-device-for-media-stream', '--use-fake-ui-for-media-stream', `--use-file-for-fake-audio-capture=${audioFile}`,
      '--autoplay-policy=no-user-gesture-required', '--disable-background-networking', '--disable-component-update', '--disable-sync',
      '--no-first-run', '--disable-quic', ...(process.env.BENCH_CHROMIUM_ARGS?.split(' ').filter(Boolean) ?? [])],
  });
  async function open(query) {
    const page = await browser.newPage();
    if (process.env.BENCH_DEBUG) page.on('console', m => console.log('page:', m.text())).on('pageerror', e => console.log('pageerror:', e.message));
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('Performance.enable', { timeDomain: 'timeTicks' });
    await page.goto(`${base}?${query}`);
    await page.waitForFunction(() => window.benchResult !== undefined, null, { timeout: 30_000 });
    return { page, cdp, result: await page.evaluate(() => window.benchResult) };
  }
  return { browser, open };
}

export const metricsOf = async cdp => Object.fromEntries((await cdp.send('Performance.getMetrics')).metrics.map(m => [m.name, m.value]));
export const median = values => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
