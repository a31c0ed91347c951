// Real browsers only: Debian's Chromium and Firefox with their fake media devices, and WebKitGTK's MiniBrowser
// with its mock devices (scripts/webkit.mjs starts the Xvfb display and the WebKitWebDriver it needs).
// BROWSERS=webkit (or chromium, firefox, or a list) narrows a run; the default is all three.
import { existsSync } from 'node:fs';
import { chromeLauncher } from '@web/test-runner-chrome';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { findBrowser } from './scripts/browsers.mjs';
import { mediaFixtures } from './scripts/media-fixtures.mjs';
import { totalsReporter } from './scripts/totals-reporter.mjs';
import { setPermissionPlugin } from './scripts/set-permission-plugin.mjs';
import { cdpPlugin } from './scripts/cdp-plugin.mjs';
import { skipReasonsPlugin } from './scripts/skip-reasons.mjs';
import { defaultReporter } from '@web/test-runner';
import { webkitLauncher, webkitServices } from './scripts/webkit.mjs';

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

function firefox(permission) {
  return named(chromeLauncher({
    launchOptions: {
      browser: 'firefox',
      executablePath: findBrowser('firefox'),
      headless: true,
      // PULSE_SERVER (set by scripts/run-tests.mjs) gives Firefox an audio output, without which
      // its AudioContext never leaves "suspended".
      env: { ...process.env },
      extraPrefsFirefox: {
        'media.navigator.streams.fake': true,
        'media.navigator.permission.disabled': permission !== 'deny',
        ...(permission === 'deny' ? { 'permissions.default.camera': 2, 'permissions.default.microphone': 2 } : {}),
        'media.autoplay.default': 0,
        'media.autoplay.block-webaudio': false,
        'dom.min_background_timeout_value': 4,
      },
    },
    concurrency: 1,
  }), 'Firefox');
}

// A worker is started by its built name (`new Worker(new URL('./meter-worker.js', import.meta.url))`, so that a
// build and the bundlers find it): the dev server answers for the .ts beside it, which the esbuild plugin compiles.
function builtNameOfTs(context, next) {
  const file = `.${context.path}`;
  if (file.startsWith('./components/') && file.endsWith('.js') && !existsSync(file) && existsSync(file.replace(/\.js$/, '.ts'))) {
    context.url = context.url.replace(/\.js(?=\?|$)/, '.ts');
  }
  return next();
}

const pick = launchers => Object.entries(launchers).filter(([n]) => wanted.includes(n)).map(([, make]) => make());

export default {
  files: ['test/**/*.test.ts', '!test/denied/**', '!test/permissions/**', '!test/fake-camera/**'],
  nodeResolve: true,
  middleware: [builtNameOfTs],
  concurrency: 1,
  concurrentBrowsers: 2,
  testsFinishTimeout: 180_000,
  browserStartTimeout: 60_000,
  browsers: pick({ chromium: () => chromium('allow'), firefox: () => firefox('allow'), webkit: () => webkitLauncher() }),
  groups: [
    {
      // WebKit grants its mock devices without a prompt and has no WebDriver way to deny one: there these tests
      // skip, saying so (the stubbed denials of the main group run in WebKit too).
      name: 'denied',
      files: ['test/denied/**/*.test.ts'],
      browsers: pick({ chromium: () => chromium('deny'), firefox: () => firefox('deny'), webkit: () => webkitLauncher() }),
    },
    {
      // Permission changes while live: Chromium only, driven over CDP (test/support/permissions.ts); neither
      // Firefox nor WebKit lets WebDriver change a permission, so they don't run this group.
      name: 'permissions',
      files: ['test/permissions/**/*.test.ts'],
      browsers: pick({ chromium: () => chromium('cdp') }),
    },
    {
      // Chromium's own fake camera, which opens at any size: the tests of what a file of one size can't show.
      name: 'fake-camera',
      files: ['test/fake-camera/**/*.test.ts'],
      browsers: pick({ chromium: () => chromium('allow', { camera: 'fake' }) }),
    },
  ].filter(group => group.browsers.length > 0),
  plugins: [esbuildPlugin({ ts: true, target: 'es2022', tsconfig: './tsconfig.json' }), setPermissionPlugin(), cdpPlugin(), skipReasonsPlugin(), webkitServices()],
  testFramework: { config: { timeout: 10_000 } },
  reporters: [defaultReporter(), totalsReporter(process.env.WTR_TOTALS ?? '.wtr-totals.json')],
};
