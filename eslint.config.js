// Lint enforces the boundaries of the house (docs/ARCHITECTURE.md):
// shared/ is pure (no React, Dexie, Electron, DOM); renderer/ and electron/ never import each other.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';

const WRITE_DOOR =
  'Only renderer/state/perform.ts calls applyChange: write through perform(), which keeps undo and failed writes.';

const uiAndRuntimeLibs = [
  'react',
  'react-dom',
  'react-dom/*',
  'react/*',
  'dexie',
  'dexie-react-hooks',
  'zustand',
  'zustand/*',
  'electron',
  '@dnd-kit/*',
];

export default tseslint.config(
  {
    ignores: [
      'dist/**',
      'out/**',
      'release/**',
      'node_modules/**',
      'test-results/**',
      'playwright-report/**',
      '.cache/**',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { ecmaVersion: 2023, sourceType: 'module' },
    rules: {
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_' },
      ],
      'no-restricted-syntax': [
        'error',
        { selector: 'ExportDefaultDeclaration', message: 'Use named exports.' },
      ],
    },
  },
  {
    files: ['shared/**/*.ts'],
    languageOptions: { globals: { ...globals.es2023 } },
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: uiAndRuntimeLibs,
              message: 'shared/ must stay pure: no React, Dexie, zustand, Electron or DnD.',
            },
            {
              group: ['**/renderer/**', '**/electron/**'],
              message: 'shared/ must not import renderer/ or electron/.',
            },
            {
              group: ['node:*', 'fs', 'path', 'os'],
              message: 'shared/ runs in the browser too: no Node built-ins.',
            },
          ],
        },
      ],
      'no-restricted-globals': [
        'error',
        'window',
        'document',
        'navigator',
        'localStorage',
        'indexedDB',
        'fetch',
        'XMLHttpRequest',
      ],
    },
  },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['**/electron/**', 'electron'],
              message: 'renderer/ talks to the shell only through the Platform API.',
            },
          ],
        },
      ],
    },
  },
  {
    // The write path has one door: only renderer/db/ touches Dexie, and only perform() writes.
    files: ['renderer/**/*.{ts,tsx}'],
    ignores: ['renderer/db/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['**/electron/**', 'electron'],
              message: 'renderer/ talks to the shell only through the Platform API.',
            },
            {
              group: ['dexie', 'dexie-react-hooks'],
              message: 'Only renderer/db/ uses Dexie: read through its hooks and repository.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    ignores: [
      'renderer/state/perform.ts',
      'renderer/app/edits.ts',
      'renderer/features/roadmap/usePendingDoc.ts',
    ],
    rules: {
      'no-restricted-syntax': [
        'error',
        { selector: 'ExportDefaultDeclaration', message: 'Use named exports.' },
        { selector: "CallExpression[callee.property.name='applyChange']", message: WRITE_DOOR },
        {
          selector: "CallExpression[callee.name='perform']",
          message:
            'Edits are named in renderer/app/edits.ts and run with runEdit (the roadmap: its write): call perform() only there.',
        },
      ],
    },
  },
  {
    files: ['renderer/app/edits.ts', 'renderer/features/roadmap/usePendingDoc.ts'],
    rules: {
      'no-restricted-syntax': [
        'error',
        { selector: 'ExportDefaultDeclaration', message: 'Use named exports.' },
        { selector: "CallExpression[callee.property.name='applyChange']", message: WRITE_DOOR },
      ],
    },
  },
  {
    files: ['electron/**/*.ts'],
    languageOptions: { globals: { ...globals.node } },
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['**/renderer/**'],
              message: 'electron/ must not import renderer/: share through shared/.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['test/**/*.{ts,tsx}', 'scripts/**/*.{ts,mjs}', 'bench/**/*.ts', '*.{ts,js,mjs}'],
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
  },
  {
    files: ['*.config.{ts,js}', 'playwright.config.ts'],
    rules: { 'no-restricted-syntax': 'off' },
  },
);
