// What <media-recorder> costs to download, and what loads later: node bench/recording/chunk-sizes.mjs [entry...]
// Each entry (default: the built element and the kit, dist/) is bundled by esbuild with code splitting, minified,
// as an app's bundler would: "first download" is the entry chunk and every chunk it imports statically; each lazy
// chunk (an import() boundary) is listed with the kit's modules it holds. Sizes: kB (1000 bytes), gzip -9.
// Run `npm run build` first.
import { build } from 'esbuild';
import { gzipSync } from 'node:zlib';

const entries = process.argv.slice(2).length ? process.argv.slice(2) : ['dist/media-recorder/define.js', 'dist/index.js'];
const kB = bytes => (bytes / 1000).toFixed(2);
const sizes = parts => {
  const code = Buffer.concat(parts);
  return `${kB(code.length).padStart(7)} min ${kB(gzipSync(code, { level: 9 }).length).padStart(7)} gz`;
};

for (const entry of entries) {
  const result = await build({
    entryPoints: [entry],
    bundle: true,
    splitting: true,
    minify: true,
    format: 'esm',
    target: 'es2022',
    write: false,
    outdir: 'out',
    metafile: true,
    logLevel: 'error',
  });
  const name = path => path.replace(/^.*\bout\//, '');
  const code = Object.fromEntries(result.outputFiles.map(file => [name(file.path), Buffer.from(file.contents)]));
  const outputs = Object.fromEntries(Object.entries(result.metafile.outputs).map(([path, output]) => [name(path), output]));
  const first = new Set();
  const walk = chunk => {
    if (first.has(chunk)) return;
    first.add(chunk);
    for (const { path, kind } of outputs[chunk].imports) if (kind === 'import-statement') walk(name(path));
  };
  walk(Object.keys(outputs).find(chunk => outputs[chunk].entryPoint));
  console.log(`${entry}\n  first download            ${sizes([...first].map(chunk => code[chunk]))}`);
  for (const chunk of Object.keys(outputs).filter(chunk => chunk.endsWith('.js') && !first.has(chunk))) {
    const ours = Object.keys(outputs[chunk].inputs).filter(input => !input.includes('node_modules')).map(input => input.replace(/^.*\/(core|components)\//, ''));
    const theirs = Object.keys(outputs[chunk].inputs).some(input => input.includes('node_modules/mediabunny')) ? ' + mediabunny' : '';
    console.log(`  lazy ${chunk.padEnd(21)}${sizes([code[chunk]])}  ${ours.join(', ')}${theirs}`);
  }
}
