// The published types, checked as a consumer project sees them: the package is packed (npm pack, what npm publishes),
// unpacked into a project's node_modules, and test/consumer/ (code using the public API, plus an import of every
// entry in package.json's exports) is compiled with `skipLibCheck: false` by each TypeScript the kit supports.
// Run by `npm test` after `npm run build`.
import assert from 'node:assert/strict';
import { execFileSync, spawnSync } from 'node:child_process';
import { execPath } from 'node:process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, test } from 'node:test';

const COMPILERS = ['typescript-5.9', 'typescript'];
const pkg = JSON.parse(readFileSync('package.json', 'utf8'));
let project;

before(() => {
  const packed = mkdtempSync(join(tmpdir(), 'local-media-pack-'));
  execFileSync('npm', ['pack', '--ignore-scripts', '--silent', '--pack-destination', packed], { stdio: 'ignore' });
  // Inside the checkout, so that the kit's own dependencies (lit, @lit/react, react's and vue's types) resolve from its
  // node_modules as they would from a consumer's; its own package.json keeps TypeScript from resolving the kit's name
  // to this checkout (a package's imports of its own name).
  project = mkdtempSync('.consumer-types-');
  const installed = join(project, 'node_modules', pkg.name);
  mkdirSync(installed, { recursive: true });
  execFileSync('tar', ['-xzf', join(packed, `${pkg.name}-${pkg.version}.tgz`), '-C', installed, '--strip-components=1']);
  rmSync(packed, { recursive: true, force: true });
  cpSync('test/consumer', project, { recursive: true });
  writeFileSync(join(project, 'package.json'), JSON.stringify({ name: 'consumer', private: true, type: 'module' }));
  const entries = Object.keys(pkg.exports).filter(entry => !entry.endsWith('.json'));
  writeFileSync(join(project, 'entries.ts'), entries.map(entry => `import '${pkg.name}${entry.slice(1)}';\n`).join(''));
});

after(() => project && rmSync(project, { recursive: true, force: true }));

for (const compiler of COMPILERS) {
  const { version } = JSON.parse(readFileSync(`node_modules/${compiler}/package.json`, 'utf8'));
  test(`the published types check in a consumer project under TypeScript ${version}, skipLibCheck false`, () => {
    const run = spawnSync(execPath, [`node_modules/${compiler}/bin/tsc`, '-p', project], { encoding: 'utf8' });
    assert.equal(run.status, 0, `tsc ${version} found errors:\n${run.stdout}${run.stderr}`);
  });
}
