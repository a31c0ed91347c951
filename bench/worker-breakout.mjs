// Does this Chromium give a worker the breakout box? node bench/worker-breakout.mjs opens one page per set of flags
// and prints, for the page and a DedicatedWorker, which of MediaStreamTrackProcessor, MediaStreamTrackGenerator,
// VideoTrackGenerator and MediaStreamTrack exist, and what postMessage(track, [track]) to the worker does with a
// camera track and a getDisplayMedia track. The effects (components/core/effects/) choose their transport from this.
import { createServer } from 'node:http';
import { chromium } from 'playwright-core';
import { findBrowser } from '../scripts/browsers.mjs';

const FLAG_SETS = [
  [],
  ['--enable-blink-features=MediaStreamTrackTransfer'],
  ['--enable-blink-features=VideoTrackGeneratorInWorker,VideoTrackGeneratorInWindow,MediaStreamTrackTransfer'],
  ['--enable-experimental-web-platform-features'],
  ['--enable-blink-test-features'],
];

const WORKER = `
const names = ${JSON.stringify(['MediaStreamTrackProcessor', 'MediaStreamTrackGenerator', 'VideoTrackGenerator', 'MediaStreamTrack'])};
onmessage = ({ data }) => postMessage(data === 'names' ? names.filter(name => name in globalThis) : String(data.track?.readyState));`;

const PAGE = `<!doctype html><script type="module">
const worker = new Worker(URL.createObjectURL(new Blob([${JSON.stringify(WORKER)}], { type: 'text/javascript' })));
const ask = (message, transfer) => new Promise(resolve => { worker.onmessage = event => resolve(event.data); worker.postMessage(message, transfer); });
const names = ['MediaStreamTrackProcessor', 'MediaStreamTrackGenerator', 'VideoTrackGenerator', 'MediaStreamTrack'];
const transfer = async stream => {
  const track = stream.getVideoTracks()[0];
  try { return 'transferred, ' + (await ask({ track }, [track])) + ' in the worker'; } catch (error) { return error.name + ': ' + error.message; } finally { track.stop(); }
};
window.result = {
  page: names.filter(name => name in globalThis),
  worker: await ask('names'),
  cameraTrack: await transfer(await navigator.mediaDevices.getUserMedia({ video: true })),
  screenTrack: await transfer(await navigator.mediaDevices.getDisplayMedia({ video: true })),
};
</script>`;

const server = createServer((req, res) => res.writeHead(200, { 'content-type': 'text/html' }).end(PAGE));
await new Promise(resolve => server.listen(0, '127.0.0.1', resolve));
for (const flags of FLAG_SETS) {
  const browser = await chromium.launch({
    executablePath: findBrowser('chromium'),
    args: ['--no-sandbox', '--use-fake-device-for-media-stream', '--use-fake-ui-for-media-stream', '--disable-background-networking',
      '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic', ...flags],
  });
  const page = await browser.newPage();
  await page.goto(`http://127.0.0.1:${server.address().port}/`);
  const result = await page.waitForFunction(() => window.result, null, { timeout: 20_000 }).then(handle => handle.jsonValue());
  console.log(`Chromium ${browser.version()} ${flags.join(' ') || '(no flag)'}`);
  for (const [key, value] of Object.entries(result)) console.log(`  ${key}: ${Array.isArray(value) ? value.join(', ') || 'none' : value}`);
  await browser.close();
}
server.close();
