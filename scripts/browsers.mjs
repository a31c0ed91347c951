// Finds the system browsers: nothing here downloads one.
import { existsSync } from 'node:fs';

const candidates = {
  chromium: ['CHROME_PATH', ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome']],
  firefox: ['FIREFOX_PATH', ['/usr/bin/firefox-esr', '/usr/bin/firefox']],
};
const installHint = { chromium: 'apt-get install -y chromium', firefox: 'apt-get install -y firefox-esr' };

/** @param {'chromium' | 'firefox'} name */
export function findBrowser(name) {
  const [envName, paths] = candidates[name];
  const fromEnv = process.env[envName];
  if (fromEnv) {
    if (!existsSync(fromEnv)) throw new Error(`${envName}=${fromEnv} does not exist.`);
    return fromEnv;
  }
  const found = paths.find(p => existsSync(p));
  if (!found) {
    throw new Error(`No ${name} found (looked at ${paths.join(', ')}). Install it with '${installHint[name]}' or set ${envName}.`);
  }
  return found;
}

export const WEBKIT_INSTALL = 'apt-get install -y --no-install-recommends webkit2gtk-driver xvfb gstreamer1.0-plugins-bad';

const MULTIARCH = ['x86_64-linux-gnu', 'aarch64-linux-gnu', 'i386-linux-gnu', 'arm-linux-gnueabihf'];

function first(envName, paths) {
  const fromEnv = envName && process.env[envName];
  if (fromEnv) return existsSync(fromEnv) ? fromEnv : undefined;
  return paths.find(p => existsSync(p));
}

const xvfbPath = () => first('XVFB_PATH', ['/usr/bin/Xvfb']);

/** Xvfb, for the browsers that run on a display of their own, or an Error naming the command that installs it. */
export function findXvfb() {
  return xvfbPath() ?? new Error("Xvfb not found on this machine. Install with 'apt-get install -y xvfb' (or set XVFB_PATH).");
}

/** The programs WebKit needs, or an Error naming what is missing and the command that installs it. */
export function findWebKit() {
  const found = {
    driver: first('WEBKIT_WEBDRIVER_PATH', ['/usr/bin/WebKitWebDriver']),
    miniBrowser: first('MINIBROWSER_PATH', MULTIARCH.map(a => `/usr/lib/${a}/webkit2gtk-4.1/MiniBrowser`)),
    xvfb: xvfbPath(),
    // WebKitGTK's MediaRecorder needs the "bad" GStreamer set (TOOLCHAIN.md); one of its plugins stands for it.
    gstBad: first(undefined, MULTIARCH.map(a => `/usr/lib/${a}/gstreamer-1.0/libgstvideoparsersbad.so`)),
  };
  const names = { driver: 'WebKitWebDriver', miniBrowser: 'MiniBrowser', xvfb: 'Xvfb', gstBad: 'GStreamer plugins-bad' };
  const missing = Object.keys(found).filter(key => !found[key]).map(key => names[key]);
  if (missing.length > 0) {
    return new Error(`WebKit needs ${missing.join(', ')}: not found on this machine. Install with '${WEBKIT_INSTALL}'` +
      ' (or set WEBKIT_WEBDRIVER_PATH, MINIBROWSER_PATH, XVFB_PATH), or leave webkit out of BROWSERS.');
  }
  return found;
}
