// Memory while the kit repairs a long recording: node bench/recording/repair-memory.mjs [minutes=60]
// Headless Chromium (a persistent profile, so that its blob store may page to disk as a browser's does) opens
// bench/recording/large-page.ts, which makes a timesliced-WebM-like file of `minutes` out of 2 s of real 720p
// VP8 at 2.5 Mbit/s, then repairs it. Peak resident memory (VmHWM) and current (VmRSS) of the page's renderer and
// of the browser process (which holds Blobs) are read from /proc after each step. Prints one JSON line.
import { build } from 'esbuild';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { findBrowser } from '../../scripts/browsers.mjs';
import { serveStatic } from '../../scripts/chromium-page.mjs';

const minutes = Number(process.argv[2] ?? 60);
const out = mkdtempSync(join(tmpdir(), 'repair-memory-'));
await build({ entryPoints: ['bench/recording/large-page.ts'], bundle: true, splitting: true, format: 'esm', target: 'es2022', outdir: out, logLevel: 'error' });
writeFileSync(join(out, 'index.html'), '<!doctype html><meta charset="utf-8"><script type="module" src="large-page.js"></script>');
const server = await serveStatic({ '/': out });

const profile = mkdtempSync(join(tmpdir(), 'repair-memory-profile-'));
const context = await chromium.launchPersistentContext(profile, {
  executablePath: findBrowser('chromium'),
  args: ['--no-sandbox', '--autoplay-policy=no-user-gesture-required', '--disable-background-networking', '--disable-component-update', '--no-first-run'],
});

/** VmRSS and VmHWM in MB of every Chromium process, by type (browser, renderer, gpu, utility). */
function memory() {
  const byType = {};
  for (const pid of readdirSync('/proc').filter(name => /^\d+$/.test(name))) {
    let cmdline;
    let status;
    try {
      cmdline = readFileSync(`/proc/${pid}/cmdline`, 'utf8');
      status = readFileSync(`/proc/${pid}/status`, 'utf8');
    } catch {
      continue;
    }
    if (!cmdline.includes(profile) && !cmdline.includes('--type=')) continue;
    if (!cmdline.includes('chromium')) continue;
    const type = /--type=([\w-]+)/.exec(cmdline)?.[1] ?? (cmdline.includes(profile) ? 'browser' : undefined);
    if (!type) continue;
    const mb = field => Math.round(Number(new RegExp(`${field}:\\s+(\\d+)`).exec(status)?.[1] ?? 0) / 1024);
    const entry = (byType[type] ??= { rss: 0, peak: 0 });
    entry.rss = Math.max(entry.rss, mb('VmRSS'));
    entry.peak = Math.max(entry.peak, mb('VmHWM'));
  }
  return byType;
}

const page = await context.newPage();
page.on('pageerror', error => console.error('page error:', error.message));
await page.goto(`${server.base}/index.html`);
await page.waitForFunction(() => typeof window.makeLarge === 'function');
const atStart = memory();
const made = await page.evaluate(m => window.makeLarge(m), minutes);
const afterMaking = memory();
const repaired = await page.evaluate(() => window.repairLarge());
const afterRepair = memory();
console.log(JSON.stringify({ minutes, made, repaired, memoryMB: { atStart, afterMaking, afterRepair } }));
await context.close();
server.close();
rmSync(out, { recursive: true, force: true });
rmSync(profile, { recursive: true, force: true });
