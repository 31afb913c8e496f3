import js from '@eslint/js';
import noUnsanitized from 'eslint-plugin-no-unsanitized';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  {
    ignores: [
      '.tmp/**',
      '.output/**',
      '.wxt/**',
      'node_modules/**',
      'tests/fixtures/**',
      'test-results/**',
      'docs/**',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.{ts,tsx,js,mjs}'],
    languageOptions: { globals: { ...globals.browser, ...globals.node, ...globals.webextensions } },
    plugins: { 'no-unsanitized': noUnsanitized },
    rules: {
      // Page text never becomes HTML: no innerHTML/outerHTML/insertAdjacentHTML/document.write.
      'no-unsanitized/method': 'error',
      'no-unsanitized/property': 'error',
      'no-restricted-syntax': [
        'error',
        {
          selector: "JSXAttribute[name.name='dangerouslySetInnerHTML']",
          message: 'No HTML from data: render text.',
        },
      ],
      'no-restricted-globals': ['error', { name: 'eval', message: 'No eval.' }],
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  // Boundaries, enforced (as Dark Reader's zones): each folder may import only what its layer may.
  {
    // The content script runs on every kaspi.kz page: tiny, no UI framework, no schema library, no database.
    files: [
      'entrypoints/kaspi.content/**',
      'entrypoints/kaspi-classifier.ts',
      'entrypoints/kaspi-capture.ts',
      'entrypoints/page-capture.content.ts',
    ],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: ['zod', 'react', 'react-dom', 'dexie', 'dexie-react-hooks', 'i18next', 'react-i18next'].map(
            (name) => ({ name, message: 'The content script stays tiny: no zod, React, Dexie or i18next.' }),
          ),
          patterns: [
            {
              group: ['@/components/*', '**/components/*'],
              message: 'No UI components in the content script.',
            },
          ],
        },
      ],
    },
  },
  {
    // utils/ decides, components render: the domain never imports the UI or an entrypoint.
    files: ['utils/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: ['react', 'react-dom', 'react-i18next', 'dexie-react-hooks'].map((name) => ({
            name,
            message: 'utils/ is UI-free: components render, utils decide.',
          })),
          patterns: [
            {
              group: ['@/components/*', '@/entrypoints/*', '**/components/*', '**/entrypoints/*'],
              message: 'utils/ imports no components/ or entrypoints/.',
            },
          ],
        },
      ],
    },
  },
  {
    // Page understanding is read by the content script: pure and zod-free (facts-schema.ts is the one schema file).
    files: ['utils/kaspi/**'],
    ignores: ['utils/kaspi/facts-schema.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [{ name: 'zod', message: 'utils/kaspi is zod-free (the content script bundles it).' }],
          patterns: [
            { group: ['@/components/*', '@/entrypoints/*', '**/components/*', '**/entrypoints/*'] },
            { group: ['../db', '../cases/*', '../archive/*'], message: 'utils/kaspi is pure page reading.' },
          ],
        },
      ],
    },
  },
  {
    // Settings are read by every context: no popup code in them.
    files: ['utils/settings/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['**/popup/**', '**/popup-shell/**'], message: 'Settings import no popup code.' },
          ],
        },
      ],
    },
  },
  {
    // React code only: Playwright fixtures call a `use` that is not React's.
    files: ['components/**/*.{ts,tsx}', 'entrypoints/**/*.tsx', 'entrypoints/**/use-*.ts'],
    plugins: { 'react-hooks': reactHooks },
    rules: reactHooks.configs.recommended.rules,
  },
);
