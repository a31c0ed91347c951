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
