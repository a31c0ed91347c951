// custom-elements.json must describe every element completely: each part, slot, custom property, event and
// attribute that the element's code uses (read from its folder and the base classes and controllers it imports),
// and every property its class has at runtime. Run by `npm test` (node --test), after `npm run build`.
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, normalize } from 'node:path';
import { test } from 'node:test';
import ts from 'typescript';
import { elementsOf, readConstants, readManifest } from '../../scripts/manifest.mjs';

const manifest = readManifest();
const constants = readConstants(ts);
const source = path => path.replace(/^dist\/(.*)\.js$/, 'components/$1.ts');

/** `Attr.MinDb` or `'min-db'` as the name it stands for. */
const nameOf = expression =>
  expression.startsWith("'") ? expression.slice(1, -1) : constants[expression.split('.')[0]]?.[expression.split('.')[1]];

/** The superclass reference of the class a `{ name, module }` reference points at. */
const superclassOf = ({ name, module }) =>
  manifest.modules.find(m => m.path === module)?.declarations.find(d => d.name === name)?.superclass;

/** Local names -> source files of a module's relative imports. */
function importsOf(file) {
  const imports = new Map();
  for (const [, names, path] of readFileSync(file, 'utf8').matchAll(/import\s+(?:type\s+)?\{([^}]*)\}\s+from\s+'(\.{1,2}\/[^']+)\.js'/g)) {
    for (const name of names.split(',').map(n => n.replace(/^\s*type\s+/, '').trim()).filter(Boolean)) {
      imports.set(name.split(/\s+as\s+/).pop(), normalize(join(dirname(file), `${path}.ts`)));
    }
  }
  return imports;
}

/**
 * The element's folder, plus what else makes up its behaviour: the modules of its superclasses (from the
 * manifest) and of the controllers those files instantiate (`new XController(`), transitively.
 */
function sourcesOf(declaration, classModule) {
  const folder = dirname(source(classModule));
  const own = readdirSync(folder).filter(f => f.endsWith('.ts')).map(f => join(folder, f));
  const shared = new Set();
  for (let parent = declaration.superclass; parent?.module; parent = superclassOf(parent)) shared.add(source(parent.module));
  const follow = file => {
    const imports = importsOf(file);
    for (const [, name] of readFileSync(file, 'utf8').matchAll(/new (\w+Controller)\b/g)) {
      const target = imports.get(name);
      if (target && existsSync(target) && !shared.has(target)) {
        shared.add(target);
        follow(target);
      }
    }
  };
  [...own, ...shared].forEach(follow);
  return { own, shared: [...shared] };
}

const matches = (files, pattern) =>
  new Set(files.flatMap(file => [...readFileSync(file, 'utf8').matchAll(pattern)].map(m => m[1])));

function used(declaration, classModule) {
  const { own, shared } = sourcesOf(declaration, classModule);
  const all = [...own, ...shared];
  const names = (files, pattern) => new Set([...matches(files, pattern)].map(nameOf).filter(Boolean));
  return {
    cssParts: new Set([...matches(all, /\bpart="([\w\s-]+)"/g)].flatMap(parts => parts.split(/\s+/))),
    slots: matches(all, /<slot name="([\w-]+)"/g),
    // `--_name` is private: set and read inside the shadow root only.
    cssProperties: new Set(
      [...matches(own, /var\((--[a-zA-Z][\w-]*)/g), ...matches(all, /setProperty\('(--[\w-]+)'/g)].filter(name => !name.startsWith('--_')),
    ),
    events: names(all, /dispatchEvent\(\s*new \w+(?:<[^>]*>)?\(\s*(\w+\.\w+|'[\w-]+')/g),
    // Controllers reflect attributes for many kinds of element (not every one applies to each): only the
    // element's own files and its base classes are read for attributes.
    attributes: names([...own, ...shared.filter(f => f.includes('/base/'))], /(?:set|toggle)Attribute\(\s*(\w+\.\w+|'[\w-]+')/g),
  };
}

const declarationOf = element =>
  manifest.modules.find(m => m.path === element.classModule).declarations.find(d => d.name === element.className);

const elements = elementsOf(manifest);

/** Private and protected members of the class and its superclasses, as their emitted .d.ts declare them. */
function nonPublic(declaration, classModule) {
  const modules = [classModule];
  for (let parent = declaration.superclass; parent?.module; parent = superclassOf(parent)) modules.push(parent.module);
  return modules.flatMap(module => {
    const types = readFileSync(module.replace(/\.js$/, '.d.ts'), 'utf8');
    return [...types.matchAll(/^\s+(?:private|protected) (?:static )?(?:readonly )?(?:get |set )?(\w+)/gm)].map(m => m[1]);
  });
}
/** Lifecycle callbacks, which the manifest leaves out as they are no API. */
const LIFECYCLE = new Set(['constructor', 'connectedCallback', 'disconnectedCallback', 'attributeChangedCallback', 'adoptedCallback',
  'createRenderRoot', 'shouldUpdate', 'willUpdate', 'update', 'render', 'firstUpdated', 'updated', 'scheduleUpdate', 'performUpdate', 'getUpdateComplete']);

test('the manifest lists every element the package defines', async () => {
  await import('local-media-elements');
  const { TagName } = await import('local-media-elements/core');
  const defined = Object.values(TagName).filter(tag => customElements.get(tag));
  assert.deepEqual(elements.map(e => e.tagName).sort(), defined.sort());
});

for (const element of elements) {
  test(`the manifest lists every part, slot, custom property, event and attribute of <${element.tagName}>`, () => {
    const declaration = declarationOf(element);
    const missing = [];
    for (const [kind, names] of Object.entries(used(declaration, element.classModule))) {
      const listed = new Set((declaration[kind] ?? []).map(item => item.name));
      for (const name of names) if (!listed.has(name)) missing.push(`${kind}: ${name}`);
    }
    assert.deepEqual(missing, [], `undocumented in ${source(element.classModule)} (JSDoc @csspart, @slot, @cssprop, @fires, @attr)`);
  });

  test(`the manifest lists every public property and method of <${element.tagName}>`, async () => {
    await import('local-media-elements');
    const listed = new Set([...(declarationOf(element).members ?? []).map(member => member.name), ...nonPublic(declarationOf(element), element.classModule)]);
    const { LitElement } = await import('lit');
    const missing = [];
    for (let proto = customElements.get(element.tagName).prototype; proto !== LitElement.prototype; proto = Object.getPrototypeOf(proto)) {
      for (const name of Object.getOwnPropertyNames(proto)) if (!LIFECYCLE.has(name) && !listed.has(name)) missing.push(name);
    }
    for (const name of customElements.get(element.tagName).elementProperties.keys()) if (!listed.has(name)) missing.push(name);
    assert.deepEqual(missing, []);
  });
}

test('<screen-preview> lists nothing of a device: no device-id, reconnect, retry, audio processing or health', () => {
  const screen = declarationOf(elements.find(element => element.tagName === 'screen-preview'));
  const deviceOnly = ['device-id', 'deviceId', 'reconnect', 'retry', 'echo-cancellation', 'echoCancellation', 'noise-suppression',
    'noiseSuppression', 'auto-gain-control', 'autoGainControl', 'voice-isolation', 'voiceIsolation', 'processing', 'silent', 'dark', 'frozen', 'healthchange'];
  const listed = [...(screen.attributes ?? []), ...(screen.members ?? []), ...(screen.events ?? [])].map(item => item.name ?? item.fieldName);
  assert.deepEqual(listed.filter(name => deviceOnly.includes(name)), []);
});
