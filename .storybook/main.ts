import type { StorybookConfig } from '@storybook/web-components-vite';
import { mergeConfig } from 'vite';

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
  // The dev server pre-bundles `lit` for the stories, but Storybook's web-components renderer also
  // imports `lit/directive-helpers.js`, which was served from node_modules with its own copy of
  // lit-html ("Multiple versions of Lit loaded"). Pre-bundling it with `lit` makes them share one.
  viteFinal: (viteConfig) => mergeConfig(viteConfig, { optimizeDeps: { include: ['lit/directive-helpers.js'] } }),
};

export default config;
