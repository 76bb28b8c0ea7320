// ESLint: the dependency rules of the architecture (DESIGN.md), checked on every file in
// `npm test`. No import cycles; the pure core loads no host, UI or Electron code; the UI
// loads no Node, Electron, database or validation code and only types (plus a few pure
// helpers) from the core; the hosts stay out of each other. electron/architecture.test.ts
// checks the same arrows with type imports included.

import importX from 'eslint-plugin-import-x';
import { createTypeScriptImportResolver } from 'eslint-import-resolver-typescript';
import tseslint from 'typescript-eslint';

const restrict = (files, patterns, paths = []) => ({
  files,
  rules: { '@typescript-eslint/no-restricted-imports': ['error', { paths, patterns }] },
});

const HOSTS = ['**/app/**', '**/web/**', '**/cli/**', '**/hosting/**', '**/renderer/**'];

export default tseslint.config(
  { ignores: ['dist/**', 'release/**', 'node_modules/**', 'test-results/**', '.native/**', '**/*.d.ts'] },
  {
    files: ['**/*.{ts,tsx,mts}'],
    languageOptions: { parser: tseslint.parser, parserOptions: { ecmaVersion: 'latest', sourceType: 'module' } },
    plugins: { 'import-x': importX, '@typescript-eslint': tseslint.plugin },
    settings: { 'import-x/resolver-next': [createTypeScriptImportResolver({ project: ['tsconfig.node.json', 'tsconfig.web.json', 'tsconfig.e2e.json'], noWarnOnMultipleProjects: true })] },
    rules: {
      'import-x/no-cycle': ['error', { ignoreExternal: true }],
      'import-x/no-self-import': 'error',
    },
  },
  // The pure core: no Electron, no UI, no host; it runs under plain Node.
  restrict(['electron/core/**/*.ts'], [
    { regex: '^(electron|react|react-dom|@tiptap/.*)$', message: 'The core is pure: no Electron or UI code.' },
    { group: HOSTS.map((h) => `../${h}`).concat(HOSTS.map((h) => `../../${h}`), HOSTS.map((h) => `../../../${h}`)), message: 'The core never loads a host or the UI; hosts load the core.' },
  ]),
  // Test support may build a service over the file settings the hosts use.
  { files: ['electron/core/test-support/**', 'electron/core/**/*.test.ts'], rules: { '@typescript-eslint/no-restricted-imports': 'off' } },
  // The UI: no Node, Electron, database or validators; from the core, types only (and the pure helpers listed).
  restrict(
    ['renderer/src/**/*.{ts,tsx}'],
    [
      { regex: '^(node:.*|better-sqlite3|electron|zod|fflate)$', message: 'The UI runs in the page: no Node, Electron, database or validation code.' },
      {
        regex: String.raw`^(\.\./)+electron/(?!core/(api/methods|api/commands|domain/kinds|text/codepoints|exchange/describe)$)`,
        allowTypeImports: true,
        message: 'The UI reaches the core through the API; at run time it may load only the pure helpers listed in eslint.config.mjs.',
      },
    ],
  ),
  { files: ['renderer/src/**/*.test.{ts,tsx}'], rules: { '@typescript-eslint/no-restricted-imports': 'off' } },
  // Each host stands on the core alone.
  restrict(['electron/web/**/*.ts'], [{ regex: '^(electron|\\.\\./(app|cli)/.*)$', message: 'The browser host does not load the Electron or CLI hosts.' }]),
  restrict(['electron/cli/**/*.ts'], [{ regex: '^(electron|\\.\\./(app|web|hosting)/.*)$', message: 'The CLI does not load the other hosts.' }]),
);
