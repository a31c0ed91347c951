// Run by `npm run build` after tsc: minifies the CSS inside Lit's css`...` templates in dist/, which no JS
// minifier touches (as Lit ships its own packages minified). Whitespace and comments go; strings and ${...}
// interpolations are kept as they are. The templates hold no backquote or nested template.
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const minify = css =>
  css
    .split(/(\$\{[^}]*\}|'[^']*'|"[^"]*")/)
    .map((part, i) =>
      i % 2 ? part : part.replace(/\/\*[\s\S]*?\*\//g, '').replace(/\s+/g, ' ').replace(/ ?([{};]) ?/g, '$1').replace(/;}/g, '}'),
    )
    .join('')
    .trim();

let saved = 0;
for (const file of readdirSync('dist', { recursive: true }).filter(f => f.endsWith('.js')).map(f => join('dist', f))) {
  const source = readFileSync(file, 'utf8');
  const output = source.replace(/\bcss ?`([^`]*)`/g, (_, css) => `css\`${minify(css)}\``);
  if (output === source) continue;
  writeFileSync(file, output);
  saved += source.length - output.length;
}
if (saved === 0) throw new Error('minify-css: no css`` template found in dist/');
