// The architecture in lint: the model and time logic stay pure (no React, no Leaflet, no Node), only the
// map folder talks to Leaflet, and only the compile step touches the file system.
import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

const leaflet = { group: ['leaflet', 'leaflet/*', 'react-leaflet', 'react-leaflet/*'], message: 'Only src/map/ talks to Leaflet.' };
const react = { group: ['react', 'react-dom', 'react-dom/*'], message: 'The model and time logic never import React.' };
const node = { group: ['node:*'], message: 'Only the compile step (src/compile/) imports node:*.' };
const compile = { group: ['**/compile/*', '**/compile'], message: 'The app reads the published data; it never imports the compile step.' };

export default tseslint.config(
  { ignores: ['dist/', 'public/data/', 'node_modules/', 'test-results/', 'playwright-report/'] },
  js.configs.recommended,
  ...tseslint.configs.strict,
  {
    languageOptions: { globals: { ...globals.browser } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
    },
  },
  {
    files: ['src/model/**', 'src/time/**', 'src/state/**', 'src/share/**', 'src/export/**', 'src/random/**', 'src/i18n/**'],
    rules: { 'no-restricted-imports': ['error', { patterns: [leaflet, react, node, compile] }] },
  },
  {
    files: ['src/**/*.{ts,tsx}'],
    ignores: ['src/map/**', 'src/compile/**', 'src/bench/**', 'src/tools/**', 'src/snapshot/**', 'src/reliability/**', 'src/model/**', 'src/time/**', 'src/state/**', 'src/share/**', 'src/export/**', 'src/random/**', 'src/i18n/**'],
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      'no-restricted-imports': ['error', { patterns: [leaflet, node, compile] }],
    },
  },
  {
    files: ['src/map/**'],
    plugins: { 'react-hooks': reactHooks },
    rules: { ...reactHooks.configs.recommended.rules, 'no-restricted-imports': ['error', { patterns: [node, compile] }] },
  },
  {
    // The one-off seeding tool that first drew geo/places from the basemap (not run by the build): it indexes
    // [lon, lat] positions of vetted data, where `p[0]!` says what the types cannot.
    files: ['src/compile/seedPlaces.ts'],
    rules: { '@typescript-eslint/no-non-null-assertion': 'off' },
  },
  {
    files: ['src/compile/**', 'src/bench/**', 'src/tools/**', 'src/snapshot/**', 'src/reliability/**', 'e2e/**', '*.config.{js,ts}'],
    languageOptions: { globals: { ...globals.node } },
  },
);
