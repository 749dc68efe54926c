// ESLint flat config. Two jobs:
//  1. ordinary linting: @eslint/js + typescript-eslint "recommended" (syntax only, not the
//     type-checked presets, so `npm run lint` stays fast);
//  2. holding the layers (geo → game → bots, server, render → ui; see "Layout" in README.md),
//     so an import that runs the wrong way fails CI instead of waiting for a review.
//
// The boundaries use `@typescript-eslint/no-restricted-imports` (the core rule plus
// `import type` awareness) with regex patterns. In a flat config a later object that sets the
// same rule replaces it, so each folder below gets exactly one object that sets it.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import { defineConfig, globalIgnores } from 'eslint/config';

// ---------------------------------------------------------------------------------------------
// Building blocks for the import rules.

const ARCH = '(Layers: see "Layout" in README.md.)';

/** A restricted import: a regex over the import specifier and the reason shown to the author. */
const forbid = (regex, message, extra = {}) => ({ regex, message: `${message} ${ARCH}`, ...extra });

/**
 * Imports of other src/ layers. Matches '../ui', '../../ui/x' (relative, from any depth) and
 * any specifier naming 'src/ui/...'. A sibling folder *inside* the layer ('./ui') is not matched.
 */
const layers = (names) => `^(\\.\\./)+(${names.join('|')})(/|$)|(^|/)src/(${names.join('|')})(/|$)`;

const REACT = forbid('^(react|react-dom)(/|$)', 'React belongs to src/ui only.');
const PIXI = forbid('^(pixi\\.js|pixi-viewport)(/|$)|^@pixi/', 'Pixi belongs to src/render only.');
const BGIO_REACT = forbid('^boardgame\\.io/react(/|$)', 'boardgame.io/react belongs to src/ui only.');
const BGIO_SERVER = forbid('^boardgame\\.io/server(/|$)', 'boardgame.io/server belongs to src/server only.');
const SERVER_PKGS = forbid(
  '^(koa|koa-[^/]+|@koa/[^/]+|socket\\.io[^/]*|better-sqlite3|pg)(/|$)',
  'Server packages belong to src/server only.',
);
const nodeIo = (message) =>
  forbid('^node:|^(fs|fs/promises|path|child_process|os|http|https|net|crypto|worker_threads|process|url|stream)(/|$)', message);
const NODE_IO = nodeIo('The rules are pure: no Node I/O in src/game (load data with static JSON imports).');

const NO_MATH_RANDOM = {
  object: 'Math',
  property: 'random',
  message: 'Math.random is banned: use the seeded random from the game context so every game replays from its log.',
};

const DOM_GLOBALS = ['window', 'document', 'localStorage', 'sessionStorage', 'navigator', 'fetch', 'XMLHttpRequest'].map(
  (name) => ({ name, message: `No DOM or network globals in src/game: the rules are pure functions over JSON state. ${ARCH}` }),
);

/**
 * src/geo imports nothing of the project outside src/geo. Relative imports are resolved by
 * depth: a file N folders below src/geo escapes it with N+1 leading '../' (unless the next
 * segment is 'geo' again, i.e. a round trip back in). One config object per depth.
 */
const GEO_MAX_DEPTH = 4;
const geoConfigs = Array.from({ length: GEO_MAX_DEPTH + 1 }, (_, depth) => ({
  name: `boundaries/geo-depth-${depth}`,
  files: [`src/geo/${'*/'.repeat(depth)}*.{ts,tsx}`],
  rules: {
    '@typescript-eslint/no-restricted-imports': [
      'error',
      {
        patterns: [
          forbid(
            `^(\\.\\./){${depth + 1}}(?!geo(/|$))|(^|/)src/(?!geo(/|$))|^/`,
            'src/geo is pure geography and imports nothing of the project outside src/geo.',
          ),
        ],
      },
    ],
  },
}));

// ---------------------------------------------------------------------------------------------

export default defineConfig([
  globalIgnores(['node_modules/', 'dist/', 'reports/', '.ci/out/', 'coverage/', '.scratch/', 'data/']),

  {
    name: 'base/js',
    files: ['**/*.{js,mjs,cjs,ts,tsx,mts,cts}'],
    extends: [js.configs.recommended],
    rules: {
      'no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrorsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_' },
      ],
    },
  },

  {
    name: 'base/ts',
    files: ['**/*.{ts,tsx,mts,cts}'],
    extends: [tseslint.configs.recommended],
    rules: {
      'no-unused-vars': 'off',
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrorsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_' },
      ],
      // The TS-aware version below replaces the core rule.
      'no-restricted-imports': 'off',
    },
  },

  // --- src/game: the rules as pure functions over JSON state --------------------------------
  {
    name: 'boundaries/game',
    files: ['src/game/**/*.{ts,tsx}'],
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          patterns: [
            REACT,
            PIXI,
            BGIO_REACT,
            BGIO_SERVER,
            SERVER_PKGS,
            NODE_IO,
            forbid(
              layers(['ui', 'render', 'server', 'bots', 'cli']),
              'src/game is the bottom layer (above src/geo): it may not import ui, render, server, bots or cli.',
            ),
          ],
        },
      ],
      'no-restricted-properties': ['error', NO_MATH_RANDOM],
      'no-restricted-globals': ['error', ...DOM_GLOBALS],
    },
  },

  // --- src/geo: pure geography ------------------------------------------------------------
  ...geoConfigs,

  // --- src/bots and src/sim: choose among legalActions, play whole games -------------------
  {
    name: 'boundaries/bots',
    files: ['src/bots/**/*.{ts,tsx}', 'src/sim/**/*.{ts,tsx}'],
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          patterns: [
            REACT,
            PIXI,
            BGIO_REACT,
            BGIO_SERVER,
            SERVER_PKGS,
            forbid(
              layers(['ui', 'render', 'server', 'cli']),
              'src/bots and src/sim may import src/game, src/bots (and src/geo) only, never ui, render, server or cli.',
            ),
          ],
        },
      ],
      'no-restricted-properties': ['error', NO_MATH_RANDOM],
    },
  },

  // --- src/render: the Pixi scene, fed a view model --------------------------------------
  {
    name: 'boundaries/render',
    files: ['src/render/**/*.{ts,tsx}'],
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          patterns: [
            forbid('^boardgame\\.io(/|$)', 'src/render never touches boardgame.io: it draws a view model and reports intent through callbacks.'),
            forbid(layers(['ui', 'server', 'bots', 'cli']), 'src/render may import src/geo and view-model types only.'),
            // Types from src/game (e.g. ids) are fine; values (moves, rules) are not.
            forbid(layers(['game']), 'src/render may import only types from src/game (use `import type`), never moves or rules.', {
              allowTypeImports: true,
            }),
          ],
        },
      ],
    },
  },

  // --- src/ui: React around the map; the game only through its public face ---------------
  {
    name: 'boundaries/ui',
    files: ['src/ui/**/*.{ts,tsx}'],
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          patterns: [
            BGIO_SERVER,
            SERVER_PKGS,
            nodeIo('src/ui runs in the browser: no Node modules.'),
            forbid(layers(['server', 'cli']), 'src/ui runs in the browser: it may not import src/server or src/cli.'),
            // The engine's internals may change shape; src/game/index.ts is the contract.
            forbid('^(\\.\\./)+game/.', 'src/ui imports src/game only through its public face (src/game/index.ts).'),
          ],
        },
      ],
      'no-restricted-properties': ['error', NO_MATH_RANDOM],
    },
  },
]);
