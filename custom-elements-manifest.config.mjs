// `npm run generate` writes custom-elements.json from the components' code and JSDoc (@attr, @fires, @slot,
// @csspart, @cssprop); scripts/generate-frameworks.mjs then derives the React and Vue entries from it.
import { kitConventionsPlugin } from './scripts/manifest-plugins.mjs';

export default {
  globs: ['components/**/*.ts'],
  exclude: ['components/react/**', 'components/vue/**'],
  outdir: '.',
  litelement: true,
  packagejson: false,
  plugins: [kitConventionsPlugin()],
};
