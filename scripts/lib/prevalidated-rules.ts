// A Vite plugin for the production client: the rule set arrives already validated. src/game/rules.ts
// checks every rules file against its schema as it loads (65–120 ms of the start page's main
// thread in a profile, and zod's code to compile); the build runs that check once, here (a wrong
// file fails the build with the same RulesError), and the browser gets the result as JSON, which
// it parses faster than any other way of writing an object. Node, the tests, the bots' own runs
// and the dev server load src/game/rules.ts as it is.
import type { Plugin } from 'vite';
import { DEFAULT_SCENARIO, RULES, RULE_SOURCES } from '../../src/game/rules';

const VIRTUAL_ID = '\0hub:prevalidated-rules';
/** How the modules of src/game (index.ts among them) import the rule set. */
const RULES_IMPORT = './rules';
const GAME_DIR = /[\\/]src[\\/]game[\\/][^\\/]+\.ts$/;
/** The schemas and their checks: only the build needs them now. Their top-level calls build
 *  zod objects, which the bundler keeps unless told they do nothing else; told, it drops them
 *  and zod with them when no module of the client asks for validateRules. */
const VALIDATION = /[\\/]src[\\/]game[\\/](schema|rules-data)\.ts$/;

/** The module that stands for src/game/rules.ts: its exports, computed at build time. */
export function prevalidatedRulesModule(): string {
  const json = (value: unknown) => `/* @__PURE__ */ JSON.parse(${JSON.stringify(JSON.stringify(value))})`;
  return [
    `export const RULES = ${json(RULES)};`,
    // read by no module of the client (bundling drops it), kept so the exports stay the same
    `export const RULE_SOURCES = ${json(RULE_SOURCES)};`,
    `export const DEFAULT_SCENARIO = ${JSON.stringify(DEFAULT_SCENARIO)};`,
  ].join('\n');
}

export function prevalidatedRules(): Plugin {
  return {
    name: 'hub:prevalidated-rules',
    apply: 'build',
    enforce: 'pre',
    resolveId(source, importer) {
      if (source === RULES_IMPORT && importer && GAME_DIR.test(importer)) return VIRTUAL_ID;
      return null;
    },
    load(id) {
      return id === VIRTUAL_ID ? prevalidatedRulesModule() : null;
    },
    transform(code, id) {
      return VALIDATION.test(id) ? { code, moduleSideEffects: false } : null;
    },
  };
}
