// `vite build --config examples/react/vite.config.mjs`: Vite compiles the TSX itself (no React plugin needed).
import { defineConfig } from 'vite';

export default defineConfig({
  root: import.meta.dirname,
  base: './',
  logLevel: 'warn',
});
