// The CDN build (npm run build, after tsc): dist/cdn/, to copy beside a page or load from any npm CDN. The entry
// local-media-elements.js is the whole kit with Lit, minified; what it loads on demand (the denied steps, health,
// camera controls, live changes, the languages...) are sibling chunk files that the entry and each other import by
// relative URL, so the folder works wherever it is served. locales/<lang>.js register a language, sharing the
// entry's registry (one copy of every module in the folder). Files loaded by `new URL(..., import.meta.url)` are
// emitted beside them (scripts/url-assets.mjs). Source maps carry their sources.
import { build } from 'esbuild';
import { readdirSync, rmSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { urlAssets } from './url-assets.mjs';

export const CDN_DIR = 'dist/cdn';
export const CDN_ENTRY = 'local-media-elements';

/** esbuild's options for the CDN build of the tsc output in dist/ (also what scripts/check-size.mjs measures). */
export function cdnOptions({ outdir = CDN_DIR, write = true, emitted } = {}) {
  const locales = readdirSync('dist/locales').filter(file => file.endsWith('.js')).map(file => file.slice(0, -3));
  return {
    entryPoints: [
      { in: 'dist/index.js', out: CDN_ENTRY },
      ...locales.map(lang => ({ in: `dist/locales/${lang}.js`, out: `locales/${lang}` })),
    ],
    bundle: true,
    splitting: true,
    format: 'esm',
    target: 'es2022',
    minify: true,
    sourcemap: write,
    chunkNames: '[name]-[hash]',
    outdir,
    write,
    metafile: true,
    logLevel: 'warning',
    plugins: [urlAssets({ outdir: write ? outdir : undefined, from: outdir, emitted })],
  };
}

if (import.meta.url === pathToFileURL(process.argv[1]).href) {
  rmSync(CDN_DIR, { recursive: true, force: true });
  await build(cdnOptions());
}
