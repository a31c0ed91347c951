// `vite build --config examples/vue/vite.config.mjs`. Vue must leave the kit's tags to the browser:
// `isCustomElement` from local-media-elements/vue knows them all.
import vue from '@vitejs/plugin-vue';
import { isCustomElement } from 'local-media-elements/vue';
import { defineConfig } from 'vite';

export default defineConfig({
  root: import.meta.dirname,
  base: './',
  logLevel: 'warn',
  plugins: [vue({ template: { compilerOptions: { isCustomElement } } })],
});
