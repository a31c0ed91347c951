import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import { configs as litConfigs } from 'eslint-plugin-lit';
import { configs as wcConfigs } from 'eslint-plugin-wc';
import globals from 'globals';

export default tseslint.config(
  // test/consumer/ is compiled against the packed package (test/node/consumer-types.test.mjs), not this checkout.
  { ignores: ['node_modules/', 'dist/', 'storybook-static/', 'artifacts/', 'bench/.out/', '.consumer-types-*/', 'test/consumer/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  litConfigs['flat/recommended'],
  wcConfigs['flat/recommended'],
  {
    languageOptions: { globals: { ...globals.browser } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
      '@typescript-eslint/no-unused-expressions': ['error', { allowShortCircuit: true, allowTernary: true }],
      // Typed event listeners are declared by merging an interface into the element class, as lib.dom does.
      '@typescript-eslint/no-unsafe-declaration-merging': 'off',
    },
  },
  {
    files: ['scripts/**', '*.config.*', '.ci/**', 'bench/**/*.mjs'],
    languageOptions: { globals: { ...globals.node } },
  },
  {
    files: ['test/**'],
    languageOptions: { globals: { ...globals.mocha } },
    // chai's property assertions (`.to.be.empty`) read as unused expressions.
    rules: { '@typescript-eslint/no-unused-expressions': 'off' },
  },
);
