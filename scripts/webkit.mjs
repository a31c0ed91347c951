// WebKit in web-test-runner: WebKitGTK's MiniBrowser driven by WebKitWebDriver, on an Xvfb display (WebKitGTK has
// no headless mode; without a display, session creation hangs silently). `displayServices()` is the plugin that
// starts them when the server starts (per WebKit launcher, an Xvfb on a display it picks itself and a WebKitWebDriver
// on a free port) and stops them when it stops, or when the process exits or is interrupted. Any other launcher that
// needs a display of its own (Firefox with a window: `onOwnDisplay()`) gets its Xvfb the same way. Nothing is
// downloaded.
import { spawn } from 'node:child_process';
import { appendFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { WebdriverLauncher } from '@web/test-runner-webdriver';
import { findWebKit, findXvfb } from './browsers.mjs';
import { liveMembers } from './process-groups.mjs';

// Everything started here, so that an exit or a signal can end it synchronously. Each child leads its own process
// group (detached), so killing the group also ends what it started (WebKitWebDriver starts MiniBrowser and the
// WebKit helper processes).
const children = new Set();
/** What needs a display of its own: each is called with its display once that display's Xvfb is up. */
const displayUsers = new Set();

function killGroup(child, signal) {
  try {
    process.kill(-child.pid, signal);
  } catch {
    // already gone
  }
}

function killAll() {
  for (const child of children) killGroup(child, 'SIGKILL');
  children.clear();
}

let handlersInstalled = false;
function installExitHandlers() {
  if (handlersInstalled) return;
  handlersInstalled = true;
  process.on('exit', killAll);
  // web-test-runner handles SIGINT itself (it stops the runner, then our serverStop runs); SIGTERM and SIGHUP it
  // does not, and Node's default would leave our children running.
  for (const signal of ['SIGTERM', 'SIGHUP']) {
    process.on(signal, () => {
      killAll();
      process.exit(128 + (signal === 'SIGTERM' ? 15 : 1));
    });
  }
  // On SIGINT the runner stops its browsers and then the server (serverStop below); should that hang, this ends it.
  process.on('SIGINT', () => {
    setTimeout(() => {
      killAll();
      process.exit(130);
    }, 5000).unref();
  });
}

function track(child, label) {
  children.add(child);
  child.once('exit', () => children.delete(child));
  // run-tests.mjs kills what is listed there after the runner exits, however it exited (even SIGKILL).
  if (process.env.LOCAL_MEDIA_PIDS) appendFileSync(process.env.LOCAL_MEDIA_PIDS, `${child.pid} ${label}\n`);
}

/** Starts Xvfb on a display it picks itself (-displayfd): resolves with the process and that display number. */
function startXvfb(xvfb) {
  return new Promise((resolve, reject) => {
    const child = spawn(xvfb, ['-displayfd', '3', '-screen', '0', '1280x1024x24', '-nolisten', 'tcp'],
      { detached: true, stdio: ['ignore', 'ignore', 'pipe', 'pipe'] });
    track(child, 'Xvfb');
    let stderr = '';
    let out = '';
    child.stderr.on('data', d => (stderr += d));
    const timer = setTimeout(() => reject(new Error(`Xvfb did not report a display within 20 s: ${stderr.trim()}`)), 20_000);
    child.stdio[3].on('data', data => {
      out += data;
      if (out.includes('\n')) {
        clearTimeout(timer);
        child.stderr.removeAllListeners('data').resume();
        resolve({ child, display: Number(out.trim()) });
      }
    });
    child.once('error', error => { clearTimeout(timer); reject(error); });
    child.once('exit', code => { clearTimeout(timer); reject(new Error(`Xvfb exited (${code}) before it was ready: ${stderr.trim()}`)); });
  });
}

function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

async function waitForDriver(child, port, log) {
  const deadline = Date.now() + 20_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null || child.signalCode) throw new Error(`WebKitWebDriver exited before it was ready: ${log().trim()}`);
    try {
      const response = await fetch(`http://127.0.0.1:${port}/status`);
      if (response.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise(r => setTimeout(r, 100));
  }
  throw new Error(`WebKitWebDriver did not answer on port ${port} within 20 s: ${log().trim()}`);
}

async function startDriver(driver, display) {
  for (let attempt = 0; ; attempt++) {
    const port = await freePort();
    const child = spawn(driver, [`--port=${port}`, '--host=127.0.0.1'], {
      detached: true,
      stdio: ['ignore', 'ignore', 'pipe'],
      env: { ...process.env, DISPLAY: `:${display}` },
    });
    track(child, 'WebKitWebDriver');
    let stderr = '';
    child.stderr.on('data', d => (stderr = (stderr + d).slice(-4000)));
    try {
      await waitForDriver(child, port, () => stderr);
      return { child, port };
    } catch (error) {
      killGroup(child, 'SIGKILL');
      if (attempt >= 2) throw error; // the port may have been taken between freePort() and the driver's bind
    }
  }
}

async function stopGroup(child) {
  if (child.exitCode !== null || child.signalCode) return;
  // A driver whose session was just deleted may still be closing MiniBrowser, whose web and network processes
  // end shortly after it: give them up to 3 s to end by themselves before the group is killed.
  for (let i = 0; i < 30 && liveMembers(child.pid).some(([pid]) => pid !== child.pid); i++) {
    await new Promise(r => setTimeout(r, 100));
  }
  const exited = new Promise(resolve => child.once('exit', resolve));
  killGroup(child, 'SIGTERM');
  const timer = setTimeout(() => killGroup(child, 'SIGKILL'), 3000);
  await exited;
  clearTimeout(timer);
  killGroup(child, 'SIGKILL'); // whatever the leader left in its group
  children.delete(child);
}

/**
 * Gives a launcher a display of its own: before the browsers start, `start(display)` is called with the number of
 * an Xvfb display started for it; it may resolve with `{ stop() }` for what it started there (a driver), stopped
 * before the display.
 */
export function onOwnDisplay(start) {
  displayUsers.add(start);
}

/**
 * The web-test-runner plugin that starts an Xvfb display for each launcher that asked for one (every WebKit launcher,
 * with a WebKitWebDriver on it; see {@link onOwnDisplay}), and stops them. One of each per launcher: a WebKitWebDriver
 * runs one session at a time, launchers run side by side (the shards of the main group, the denied group), and a
 * browser alone on its display never shares focus.
 */
export function displayServices() {
  let started = [];
  return {
    name: 'display-services',
    async serverStart() {
      if (displayUsers.size === 0) return;
      installExitHandlers();
      const xvfbPath = findXvfb();
      if (xvfbPath instanceof Error) throw xvfbPath;
      await Promise.all([...displayUsers].map(async start => {
        const { child: xvfb, display } = await startXvfb(xvfbPath);
        const user = await start(display);
        started.push({ xvfb, user });
      }));
    },
    async serverStop() {
      // What runs on each display first (a driver ends its MiniBrowser), then the display.
      await Promise.all(started.map(async ({ xvfb, user }) => {
        await user?.stop();
        await stopGroup(xvfb);
      }));
      started = [];
    },
  };
}

/** How long a page that finished (or timed out) may take to hand its results over before MiniBrowser counts as hung. */
const STOP_TIMEOUT = 15_000;

/**
 * A WebKit page can stop answering WebDriver for good (its web process hung or gone, seen on a loaded machine): the
 * runner then waits on it forever and every later file of that browser is lost. So a page that does not hand its
 * results over in time ends its MiniBrowser and driver; the next file gets new ones, and this file's session error
 * says the session was lost (scripts/run-tests.mjs runs it once more).
 */
class WebKitLauncher extends WebdriverLauncher {
  /** @param {() => Promise<void>} restartDriver ends the driver (and its MiniBrowser) and starts a new one. */
  constructor(options, restartDriver) {
    super(options);
    this.restartDriver = restartDriver;
  }

  async initialize(config) {
    await super.initialize(config);
    this.name = 'WebKit';
  }

  async stopSession(id) {
    let timer;
    const hung = new Promise((_, reject) => {
      timer = setTimeout(() => reject(new Error(`WebKit's page did not answer within ${STOP_TIMEOUT / 1000} s`)), STOP_TIMEOUT);
    });
    try {
      return await Promise.race([super.stopSession(id), hung]);
    } catch (error) {
      await this.restart();
      throw new Error(`${error.message}: its browser session was lost; MiniBrowser and its driver were started again`, { cause: error });
    } finally {
      clearTimeout(timer);
    }
  }

  async restart() {
    clearInterval(this.pendingHeartbeat);
    this.driver = undefined;
    this.driverManager = undefined;
    this.__managerPromise = undefined;
    await this.restartDriver();
  }
}

/**
 * A WebKit launcher: MiniBrowser with its mock camera, microphones and screen, granted without a prompt. Throws,
 * naming the install command, when WebKit is not installed.
 */
export function webkitLauncher() {
  const programs = findWebKit();
  if (programs instanceof Error) throw programs;
  let display;
  let driver;
  const startOwnDriver = async () => {
    driver = await startDriver(programs.driver, display);
    launcher.options.port = driver.port;
  };
  const launcher = new WebKitLauncher({
    automationProtocol: 'webdriver',
    hostname: '127.0.0.1',
    port: 0, // set once its driver listens on its display
    logLevel: 'error',
    connectionRetryCount: 1,
    capabilities: {
      browserName: 'MiniBrowser',
      // Without it webdriverio asks for BiDi, which WebKitWebDriver does not match.
      'wdio:enforceWebDriverClassic': true,
      'webkitgtk:browserOptions': {
        binary: programs.miniBrowser,
        // These replace MiniBrowser's defaults, so --automation stays.
        args: ['--automation', '--enable-media-stream=true', '--enable-mock-capture-devices=true',
          '--features=-MockCaptureDevicesPrompt'],
      },
    },
  }, async () => {
    await stopGroup(driver.child);
    await startOwnDriver();
  });
  onOwnDisplay(async number => {
    display = number;
    await startOwnDriver();
    return { stop: () => stopGroup(driver.child) };
  });
  return launcher;
}
