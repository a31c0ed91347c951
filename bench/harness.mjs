// What the benchmark scripts share: the pages built with esbuild, a static server for them and for the built
// package (dist/), and headless Chromium with the fake devices, its fake microphone playing a given WAV file.
import { build } from 'esbuild';
import { cpSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { findBrowser } from '../scripts/browsers.mjs';
import { serveStatic } from '../scripts/chromium-page.mjs';

const OUT = 'bench/.out';

/**
 * Builds the bench pages (bench/page.ts, or `entry`, and bench/still-page.ts) with `workers` beside them as entries
 * of their own, and serves them, with dist/ under /dist/; returns the page's address, the server's base and a
 * function that stops the server.
 */
export async function servePage(entry = 'bench/page.ts', workers = {}) {
  mkdirSync(OUT, { recursive: true });
  await build({
    // The workers beside the pages' chunks, where `new URL('./<name>.js', import.meta.url)` finds them.
    entryPoints: { page: entry, 'still-page': 'bench/still-page.ts', 'meter-worker': 'components/core/meter/meter-worker.ts', ...workers },
    bundle: true,
    splitting: true,
    format: 'esm',
    minify: !process.env.BENCH_NO_MINIFY,
    target: 'es2022',
    tsconfig: 'tsconfig.json',
    outdir: OUT,
    logLevel: 'warning',
  });
  writeFileSync(join(OUT, 'index.html'), '<!doctype html><meta charset="utf-8"><body><script type="module" src="page.js"></script>');
  writeFileSync(join(OUT, 'still.html'), '<!doctype html><meta charset="utf-8"><body><script type="module" src="still-page.js"></script>');
  const { base, close } = await serveStatic({ '/': OUT, '/dist/': 'dist' });
  return { base: `${base}/index.html`, root: base, close };
}

/** The effects page (bench/effects-page.ts), with the effect worker built beside its chunks and the assets beside it. */
export async function serveEffectsPage() {
  const served = await servePage('bench/effects-page.ts', { 'effect-worker': 'components/core/effects/effect-worker.ts' });
  cpSync('components/core/effects/assets', join(OUT, 'assets'), { recursive: true });
  return served;
}

/**
 * Headless Chromium whose fake microphone loops `audioFile` (without one: Chromium's own, a beep every 500 ms; with
 * the flags of BENCH_CHROMIUM_ARGS too, space separated), and a function that opens one scenario in it.
 */
export async function launch(base, audioFile) {
  const browser = await chromium.launch({
    executablePath: findBrowser('chromium'),
    args: ['--no-sandbox', '--use-fake-device-for-media-stream', '--use-fake-ui-for-media-stream',
      ...(audioFile ? [`--use-file-for-fake-audio-capture=${audioFile}`] : []),
      '--autoplay-policy=no-user-gesture-required', '--disable-background-networking', '--disable-component-update', '--disable-sync',
      '--no-first-run', '--disable-quic', ...(process.env.BENCH_CHROMIUM_ARGS?.split(' ').filter(Boolean) ?? [])],
  });
  async function open(query, url = base) {
    const page = await browser.newPage();
    if (process.env.BENCH_DEBUG) page.on('console', m => console.log('page:', m.text())).on('pageerror', e => console.log('pageerror:', e.message));
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('Performance.enable', { timeDomain: 'timeTicks' });
    await page.goto(`${url}?${query}`);
    await page.waitForFunction(() => window.benchResult !== undefined, null, { timeout: 30_000 });
    return { page, cdp, result: await page.evaluate(() => window.benchResult) };
  }
  return { browser, open };
}

export const metricsOf = async cdp => Object.fromEntries((await cdp.send('Performance.getMetrics')).metrics.map(m => [m.name, m.value]));
export const median = values => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
