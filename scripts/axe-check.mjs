// Runs axe-core on a rendered story the way @storybook/addon-a11y does, so that its panel and the story check agree:
// it reads the story's `parameters.a11y` (`disable`, `test: 'off' | 'todo' | 'error'`, `context`, `config`,
// `options`) and turns off the rules the addon turns off. Only the story root is judged, not Storybook's own chrome.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/** What the addon disables for every story (its DISABLED_RULES): a story is a fragment, with no landmarks. */
const ADDON_DISABLED_RULES = ['region'];

/**
 * Resolves with the violations as one line each: `problems` when they fail the story (`test: 'error'`, the
 * default), `warnings` when the story marks them `test: 'todo'`.
 * @param {import('playwright-core').Page} page a story page whose render has finished
 * @param {string[]} [only] only these rules (a second look in another colour scheme needs only the colour's), unless
 *   the story names its own
 */
export async function checkA11y(page, only) {
  const a11y = await page.evaluate(() => window.__STORYBOOK_PREVIEW__.currentRender?.story?.parameters.a11y ?? {});
  if (a11y.disable || a11y.test === 'off') return { problems: [], warnings: [] };
  if (!(await page.evaluate(() => 'axe' in window))) await page.addScriptTag({ content: AXE_SOURCE });
  const violations = await page.evaluate(async ({ a11y, disabled, only }) => {
    const { config = {}, options = {} } = a11y;
    const context = { include: '#storybook-root', exclude: [] };
    if (a11y.context) {
      const { include, exclude } = a11y.context;
      if (include === undefined && exclude === undefined) context.include = a11y.context;
      if (include !== undefined) context.include = include;
      if (exclude !== undefined) context.exclude = exclude;
    }
    const rules = [...disabled.map(id => ({ id, enabled: false })), ...(config.rules ?? [])];
    window.axe.reset();
    window.axe.configure({ ...config, rules });
    // With runOnly, axe ignores configure()'s `enabled: false`: the addon passes those rules in the options too.
    const off = {};
    for (const { id, enabled } of rules) if (typeof enabled === 'boolean') enabled ? delete off[id] : (off[id] = { enabled: false });
    // Only violations are reported: axe skips collecting the passing nodes, unless the story asks for them.
    const runOnly = options.runOnly ?? (only && { type: 'rule', values: only });
    const runOptions = { resultTypes: ['violations'], ...options, ...(runOnly && { runOnly, rules: { ...off, ...options.rules } }) };
    const results = await window.axe.run(context, runOptions);
    return results.violations.map(({ id, impact, help, nodes }) => ({ id, impact, help, targets: nodes.map(node => node.target) }));
  }, { a11y, disabled: ADDON_DISABLED_RULES, only });
  // A target is a list of selectors, a list in turn for an element inside shadow roots: shown joined by " >>> ".
  const lines = violations.map(({ id, impact, help, targets }) =>
    `axe ${id} (${impact}): ${help} at ${targets.map(target => target.flat().join(' >>> ')).join(', ')}`);
  return a11y.test === 'todo' ? { problems: [], warnings: lines } : { problems: lines, warnings: [] };
}
