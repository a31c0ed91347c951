// Removing an attribute (frameworks do it whenever a bound value becomes null or undefined) sets the property back
// to its default, silently: no warning, and no attribute written back. Every attribute of every element.
import { expect, fixture, html } from '@open-wc/testing';
import type { LitElement, PropertyDeclaration } from 'lit';
import '../../components/index.js';
import { TagName } from '../../components/core/index.js';
import { captureWarnings, nextTask } from '../support/media.js';
import { simulate } from '../support/simulator.js';

type Element = LitElement & Record<string, unknown>;

/** The attribute of each reactive property that has one. */
function attributesOf(tag: string): [property: string, attribute: string, declaration: PropertyDeclaration][] {
  const ctor = customElements.get(tag) as unknown as typeof LitElement;
  return [...ctor.elementProperties]
    .filter(([, options]) => options.attribute !== false && !options.state)
    .map(([name, options]) => [String(name), typeof options.attribute === 'string' ? options.attribute : String(name).toLowerCase(), options]);
}

/** A value of the attribute's type, valid or not: what matters is what removing it does. */
const sampleFor = (declaration: PropertyDeclaration) => (declaration.type === Boolean ? '' : declaration.type === Number ? '3' : 'audioinput');

/** Unset is unset, whether the default says null or undefined. */
const unset = (value: unknown) => value ?? null;

describe('removing an attribute', () => {
  for (const tag of Object.values(TagName)) {
    it(`<${tag}>: each attribute removed puts its property back to the default, silently`, async () => {
      simulate();
      const defaults = document.createElement(tag) as unknown as Element;
      const host = await fixture<HTMLDivElement>(html`<div></div>`);
      const el = document.createElement(tag) as unknown as Element;
      if ('manual' in el) el.manual = true;
      host.append(el);
      await el.updateComplete;
      const warnings = captureWarnings();
      const wrong: string[] = [];
      for (const [property, attribute, declaration] of attributesOf(tag)) {
        el.setAttribute(attribute, sampleFor(declaration));
        await el.updateComplete;
        warnings.length = 0;
        el.removeAttribute(attribute);
        await el.updateComplete;
        await nextTask();
        if (unset(el[property]) !== unset(defaults[property])) wrong.push(`${attribute}: ${String(el[property])} (default ${String(defaults[property])})`);
        if (el.hasAttribute(attribute)) wrong.push(`${attribute}="${el.getAttribute(attribute)}" written back`);
        if (warnings.length > 0) wrong.push(`${attribute}: ${warnings.join(' ')}`);
      }
      expect(wrong).to.deep.equal([]);
    });
  }
});
