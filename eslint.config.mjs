import fs from 'node:fs';
import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import tseslint from 'typescript-eslint';

/**
 * Imports flow one way: app (pages, packages) → features → shared and domain. Features never
 * import each other, the app never imports the server, the server never imports the app
 * (only the pure domain), and answer types (contract.ts) reach the app as types only.
 */
const SERVER = { group: ['**/server/**', '**/cloudfunctions/**'], message: 'The mini-app never imports server code: call the cloud function.' };
const APP = { group: ['@/pages/*', '@/packages/*', '**/pages/**', '**/packages/**'], message: 'Pages compose features; nothing imports a page.' };
const FEATURES = { group: ['@/features/*', '**/features/**'], message: 'Shared and domain code never imports a feature.' };
const CONTRACT = { group: ['@/domain/*/contract', '**/domain/*/contract'], allowTypeImports: true, message: 'Answer types reach the app type-only: import type { … }.' };
const features = fs.readdirSync(new URL('./src/features', import.meta.url), { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => d.name);
const zone = (files, patterns) => ({ files, rules: { 'no-restricted-imports': ['error', { patterns }] } });

export default tseslint.config(
  { ignores: ['dist/**', 'node_modules/**', 'data/**', 'coverage/**', 'tests/artifacts/**', '.swc/**', '.prof/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/no-explicit-any': 'error',
      'no-console': 'off',
    },
  },
  zone(['src/domain/**/*.{ts,tsx}'], [
    SERVER,
    APP,
    FEATURES,
    { group: ['@tarojs/*', 'react', 'react-dom', 'zustand', '@/shared/*', '**/shared/**'], message: 'Domain rules are pure: no Taro, React, stores or platform code.' },
  ]),
  zone(['src/shared/**/*.{ts,tsx}'], [SERVER, APP, FEATURES, CONTRACT]),
  ...features.map((feature) =>
    zone([`src/features/${feature}/**/*.{ts,tsx}`], [
      SERVER,
      APP,
      CONTRACT,
      {
        group: features.filter((f) => f !== feature).flatMap((f) => [`@/features/${f}`, `@/features/${f}/**`, `**/features/${f}/**`]),
        message: 'Features never import each other: move what both need to src/shared or src/domain.',
      },
    ]),
  ),
  zone(['src/pages/**/*.{ts,tsx}', 'src/packages/**/*.{ts,tsx}', 'src/app.ts', 'src/app.config.ts'], [SERVER, CONTRACT]),
  zone(['server/**/*.ts', 'cloudfunctions/**/*.ts', 'scripts/**/*.{ts,mjs}'], [
    { group: ['**/src/features/**', '**/src/shared/**', '**/src/pages/**', '**/src/packages/**', '@/*'], message: 'The server shares only the pure domain (src/domain) with the app.' },
  ]),
  {
    // Test harnesses read loosely-typed JSON answers.
    files: ['tests/**/*.ts', '**/*.test.{ts,tsx}'],
    rules: { '@typescript-eslint/no-explicit-any': 'off', '@typescript-eslint/no-require-imports': 'off' },
  },
  {
    files: ['**/*.{js,mjs,cjs}'],
    languageOptions: { globals: { require: 'readonly', module: 'writable', process: 'readonly', __dirname: 'readonly', console: 'readonly', URL: 'readonly', Buffer: 'readonly', setTimeout: 'readonly' } },
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
);
