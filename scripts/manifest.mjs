// The kit's names and its Custom Elements Manifest, read the same way by the analyzer plugins, the generators and
// the tests.
import { readFileSync } from 'node:fs';

const CONSTANTS = 'components/core/constants.ts';
export const MANIFEST = 'custom-elements.json';

export const readManifest = () => JSON.parse(readFileSync(MANIFEST, 'utf8'));

/** `{ TagName: { CameraPreview: 'camera-preview', ... }, Attr: {...}, ... }` from the constants module. */
export function readConstants(ts) {
  const source = ts.createSourceFile(CONSTANTS, readFileSync(CONSTANTS, 'utf8'), ts.ScriptTarget.Latest, true);
  const constants = {};
  const visit = node => {
    if (ts.isVariableDeclaration(node) && node.initializer) {
      let value = node.initializer;
      while (ts.isAsExpression(value) || ts.isSatisfiesExpression?.(value)) value = value.expression;
      if (ts.isObjectLiteralExpression(value)) {
        const entries = value.properties
          .filter(p => ts.isPropertyAssignment(p) && ts.isStringLiteral(p.initializer))
          .map(p => [p.name.getText(source), p.initializer.text]);
        constants[node.name.getText(source)] = Object.fromEntries(entries);
      }
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return constants;
}

/** `camera-preview` -> `CameraPreview`. */
export const pascal = name => name.replace(/(^|-)([a-z])/g, (_, __, c) => c.toUpperCase());

/** Every element the manifest defines, with the parts of its API the entries need. */
export function elementsOf(manifest) {
  const declarations = new Map();
  for (const module of manifest.modules) {
    for (const declaration of module.declarations ?? []) declarations.set(`${module.path}#${declaration.name}`, declaration);
  }
  const elements = [];
  for (const module of manifest.modules) {
    for (const definition of module.exports ?? []) {
      if (definition.kind !== 'custom-element-definition' || !definition.name) continue;
      const { name: className, module: classModule } = definition.declaration;
      const declaration = declarations.get(`${classModule}#${className}`);
      if (!declaration) throw new Error(`${definition.name}: class ${className} not found in ${classModule}`);
      const settable = (declaration.members ?? []).filter(
        m => m.kind === 'field' && !m.static && !m.readonly && (m.privacy ?? 'public') === 'public',
      );
      const props = settable.map(m => m.name);
      elements.push({
        tagName: definition.name,
        component: pascal(definition.name),
        className,
        classModule,
        defineModule: module.path,
        props,
        attributes: (declaration.attributes ?? []).filter(a => props.includes(a.fieldName) && a.name !== a.fieldName).map(a => a.name),
        events: (declaration.events ?? []).map(e => e.name).filter(Boolean),
      });
    }
  }
  return elements.sort((a, b) => a.tagName.localeCompare(b.tagName));
}
