import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';
import { builtinModules } from 'node:module';

const nodeBuiltins = builtinModules.flatMap((m) => [m, `node:${m}`]);
const networkModules = ['http', 'https', 'http2', 'net', 'tls', 'dgram', 'dns'].flatMap((m) => [
  m,
  `node:${m}`,
]);

export default tseslint.config(
  { ignores: ['out/', 'out-*/', '.tsbuild/', 'node_modules/', 'test-results/', 'test-results-*/', 'playwright-report/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
    },
  },
  {
    // Pure TypeScript shared by both processes: no platform of any kind.
    files: ['src/shared/**/*.ts'],
    ignores: ['src/shared/**/*.test.ts'],
    languageOptions: { globals: {} },
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: ['electron', 'react', 'dexie', 'libsodium-wrappers-sumo', ...nodeBuiltins],
          patterns: [
            { group: ['**/renderer/**', '**/electron/**'], message: 'src/shared must stay platform-free.' },
          ],
        },
      ],
      'no-restricted-globals': ['error', 'window', 'document', 'navigator', 'process', 'Buffer', 'require'],
    },
  },
  {
    // The renderer is untrusted: no Node, no Electron, no crypto, no main-process code.
    files: ['src/renderer/**/*.{ts,tsx}'],
    ignores: ['src/renderer/**/*.test.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      'no-restricted-imports': [
        'error',
        {
          paths: ['electron', 'libsodium-wrappers-sumo', ...nodeBuiltins],
          patterns: [{ group: ['**/electron/**'], message: 'The renderer may not import main-process code.' }],
        },
      ],
      'no-restricted-globals': ['error', 'process', 'Buffer', 'require', 'fetch', 'XMLHttpRequest', 'WebSocket'],
    },
  },
  {
    // Renderer tests run in Node, but still may not reach into main-process code.
    files: ['src/renderer/**/*.test.{ts,tsx}'],
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: [{ group: ['**/electron/**'], message: 'The renderer may not import main-process code.' }] },
      ],
    },
  },
  {
    // Main and preload never touch the network (promise 1) nor renderer code.
    files: ['electron/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [
            ...networkModules.map((name) => ({ name, message: 'Cairn never opens a network connection.' })),
          ],
          patterns: [{ group: ['**/renderer/**'], message: 'Main code may not import renderer code.' }],
        },
      ],
      'no-restricted-globals': [
        'error',
        { name: 'fetch', message: 'Cairn never opens a network connection.' },
        { name: 'WebSocket', message: 'Cairn never opens a network connection.' },
      ],
    },
  },
);
