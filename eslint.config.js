import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';
import { readdirSync } from 'node:fs';
import { builtinModules } from 'node:module';

const nodeBuiltins = builtinModules.flatMap((m) => [m, `node:${m}`]);
/** The renderer's feature folders, each kept apart from the others by the rule below. */
const FEATURES = readdirSync('src/renderer/features', { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name);
const networkModules = ['http', 'https', 'http2', 'net', 'tls', 'dgram', 'dns'].flatMap((m) => [
  m,
  `node:${m}`,
]);

/** Issue 17: a screen's styles are a CSS Module on the kit's tokens; global class names belong to the kit (src/renderer/ui). */
const FEATURE_STYLES_ARE_MODULES = { regex: '(?<!\\.module)\\.css$', message: "A screen's styles are a CSS Module (x.module.css) using the kit's tokens; global classes belong to src/renderer/ui." };

/** The renderer never reaches main-process code, its tests included. */
const NO_MAIN_PROCESS_CODE = { group: ['**/electron/**'], message: 'The renderer may not import main-process code.' };

/**
 * The renderer's import limits (no Electron, no crypto, no Node), with a block's own patterns added. A later
 * block's rule replaces an earlier one's rather than adding to it, so every block that adds a pattern restates them.
 */
const rendererImports = (...patterns) => ['error', { paths: ['electron', 'libsodium-wrappers-sumo', ...nodeBuiltins], patterns: [NO_MAIN_PROCESS_CODE, ...patterns] }];

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
      'no-restricted-imports': rendererImports(),
      'no-restricted-globals': ['error', 'process', 'Buffer', 'require', 'fetch', 'XMLHttpRequest', 'WebSocket'],
    },
  },
  {
    // Screens are built from the kit (issue 17): no raw <input>, <button>, <select>, <dialog>, <table> or <p role="alert"> outside src/renderer/ui.
    files: ['src/renderer/**/*.tsx'],
    ignores: ['src/renderer/ui/**', 'src/renderer/**/*.test.tsx'],
    rules: {
      'no-restricted-syntax': [
        'error',
        { selector: "JSXOpeningElement[name.name='input']", message: 'Use TextField, NumberField, ChipGroup, ChoiceGroup or another src/renderer/ui component, not a raw <input>.' },
        { selector: "JSXOpeningElement[name.name='button']", message: 'Use Button from src/renderer/ui, not a raw <button>.' },
        { selector: "JSXOpeningElement[name.name='select']", message: 'Use Select (or ChoiceGroup for a few choices) from src/renderer/ui, not a raw <select>.' },
        { selector: "JSXOpeningElement[name.name='dialog']", message: 'Use Dialog from src/renderer/ui, not a raw <dialog>.' },
        { selector: "JSXOpeningElement[name.name='table']", message: 'Use Table from src/renderer/ui' },
        {
          selector: "JSXOpeningElement[name.name='p']:has(JSXAttribute[name.name='role'][value.value='alert'])",
          message: 'Use FormMessage (or a field\'s errorMessage) from src/renderer/ui, not <p role="alert">.',
        },
      ],
    },
  },
  {
    // The shell's own stylesheets are CSS Modules too (issue 17); the kit's global sheets live in ui/.
    files: ['src/renderer/app/**/*.{ts,tsx}'],
    ignores: ['src/renderer/**/*.test.{ts,tsx}'],
    rules: {
      'no-restricted-imports': rendererImports(FEATURE_STYLES_ARE_MODULES),
    },
  },
  ...FEATURES.map((feature) => ({
    // A feature never imports another feature: shared pieces live in ui/, db/ or shared/, and app/ composes features (Today's cards through app/today-slots.tsx).
    files: [`src/renderer/features/${feature}/**/*.{ts,tsx}`],
    rules: {
      'no-restricted-imports': rendererImports(
        { regex: `^(\\.\\./)+(features/)?(?!${feature}/)(${FEATURES.join('|')})/`, message: `A feature never imports another feature (${feature}); move the shared piece to ui/, db/ or shared/, or let app/ pass it in.` },
        FEATURE_STYLES_ARE_MODULES,
      ),
    },
  })),
  {
    // Renderer tests run in Node, but still may not reach into main-process code.
    files: ['src/renderer/**/*.test.{ts,tsx}'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [NO_MAIN_PROCESS_CODE] }],
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
