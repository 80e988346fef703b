import path from 'node:path';
import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

/** Folders of the app, as import paths may name them. */
const layer = (name, message) => ({ regex: `^(\\.\\./)+${name}(/|$)`, message });
const APP_LAYERS = {
  shared: [
    layer('server', 'shared/ runs in the browser too: it may not import server code.'),
    layer('client', 'shared/ may not import client code.'),
    { group: ['@carrier-planner/store', '@carrier-planner/store/*'], message: 'shared/ may not import the store.' },
  ],
  client: [
    layer('server', 'The client may not import server code: share it through shared/.'),
    { group: ['@carrier-planner/store', '@carrier-planner/store/*'], message: 'The client may not import the store.' },
    layer('packages', 'The client may not import workspace packages by path.'),
  ],
  store: [
    layer('server', 'The store is its own package: it may not import the app.'),
    layer('shared', 'The store is its own package: it may not import the app.'),
    layer('client', 'The store is its own package: it may not import the app.'),
    layer('seeds', 'The store is its own package: it may not import the app.'),
    { group: ['@shared/*', '@carrier-planner/store', '@carrier-planner/store/*'], message: 'The store is its own package: import its modules by relative path, never the app.' },
  ],
};

const SCREENS_DIR = path.resolve('client/src/screens');

/**
 * Screens never import each other: what two screens share lives in a module both import
 * (client/src/progress, ui, i18n, map, api). Resolves each relative import against the file.
 */
const screenBoundaries = {
  rules: {
    'no-cross-screen-imports': {
      meta: { type: 'problem', schema: [], messages: { cross: "Screen '{{from}}' may not import from screen '{{to}}': move what both need to a shared client module." } },
      create(context) {
        const screenOf = (file) => {
          const relative = path.relative(SCREENS_DIR, file);
          return relative.startsWith('..') || path.isAbsolute(relative) ? null : relative.split(path.sep)[0];
        };
        const from = screenOf(context.filename);
        if (!from) return {};
        const check = (node) => {
          const spec = node.source?.value;
          if (typeof spec !== 'string' || !spec.startsWith('.')) return;
          const to = screenOf(path.resolve(path.dirname(context.filename), spec));
          if (to && to !== from && !to.includes('.')) context.report({ node: node.source, messageId: 'cross', data: { from, to } });
        };
        return { ImportDeclaration: check, ExportNamedDeclaration: check, ExportAllDeclaration: check, ImportExpression: check };
      },
    },
  },
};

const LEAFLET_CONTENT_SETTERS = '/^(bindTooltip|bindPopup|setContent|setTooltipContent|setPopupContent)$/';
const DOM_NODE_NAME = '/(Element|Node|element|node)$/';

function htmlSinkRules() {
  const message = 'User text must never reach HTML: pass a DOM node built with textContent (named …Element or …Node).';
  return [
    {
      selector: `CallExpression[callee.property.name=${LEAFLET_CONTENT_SETTERS}] > :first-child.arguments:not(Identifier[name=${DOM_NODE_NAME}], CallExpression[callee.name=${DOM_NODE_NAME}], CallExpression[callee.property.name=${DOM_NODE_NAME}])`,
      message,
    },
    {
      selector: `Property[key.name='html']:not([value.type='Identifier'][value.name=${DOM_NODE_NAME}]):not([value.type='CallExpression'][value.callee.name=${DOM_NODE_NAME}])`,
      message,
    },
    { selector: "MemberExpression[property.name=/^(innerHTML|outerHTML)$/]", message },
    { selector: "CallExpression[callee.property.name=/^(insertAdjacentHTML|write|writeln)$/][callee.object.name='document']", message },
    { selector: "CallExpression[callee.property.name='insertAdjacentHTML']", message },
    { selector: "JSXAttribute[name.name='dangerouslySetInnerHTML']", message },
  ];
}

export default tseslint.config(
  { ignores: ['dist/**', 'data/**', 'node_modules/**', 'test-artifacts/**', 'bench/results/**', '**/*.tmp.*'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
      eqeqeq: ['error', 'always', { null: 'ignore' }],
      'no-console': 'off',
    },
  },
  {
    files: ['client/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks, screens: screenBoundaries },
    rules: {
      'react-hooks/rules-of-hooks': 'error',
      'screens/no-cross-screen-imports': 'error',
      'react-hooks/exhaustive-deps': 'warn',
      // No user text as HTML: Leaflet's content setters and divIcons get a DOM node built with
      // textContent (a variable or call named …Element/…Node), never a string; markup sinks are
      // banned outright. A reviewed exception carries an eslint-disable comment saying why.
      'no-restricted-syntax': ['error', ...htmlSinkRules()],
    },
  },
  // Import boundaries: the layout's promises, enforced. Each folder lists what it may not reach.
  {
    // The shared domain code runs in the browser and on the server: no Node or DOM I/O, and
    // neither side's code.
    files: ['shared/**/*.ts'],
    ignores: ['shared/**/*.test.ts'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [...APP_LAYERS.shared, { group: ['node:*', 'mongoose', 'express', 'react', 'react-dom', 'leaflet'], message: 'shared/ is pure domain code: no I/O, no framework.' }] }],
    },
  },
  {
    files: ['shared/**/*.test.ts'],
    rules: { 'no-restricted-imports': ['error', { patterns: APP_LAYERS.shared }] },
  },
  {
    // The browser never loads server code or the store.
    files: ['client/**/*.{ts,tsx}'],
    rules: { 'no-restricted-imports': ['error', { patterns: APP_LAYERS.client }] },
  },
  {
    // The embedded store is a package of its own: it knows MongoDB, not this app.
    files: ['packages/store/**/*.ts'],
    rules: { 'no-restricted-imports': ['error', { patterns: APP_LAYERS.store }] },
  },
  {
    // Persistence stores what the engine hands it; it never reaches into the wire protocol.
    files: ['packages/store/src/persistence/**/*.ts'],
    rules: { 'no-restricted-imports': ['error', { patterns: [...APP_LAYERS.store, { group: ['**/wire/*', '../wire', './wire'], message: 'Persistence may not import the wire layer.' }] }] },
  },
  {
    files: ['tests/**/*.ts', '**/*.test.ts', 'bench/**/*.ts'],
    rules: { '@typescript-eslint/no-explicit-any': 'off' },
  },
);
