// A web-test-runner plugin for what a bundler does with a package's "browser" field and wtr's resolver doesn't:
// a module the package maps to `false` for browsers (mediabunny's Node-only file access) is served empty.
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, posix, relative } from 'node:path';

const EMPTY = '/__browser-field-empty__.js';

/** The "browser" map of the package that holds `file`, and that package's folder. */
function browserMap(file) {
  for (let dir = dirname(file); dir !== dirname(dir); dir = dirname(dir)) {
    const manifest = join(dir, 'package.json');
    if (!existsSync(manifest)) continue;
    const { browser } = JSON.parse(readFileSync(manifest, 'utf8'));
    return typeof browser === 'object' && browser ? { dir, browser } : undefined;
  }
  return undefined;
}

export function browserFieldPlugin(rootDir = process.cwd()) {
  return {
    name: 'browser-field',
    resolveImport({ source, context }) {
      if (!source.startsWith('.') || !context.path.includes('/node_modules/')) return undefined;
      const importer = join(rootDir, context.path);
      const found = browserMap(importer);
      if (!found) return undefined;
      const target = `./${relative(found.dir, join(dirname(importer), source)).split('\\').join(posix.sep)}`;
      return found.browser[target] === false ? EMPTY : undefined;
    },
    serve(context) {
      if (context.path === EMPTY) return { body: 'export {};', type: 'js' };
      return undefined;
    },
  };
}
