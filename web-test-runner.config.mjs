// Real browsers only: Debian's Chromium and Firefox with their fake media devices, and WebKitGTK's MiniBrowser
// with its mock devices (scripts/webkit.mjs starts the Xvfb display and the WebKitWebDriver it needs). The camera
// effects' tests run in Firefox with a window, on an Xvfb display of its own: headless Firefox has no WebGL.
// BROWSERS=webkit (or chromium, firefox, or a list) narrows a run; the default is all three.
import { chromeLauncher } from '@web/test-runner-chrome';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { findBrowser } from './scripts/browsers.mjs';
import { mediaFixtures } from './scripts/media-fixtures.mjs';
import { tsForJs } from './scripts/ts-for-js.mjs';
import { totalsReporter } from './scripts/totals-reporter.mjs';
import { setPermissionPlugin } from './scripts/set-permission-plugin.mjs';
import { cdpPlugin } from './scripts/cdp-plugin.mjs';
import { skipReasonsPlugin } from './scripts/skip-reasons.mjs';
import { browserFieldPlugin } from './scripts/browser-field-plugin.mjs';
import { defaultReporter } from '@web/test-runner';
import { displayServices, onOwnDisplay, webkitLauncher } from './scripts/webkit.mjs';
import { globSync } from 'tinyglobby';

const fixtures = mediaFixtures();
const wanted = (process.env.BROWSERS || 'chromium,firefox,webkit').split(',').map(s => s.trim().toLowerCase());
const known = ['chromium', 'firefox', 'webkit'];
const unknown = wanted.filter(name => !known.includes(name));
if (unknown.length > 0) throw new Error(`BROWSERS: unknown ${unknown.join(', ')} (known: ${known.join(', ')})`);

const quietChromium = [
  '--no-sandbox',
  '--disable-gpu',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-quic',
  '--autoplay-policy=no-user-gesture-required',
  '--use-fake-device-for-media-stream',
  `--use-file-for-fake-audio-capture=${fixtures.audio}`,
  // Tests in one file run one after another, never in a background tab: keep timers honest.
  '--disable-background-timer-throttling',
  '--disable-renderer-backgrounding',
];

// 'allow' and 'deny' answer every prompt at once; 'cdp' leaves the answer to the Permissions set over CDP
// (Browser.setPermission is ignored while a fake-ui flag is on).
const permissionFlags = {
  allow: ['--use-fake-ui-for-media-stream'],
  deny: ['--use-fake-ui-for-media-stream=deny'],
  cdp: [],
};

// web-test-runner calls every chromeLauncher "Chrome": named after their engine, the progress lines and the
// per-engine totals (scripts/totals-reporter.mjs) tell Chromium from Firefox.
const named = (launcher, name) => Object.assign(launcher, { name });

// `camera: 'fake'`: Chromium's own fake camera (up to 3840x2160, focus and exposure) instead of the 640x480 file.
function chromium(permission, { camera = 'file' } = {}) {
  const cameraFile = camera === 'file' && !process.env.NO_FAKE_FILES ? [`--use-file-for-fake-video-capture=${fixtures.video}`] : [];
  return named(chromeLauncher({
    launchOptions: {
      executablePath: findBrowser('chromium'),
      headless: true,
      args: [...quietChromium, ...cameraFile, ...permissionFlags[permission]],
      env: { ...process.env },
    },
    concurrency: 1,
  }), 'Chromium');
}

// `display: true`: with a window on an Xvfb display of its own (displayServices()), where Firefox has WebGL, in workers
// too (Mesa's llvmpipe), which headless Firefox lacks here. `gesture`: the AudioContext waits for a user gesture, as
// Firefox makes it wait for people (the other groups let Web Audio start without one).
function firefox(permission, { display = false, gesture = false } = {}) {
  // PULSE_SERVER (set by scripts/run-tests.mjs) gives Firefox an audio output, without which its AudioContext never
  // leaves "suspended".
  const env = { ...process.env };
  if (display) onOwnDisplay(async number => void (env.DISPLAY = `:${number}`));
  return named(chromeLauncher({
    launchOptions: {
      browser: 'firefox',
      executablePath: findBrowser('firefox'),
      headless: !display,
      env,
      extraPrefsFirefox: {
        'media.navigator.streams.fake': true,
        'media.navigator.permission.disabled': permission !== 'deny',
        ...(permission === 'deny' ? { 'permissions.default.camera': 2, 'permissions.default.microphone': 2 } : {}),
        'media.autoplay.default': gesture ? 1 : 0,
        ...(gesture ? {} : { 'media.autoplay.block-webaudio': false }),
        'dom.min_background_timeout_value': 4,
      },
    },
    concurrency: 1,
  }), 'Firefox');
}

// TEST_FILES (a comma-separated list of globs; scripts/run-tests.mjs sets it from --files): only those files run,
// each in the group whose browsers it needs, and a group with none of them does not start at all.
const only = process.env.TEST_FILES ? new Set(globSync(process.env.TEST_FILES.split(','))) : undefined;
const narrow = patterns => (only ? globSync(patterns).filter(file => only.has(file)) : patterns);

const pick = launchers => Object.entries(launchers).filter(([n]) => wanted.includes(n)).map(([, make]) => make());

/** A group of the run, with its browsers launched only when some of its files are to run. */
function group(name, patterns, launchers) {
  const files = narrow(patterns);
  return { name, files, browsers: files.length > 0 ? pick(launchers) : [] };
}

const MAIN = ['test/**/*.test.ts', '!test/denied/**', '!test/permissions/**', '!test/fake-camera/**', '!test/browser-control/**'];
// The camera effects' tests need WebGL in workers: in Chromium and Firefox they run in a group of their own, with
// Firefox on a display; WebKit runs them with its share of the main files.
const EFFECTS = 'test/effects/**/*.test.ts';
const mainFiles = narrow([...MAIN, `!${EFFECTS}`]);

// WebKit is the slowest engine here (its mock camera takes about 170 ms a capture, five times Chromium's fake one):
// its share of the main files runs in two MiniBrowsers side by side, each file where the shorter shard is, by these
// rough seconds (WebKit, 2026-12-04; any other file counts 3).
const WEBKIT_SHARDS = 2;
const WEBKIT_SECONDS = {
  'test/controllers/capture-controller.test.ts': 45,
  'test/health.test.ts': 45,
  'test/device-check.test.ts': 25,
  'test/soak.test.ts': 25,
  'test/base/capture-release.test.ts': 20,
  'test/mic-meter.test.ts': 15,
  'test/conformance/media-element-srcobject.test.ts': 14,
  'test/conformance/gum-constraints.test.ts': 13,
  'test/faults.test.ts': 12,
  'test/testing/media-simulator.test.ts': 11,
  'test/media-recorder.test.ts': 11,
  'test/conformance/media-element-ending.test.ts': 10,
};

/** The main files split into `count` shards of about equal time (longest first, each to the shortest shard). */
function shards(files, count) {
  const all = globSync(files).sort();
  const seconds = file => WEBKIT_SECONDS[file] ?? 3;
  const split = Array.from({ length: count }, () => ({ files: [], seconds: 0 }));
  for (const file of all.sort((a, b) => seconds(b) - seconds(a))) {
    const shortest = split.reduce((a, b) => (b.seconds < a.seconds ? b : a));
    shortest.files.push(file);
    shortest.seconds += seconds(file);
  }
  return split.map(shard => shard.files);
}

const groups = [
  { name: 'main', files: mainFiles, browsers: mainFiles.length > 0 ? pick({ chromium: () => chromium('allow'), firefox: () => firefox('allow') }) : [] },
  ...shards(narrow(MAIN), WEBKIT_SHARDS).map((files, i) => group(`webkit-${i + 1}`, files, { webkit: () => webkitLauncher() })),
  group('effects', [EFFECTS], { chromium: () => chromium('allow'), firefox: () => firefox('allow', { display: true }) }),
  // WebKit grants its mock devices without a prompt and has no WebDriver way to deny one: there these tests
  // skip, saying so (the stubbed denials of the main group run in WebKit too).
  group('denied', ['test/denied/**/*.test.ts'],
    { chromium: () => chromium('deny'), firefox: () => firefox('deny'), webkit: () => webkitLauncher() }),
  // Permission changes while live: Chromium only, driven over CDP (test/support/permissions.ts); neither
  // Firefox nor WebKit lets WebDriver change a permission, so they don't run this group.
  group('permissions', ['test/permissions/**/*.test.ts'], { chromium: () => chromium('cdp') }),
  // The browser's own capture controls (<camera>, <microphone>): Chromium has them, and its fake UI allows what a
  // click on one asks (the denial before it is stubbed: headless Chromium can't refuse the page's getUserMedia and
  // then allow the control's, see test/browser-control/); Firefox and WebKit have none. Firefox's AudioContext
  // waits for a gesture here, as it does for people.
  group('browser-control', ['test/browser-control/**/*.test.ts'],
    { chromium: () => chromium('allow'), firefox: () => firefox('allow', { gesture: true }), webkit: () => webkitLauncher() }),
  // Chromium's own fake camera, which opens at any size: the tests of what a file of one size can't show.
  group('fake-camera', ['test/fake-camera/**/*.test.ts'], { chromium: () => chromium('allow', { camera: 'fake' }) }),
].filter(g => g.browsers.length > 0);
if (groups.length === 0) throw new Error(`No test file to run${only ? ` (TEST_FILES=${process.env.TEST_FILES})` : ''} in ${wanted.join(', ')}`);
// web-test-runner wants browsers at the top level: the first group with some goes there.
const [first, ...rest] = groups;

export default {
  files: first.files,
  nodeResolve: true,
  concurrency: 1,
  // Two browsers at once (Chromium and Firefox first, then the WebKit shards and the other groups as they finish): with
  // all four at once the 2 cores ran at a load average of 15-20, timers came 700 ms late and audio and video starved,
  // and every full run had another few timing failures (2026-12-05: 5 to 9 a run, in all three engines).
  concurrentBrowsers: 2,
  // A file's slowest engine takes ~50 s here (70 s on a machine loaded far beyond CI's); a page that never reports
  // is given up on after this, and its file run once more (scripts/run-tests.mjs).
  testsFinishTimeout: 120_000,
  browserStartTimeout: 60_000,
  browsers: first.browsers,
  groups: rest,
  middleware: [tsForJs()],
  plugins: [browserFieldPlugin(), esbuildPlugin({ ts: true, target: 'es2022', tsconfig: './tsconfig.json' }), setPermissionPlugin(), cdpPlugin(), skipReasonsPlugin(), displayServices()],
  testFramework: { config: { timeout: 10_000 } },
  reporters: [defaultReporter(), totalsReporter(process.env.WTR_TOTALS ?? '.wtr-totals.json')],
};
