// ESLint flat config: typescript-eslint (with type information), Lit's template rules, custom-element
// rules and accessibility rules for Lit templates, plus the house rules from STYLE.md.
import js from '@eslint/js';
import { defineConfig, globalIgnores } from 'eslint/config';
import litPlugin from 'eslint-plugin-lit';
import litA11y from 'eslint-plugin-lit-a11y';
import wcPlugin from 'eslint-plugin-wc';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default defineConfig(
  globalIgnores([
    'dist/',
    'storybook-static/',
    '.tmp/',
    // Generated: lit-localize writes src/locales/*.ts from xliff/, msw writes its worker.
    'src/locales/*.ts',
    'public/mockServiceWorker.js',
    'custom-elements.json',
  ]),

  js.configs.recommended,
  tseslint.configs.recommended,
  // Type-aware rules (floating promises, unsafe `any`, needless assertions) on the shipping code only:
  // that is where they find real bugs, and one TypeScript program for src/ keeps the run short. In
  // tests they would flag every chai assertion, whose type is thenable.
  {
    files: ['src/**/*.ts'],
    extends: [tseslint.configs.recommendedTypeChecked],
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
  },

  // Code that runs in the browser: the component, its tests, stories and demo.
  {
    files: ['src/**/*.ts', 'test/**/*.ts', 'stories/**/*.ts', 'demo/**/*.{ts,js}', '.storybook/*.ts'],
    languageOptions: { globals: globals.browser },
  },
  {
    files: ['src/**/*.ts', 'test/**/*.ts', 'stories/**/*.ts', 'demo/**/*.ts', '.storybook/*.ts'],
    extends: [litPlugin.configs['flat/recommended'], wcPlugin.configs['flat/recommended'], litA11y.configs.recommended],
  },

  // Node scripts and tool configs: plain JavaScript outside any tsconfig, so no type information.
  {
    files: ['**/*.{js,mjs}', '*.ts'],
    ignores: ['demo/**'],
    languageOptions: { globals: globals.node },
  },
  // Functions that test-stories.mjs sends into the page run there, not in Node.
  {
    // Scripts that drive a browser: parts of them run in the page.
    files: ['.storybook/test-stories.mjs', 'bench/**/*.{js,mjs}'],
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
  },

  // House rules (STYLE.md): no nested ternaries, no `a || b()` or `a && b()` used as a statement.
  {
    rules: {
      'no-nested-ternary': 'error',
      'no-unused-expressions': 'off',
      '@typescript-eslint/no-unused-expressions': 'error',
      // `{ dropped: _, ...rest }` and `_`-named parameters say "deliberately unused", as tsc allows.
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', ignoreRestSiblings: true },
      ],
    },
  },
  // Chai's property assertions (`expect(x).to.be.true`) are expression statements by design.
  {
    files: ['test/**/*.ts'],
    rules: { '@typescript-eslint/no-unused-expressions': 'off' },
  },
);
