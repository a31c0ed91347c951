// A dev-server middleware: a request for a `.js` file that does not exist, beside a `.ts` of the same name, gets
// the `.ts` (which the esbuild plugin compiles). Imports are rewritten that way by the plugin already; this is for
// URLs it does not rewrite: a worker's `new URL('./effect-worker.js', import.meta.url)`, as in dist/ after tsc.
import { existsSync } from 'node:fs';
import { join } from 'node:path';

export function tsForJs(rootDir = process.cwd()) {
  return (context, next) => {
    if (context.path.endsWith('.js') && !existsSync(join(rootDir, context.path))) {
      const ts = context.path.replace(/\.js$/, '.ts');
      if (existsSync(join(rootDir, ts))) context.url = ts + context.search;
    }
    return next();
  };
}
