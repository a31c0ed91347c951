// What the kit adds to a React app, as a new user builds one: the package is packed (npm pack, what npm publishes),
// unpacked into a scratch Vite + React project inside the checkout (so react, lit and @lit/react resolve from its
// node_modules, as from a consumer's), and an app that renders three of its elements through
// `local-media-elements/react` is built with Vite, next to the same app without them. The kit's share is the
// difference of their first downloads (the entry chunk and what it imports statically, gzipped file by file).
// Used by scripts/check-size.mjs, which holds it to the first download of those three elements together.
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

export const REACT_APP_ELEMENTS = ['camera-preview', 'mic-meter', 'device-select'];

const APP = `import { createRoot } from 'react-dom/client';
import { CameraPreview, DeviceSelect, MicMeter } from 'local-media-elements/react';

createRoot(document.getElementById('root')).render(
  <>
    <CameraPreview id="camera" resolution="480p" onStateChange={event => console.log(event.detail.state)} />
    <MicMeter segments={12} />
    <DeviceSelect kind="videoinput" htmlFor="camera" />
  </>,
);
`;
// The same app without the kit: React and @lit/react, which the React entry is made with.
const BASELINE = `import { createRoot } from 'react-dom/client';
import * as React from 'react';
import { createComponent } from '@lit/react';

const Box = createComponent({ react: React, tagName: 'x-box', elementClass: HTMLElement, events: { onStateChange: 'statechange' } });
createRoot(document.getElementById('root')).render(<><Box id="camera" onStateChange={event => console.log(event.type)} /><p /></>);
`;

/** The first download of a Vite build's output: the entry chunk and its static imports, gzipped file by file. */
function firstDownload(output) {
  const chunks = new Map(output.filter(file => file.type === 'chunk').map(chunk => [chunk.fileName, chunk]));
  const entry = [...chunks.values()].find(chunk => chunk.isEntry);
  const seen = new Set([entry.fileName]);
  for (const name of seen) for (const imported of chunks.get(name).imports) seen.add(imported);
  const files = [...seen].map(name => Buffer.from(chunks.get(name).code));
  return {
    minified: files.reduce((total, code) => total + code.length, 0),
    gzipped: files.reduce((total, code) => total + gzipSync(code, { level: 9 }).length, 0),
  };
}

/** Builds the app and the baseline; returns the kit's share of the app's first download, in bytes. */
export async function reactAppSize() {
  const { build } = await import('vite');
  const pkg = JSON.parse(readFileSync('package.json', 'utf8'));
  const packed = mkdtempSync(join(tmpdir(), 'local-media-pack-'));
  const project = mkdtempSync('.react-app-');
  try {
    execFileSync('npm', ['pack', '--ignore-scripts', '--silent', '--pack-destination', packed], { stdio: 'ignore' });
    const installed = join(project, 'node_modules', pkg.name);
    mkdirSync(installed, { recursive: true });
    execFileSync('tar', ['-xzf', join(packed, `${pkg.name}-${pkg.version}.tgz`), '-C', installed, '--strip-components=1']);
    writeFileSync(join(project, 'package.json'), JSON.stringify({ name: 'react-app', private: true, type: 'module' }));
    const sizes = {};
    for (const [name, source] of Object.entries({ app: APP, baseline: BASELINE })) {
      const root = join(project, name);
      mkdirSync(root);
      writeFileSync(join(root, 'index.html'), '<div id="root"></div><script type="module" src="./main.jsx"></script>\n');
      writeFileSync(join(root, 'main.jsx'), source);
      const result = await build({ root, configFile: false, logLevel: 'silent', build: { write: false } });
      sizes[name] = firstDownload((Array.isArray(result) ? result[0] : result).output);
    }
    return { minified: sizes.app.minified - sizes.baseline.minified, gzipped: sizes.app.gzipped - sizes.baseline.gzipped };
  } finally {
    rmSync(packed, { recursive: true, force: true });
    rmSync(project, { recursive: true, force: true });
  }
}
