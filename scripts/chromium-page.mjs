// What the page checks (scripts/check-stories.mjs, scripts/check-examples.mjs) share: a static server on
// 127.0.0.1 and the system Chromium with the fake camera and microphone.
import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, normalize } from 'node:path';
import { chromium } from 'playwright-core';
import { findBrowser } from './browsers.mjs';

const TYPES = {
  '.html': 'text/html',
  '.js': 'text/javascript',
  // The camera effects' runtime: a module script is refused under any other type, and WebAssembly streams only as this.
  '.mjs': 'text/javascript',
  '.wasm': 'application/wasm',
  '.css': 'text/css',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.woff2': 'font/woff2',
  '.map': 'application/json',
};

/**
 * Serves folders on a free port of 127.0.0.1: `routes` maps a URL prefix ('/', '/dist/') to a folder.
 * Resolves with the base URL and a function that closes the server.
 */
export async function serveStatic(routes) {
  const prefixes = Object.keys(routes).sort((a, b) => b.length - a.length);
  const server = createServer((req, res) => {
    const path = normalize(decodeURIComponent(new URL(req.url, 'http://x').pathname)).replace(/^(\.\.[/\\])+/, '');
    const prefix = prefixes.find(p => path.startsWith(p));
    if (!prefix) return res.writeHead(404).end();
    let file = join(routes[prefix], path.slice(prefix.length));
    if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
    if (!existsSync(file)) return res.writeHead(404).end();
    res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' });
    createReadStream(file).pipe(res);
  });
  await new Promise(resolve => server.listen(0, '127.0.0.1', resolve));
  return { base: `http://127.0.0.1:${server.address().port}`, close: () => server.close() };
}

/** Headless system Chromium that grants the fake camera and microphone to every page. */
export function launchChromium() {
  return chromium.launch({
    executablePath: findBrowser('chromium'),
    args: ['--no-sandbox', '--use-fake-device-for-media-stream', '--use-fake-ui-for-media-stream', '--autoplay-policy=no-user-gesture-required',
      '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic'],
  });
}

/** Collects the page's uncaught errors and console errors into the returned array. */
export function recordProblems(page) {
  const problems = [];
  page.on('pageerror', error => problems.push(`page error: ${error.message}`));
  page.on('console', message => {
    // A page that links no icon makes Chromium ask for /favicon.ico: not the page's doing.
    if (message.type() === 'error' && !message.location().url.endsWith('/favicon.ico')) problems.push(`console error: ${message.text()}`);
  });
  return problems;
}
