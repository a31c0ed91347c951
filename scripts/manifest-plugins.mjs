// Plugins that teach the Custom Elements Manifest analyzer the kit's conventions, so that every element is
// described from its code and JSDoc without repeating a name:
// - names come from components/core/constants.ts: `TagName.X` in define calls, `attribute: Attr.X` in Lit's
//   `static properties`, `EventName.X` in dispatched events;
// - `@cssprop --a, --b, --c` documents one custom property per name;
// - only the public API is listed: private and protected members, and Lit's static configuration, are left out;
// - module paths point at the published files (dist/**/*.js), not at the TypeScript sources.
import { readConstants } from './manifest.mjs';

const toDistPath = path => path.replace(/^\/?components\/(.*)\.[jt]s$/, 'dist/$1.js');
/** Lit's static configuration, not part of an element's API. */
const LIT_STATICS = new Set(['styles', 'shadowRootOptions', 'properties', 'elementProperties']);

export function kitConventionsPlugin() {
  let ts;
  let constants = {};
  /** Per module being analyzed: element class name -> tag name, from its define calls. */
  let tagNames = new Map();

  /** The string an expression stands for: a literal, or `Const.Key` from the constants module. */
  const nameOf = expression => {
    if (!expression) return undefined;
    if (ts.isStringLiteralLike(expression)) return expression.text;
    if (ts.isPropertyAccessExpression(expression) && ts.isIdentifier(expression.expression)) {
      return constants[expression.expression.text]?.[expression.name.text];
    }
    return undefined;
  };

  const isDefineCall = node =>
    ts.isCallExpression(node) && /(^|\.)customElements\.define$/.test(node.expression.getText());

  /**
   * From Lit's `static properties = { field: { attribute: Attr.X } }`: field name -> attribute name, or null for a
   * field without one (`state: true`, which the analyzer would list as an attribute).
   */
  function attributeNames(classNode) {
    const names = new Map();
    const declarations = classNode.members.find(member => ts.isPropertyDeclaration(member) && member.name.getText() === 'properties');
    if (!declarations?.initializer || !ts.isObjectLiteralExpression(declarations.initializer)) return names;
    for (const field of declarations.initializer.properties) {
      if (!ts.isPropertyAssignment(field) || !ts.isObjectLiteralExpression(field.initializer)) continue;
      const option = key => field.initializer.properties.find(p => ts.isPropertyAssignment(p) && p.name.getText() === key)?.initializer;
      if (option('state')?.kind === ts.SyntaxKind.TrueKeyword) names.set(field.name.getText(), null);
      else if (nameOf(option('attribute'))) names.set(field.name.getText(), nameOf(option('attribute')));
    }
    return names;
  }

  /** Names of the events a class dispatches itself: `this.dispatchEvent(new CustomEvent(EventName.X, ...))`. */
  function dispatchedEvents(classNode) {
    const events = new Map();
    const visit = node => {
      if (ts.isCallExpression(node) && node.expression.getText() === 'this.dispatchEvent') {
        const created = node.arguments[0];
        const name = created && ts.isNewExpression(created) ? nameOf(created.arguments?.[0]) : undefined;
        if (name) events.set(name, created.expression.getText());
      }
      ts.forEachChild(node, visit);
    };
    visit(classNode);
    return events;
  }

  function fixAttributes(declaration, names) {
    for (const [fieldName, name] of names) {
      if (name === null) {
        declaration.attributes = declaration.attributes?.filter(attribute => attribute.fieldName !== fieldName);
        continue;
      }
      const field = declaration.members?.find(member => member.name === fieldName);
      if (field) field.attribute = name;
      const fromField = declaration.attributes?.find(attribute => attribute.fieldName === fieldName);
      if (!fromField) continue;
      const documented = declaration.attributes.find(attribute => attribute.name === name && attribute !== fromField);
      Object.assign(fromField, { name, description: fromField.description || documented?.description });
      if (documented) declaration.attributes.splice(declaration.attributes.indexOf(documented), 1);
    }
  }

  function fixEvents(declaration, dispatched) {
    const events = (declaration.events ?? []).filter(event => event.name);
    for (const [name, type] of dispatched) {
      const event = events.find(e => e.name === name);
      if (event) event.type ??= { text: type };
      else events.push({ name, type: { text: type } });
    }
    declaration.events = events;
  }

  /** `--a,` with the description `--b, --c` is three custom properties. */
  function splitCssPropertyLists(declaration) {
    declaration.cssProperties = declaration.cssProperties?.flatMap(property => {
      if (!property.name.endsWith(',')) return [property];
      const rest = (property.description ?? '').split(/,\s*/).filter(Boolean);
      if (!rest.every(name => /^--[\w-]+$/.test(name))) return [property];
      return [property.name.slice(0, -1), ...rest].map(name => ({ name }));
    });
  }

  return {
    name: 'local-media-elements conventions',
    initialize({ ts: typescript }) {
      ts = typescript;
      constants = readConstants(ts);
    },
    analyzePhase({ node, moduleDoc }) {
      if (ts.isSourceFile(node)) tagNames = new Map();
      if (isDefineCall(node)) {
        const [tag, element] = node.arguments;
        if (element && nameOf(tag)) tagNames.set(element.getText(), nameOf(tag));
      }
      if (ts.isClassDeclaration(node) && node.name) {
        const declaration = moduleDoc.declarations.find(d => d.name === node.name.text);
        if (!declaration) return;
        fixAttributes(declaration, attributeNames(node));
        fixEvents(declaration, dispatchedEvents(node));
      }
    },
    moduleLinkPhase({ moduleDoc }) {
      for (const definition of moduleDoc.exports ?? []) {
        if (definition.kind === 'custom-element-definition' && !definition.name) {
          definition.name = tagNames.get(definition.declaration?.name);
        }
      }
      for (const declaration of moduleDoc.declarations ?? []) {
        splitCssPropertyLists(declaration);
        declaration.members = declaration.members?.filter(
          member => (member.privacy ?? 'public') === 'public' && !(member.static && LIT_STATICS.has(member.name)),
        );
        for (const member of declaration.members ?? []) delete member.privacy; // public, as every member left
      }
    },
    packageLinkPhase({ customElementsManifest }) {
      const visit = value => {
        if (Array.isArray(value)) return value.forEach(visit);
        if (!value || typeof value !== 'object') return;
        for (const key of ['path', 'module']) if (typeof value[key] === 'string') value[key] = toDistPath(value[key]);
        Object.values(value).forEach(visit);
      };
      visit(customElementsManifest.modules);
    },
  };
}
