// @ts-check
import js from '@eslint/js';
import globals from 'globals';
import tseslint from 'typescript-eslint';
import { importX } from 'eslint-plugin-import-x';
import { createTypeScriptImportResolver } from 'eslint-import-resolver-typescript';
import reactHooks from 'eslint-plugin-react-hooks';

/**
 * Layers, inner to outer: core → lib → components → entrypoints. An inner layer never imports an outer one,
 * and core stays runnable in plain Node (no browser globals, no wxt, no idb), so the parser, entities, search
 * and matcher are tested without a browser and run unchanged at build time.
 */
const outsideCore = [
  '**/lib/**',
  '**/components/**',
  '**/entrypoints/**',
  '@/lib/*',
  '@/components/*',
  '@/entrypoints/*',
];
const browserGlobals = [
  'window',
  'document',
  'navigator',
  'browser',
  'chrome',
  'indexedDB',
  'localStorage',
  'location',
  'self',
];

/**
 * Zones: where code runs. lib/background/ runs in the background only, lib/content/ in content scripts only,
 * lib/pages/ in extension pages only; lib/shared/ is what more than one of them imports, and imports none of
 * them. A module in one zone never imports another zone's code: the bundler would carry it into a context
 * where its APIs do not exist (IndexedDB and jieba in a page, `document` in the service worker), or carry the
 * background's archive code into every web page. Type-only imports are erased from the bundle and allowed.
 */
/** A specifier naming lib/<zone>: by alias (`@/lib/background/…`) or relatively (`../background/…`). */
const zoneImport = (zone) => `^(?:(?:@|~|@@|~~)/lib/|(?:\\.\\./)+(?:lib/)?)${zone}(?:/|$)`;
const zoneRule = (forbidden, where) => ({
  '@typescript-eslint/no-restricted-imports': [
    'error',
    {
      patterns: forbidden.map((zone) => ({
        regex: zoneImport(zone),
        allowTypeImports: true,
        message: `${where} must not import lib/${zone}/: it runs in another context (see DESIGN.md, "Zones").`,
      })),
    },
  ],
});
const zoneConfigs = [
  {
    files: ['lib/background/**', 'entrypoints/background.ts'],
    rules: zoneRule(['content', 'pages'], 'Background code'),
  },
  {
    files: ['lib/content/**', 'entrypoints/content/**', 'entrypoints/article-reader.ts'],
    rules: zoneRule(['background', 'pages'], 'Content-script code'),
  },
  {
    files: ['lib/pages/**', 'entrypoints/popup/**', 'entrypoints/sidepanel/**', 'entrypoints/options/**'],
    rules: zoneRule(['background', 'content'], 'Extension-page code'),
  },
  // UI: components run in extension pages, except the hover card's, which content scripts mount.
  { files: ['components/**'], rules: zoneRule(['background', 'content'], 'A component') },
  {
    files: ['components/card/**'],
    rules: zoneRule(['background', 'pages'], 'The hover card (a content-script view)'),
  },
  { files: ['lib/shared/**'], rules: zoneRule(['background', 'content', 'pages'], 'Shared code') },
];

export default tseslint.config(
  { ignores: ['.output/**', '.wxt/**', 'node_modules/**', 'artifacts/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
    },
  },
  {
    // A cycle makes load order decide what a module sees (an import still undefined while its module runs), and
    // it hides which module a change really depends on. Type-only imports are erased and do not count.
    files: ['**/*.{ts,tsx}'],
    plugins: { 'import-x': importX },
    settings: {
      'import-x/extensions': importX.flatConfigs.typescript.settings['import-x/extensions'],
      'import-x/parsers': importX.flatConfigs.typescript.settings['import-x/parsers'],
      'import-x/resolver-next': [createTypeScriptImportResolver({ project: './tsconfig.json' })],
    },
    rules: { 'import-x/no-cycle': 'error' },
  },
  {
    // Preact's hooks follow React's rules (same call order, same dependency arrays), so React's checks apply.
    files: ['components/**/*.{ts,tsx}', 'entrypoints/**/*.{ts,tsx}', 'lib/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    rules: { 'react-hooks/rules-of-hooks': 'error', 'react-hooks/exhaustive-deps': 'error' },
  },
  {
    files: ['lib/**', 'components/**', 'entrypoints/**', 'tests/e2e/**'],
    languageOptions: { globals: { ...globals.browser, ...globals.webextensions } },
  },
  {
    files: ['core/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: outsideCore,
              message: 'core/ is pure: it must not import from lib/, components/ or entrypoints/.',
            },
            {
              group: ['wxt', 'wxt/*', '#imports', 'idb', 'idb/*'],
              message: 'core/ must not depend on the extension runtime or IndexedDB.',
            },
            {
              group: ['node:*', 'fs', 'path', 'os', 'child_process'],
              message: 'core/ runs in the browser too: no Node built-ins.',
            },
          ],
        },
      ],
      'no-restricted-globals': [
        'error',
        ...browserGlobals.map((name) => ({ name, message: 'core/ must not use browser globals.' })),
      ],
    },
  },
  {
    files: ['lib/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['**/components/**', '**/entrypoints/**', '@/components/*', '@/entrypoints/*'],
              message: 'lib/ must not import UI or entrypoints.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['components/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['**/entrypoints/**', '@/entrypoints/*'],
              message: 'components/ must not import entrypoints.',
            },
          ],
        },
      ],
    },
  },
  {
    // Text from the archive and from pages is only ever text: no markup is parsed. This is also why the store
    // linter's innerHTML warnings point at Preact's own renderer only (README, "Firefox add-on store").
    files: ['lib/**', 'components/**', 'entrypoints/**'],
    rules: {
      'no-restricted-syntax': [
        'error',
        {
          selector: "JSXAttribute[name.name='dangerouslySetInnerHTML']",
          message: 'Render text, not markup.',
        },
        {
          selector: 'AssignmentExpression > MemberExpression.left[property.name=/^(innerHTML|outerHTML)$/]',
          message: 'Render text, not markup.',
        },
        {
          selector: "CallExpression[callee.property.name='insertAdjacentHTML']",
          message: 'Render text, not markup.',
        },
        {
          selector: "CallExpression[callee.object.name='document'][callee.property.name=/^(write|writeln)$/]",
          message: 'Render text, not markup.',
        },
      ],
    },
  },
  ...zoneConfigs,
);
