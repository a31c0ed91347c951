import type { StorybookConfig } from '@storybook/web-components-vite';
import { mergeConfig } from 'vite';

const config: StorybookConfig = {
  framework: '@storybook/web-components-vite',
  stories: ['../stories/**/*.stories.ts'],
  addons: ['@storybook/addon-docs', '@storybook/addon-a11y'],
  core: { disableTelemetry: true, disableWhatsNewNotifications: true },
  viteFinal: config =>
    mergeConfig(config, {
      // The renderer imports this entry unbundled, which loads a second lit-html in dev (storybookjs/storybook#31507).
      optimizeDeps: { include: ['lit/directive-helpers.js'] },
    }),
};

export default config;
