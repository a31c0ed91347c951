// An esbuild plugin for the kit's files that a module loads by URL, `new URL('./file', import.meta.url)`: a worker,
// an AudioWorklet module, a WebAssembly or model file. Bundled, the module moves (into an entry or a chunk), so the
// plugin emits each such file beside the output under a hashed name and rewrites the URL to it: a `.js` file
// bundled on its own with what it imports (a worker can't share the page's chunks), any other file copied as it is.
// Every JS output of the build must then sit in one folder (the CDN build's entry and chunks do). A folder
// (`new URL('./assets/', import.meta.url)`: the camera effects' runtime and model, megabytes loaded only when an
// effect is asked for) is not copied: the URL points from the output folder to where the package has it. Used by
// scripts/build-cdn.mjs, and by scripts/check-size.mjs to count those files as lazy downloads.
import { build } from 'esbuild';
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, dirname, extname, join, relative, resolve } from 'node:path';

const URL_PATTERN = /new URL\(\s*(['"])(\.{1,2}\/[^'"]+)\1\s*,\s*import\.meta\.url\s*\)/g;

/**
 * `emitted` collects `{ name, source, contents }` for every file emitted; `outdir` (optional) is where they are
 * written; `from` is the folder the build's JS outputs are in (default `outdir`), which a folder's URL starts from
 * (without one, a folder's URL stays as it is: a build that is measured, not run).
 */
export function urlAssets({ outdir, from = outdir, emitted = [] } = {}) {
  const byPath = new Map();
  async function emit(path) {
    if (byPath.has(path)) return byPath.get(path);
    const ext = extname(path);
    const contents = ext === '.js' || ext === '.mjs'
      ? (await build({ entryPoints: [path], bundle: true, minify: true, format: 'esm', target: 'es2022', write: false, logLevel: 'error' })).outputFiles[0].contents
      : readFileSync(path);
    const hash = createHash('sha256').update(contents).digest('hex').slice(0, 8).toUpperCase();
    const name = `${basename(path, ext)}-${hash}${ext}`;
    if (outdir) {
      mkdirSync(outdir, { recursive: true });
      writeFileSync(join(outdir, name), contents);
    }
    emitted.push({ name, source: path, contents });
    byPath.set(path, name);
    return name;
  }
  return {
    name: 'url-assets',
    setup(esbuild) {
      esbuild.onLoad({ filter: /\.m?js$/ }, async args => {
        const source = readFileSync(args.path, 'utf8');
        if (!source.includes('import.meta.url')) return undefined;
        let contents = source;
        for (const [whole, , path] of source.matchAll(URL_PATTERN)) {
          const target = resolve(dirname(args.path), path);
          if (!path.endsWith('/')) contents = contents.replace(whole, `new URL('./${await emit(target)}', import.meta.url)`);
          else if (from) contents = contents.replace(whole, `new URL('${relative(resolve(from), target).split('\\').join('/')}/', import.meta.url)`);
        }
        return { contents, loader: 'js', resolveDir: dirname(args.path) };
      });
    },
  };
}
