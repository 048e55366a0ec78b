import type { StorybookConfig } from '@storybook/web-components-vite';

/**
 * Storybook for <license-plan-wizard>. The builder merges the repo's vite.config.ts (without its
 * `build` section), so the stories compile with the same Oxc setup as the library:
 * experimentalDecorators + useDefineForClassFields: false from tsconfig.json.
 */
const config: StorybookConfig = {
  framework: { name: '@storybook/web-components-vite', options: {} },
  stories: ['../stories/**/*.stories.ts'],
  addons: ['@storybook/addon-a11y', '@storybook/addon-docs'],
  // public/ holds msw's mockServiceWorker.js, which must be served next to iframe.html.
  staticDirs: ['../public'],
  core: { disableTelemetry: true },
};

export default config;
