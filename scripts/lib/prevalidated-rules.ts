// A Vite plugin for the production client: the rule set arrives already validated. src/game/rules.ts
// checks every rules file against its schema as it loads (65–120 ms of the start page's main
// thread in a profile, and zod's code to compile); the build runs that check once, here (a wrong
// file fails the build with the same RulesError), and the browser gets the result as JSON, which
// it parses faster than any other way of writing an object. Node, the tests, the bots' own runs
// and the dev server load src/game/rules.ts as it is.
import { fileURLToPath } from 'node:url';
import { runnerImport, type Plugin } from 'vite';

/** src/game/rules.ts, loaded through Vite's module runner (not bundled into the config: its
 *  extensionless imports are what Vite's coming native config loader would refuse). */
const RULES_MODULE = fileURLToPath(new URL('../../src/game/rules.ts', import.meta.url));

const VIRTUAL_ID = '\0hub:prevalidated-rules';
/** How the modules of src/game (index.ts among them) import the rule set. */
const RULES_IMPORT = './rules';
const GAME_DIR = /[\\/]src[\\/]game[\\/][^\\/]+\.ts$/;
/** The schemas and their checks: only the build needs them now. Their top-level calls build
 *  zod objects, which the bundler keeps unless told they do nothing else; told, it drops them
 *  and zod with them when no module of the client asks for validateRules. */
const VALIDATION = /[\\/]src[\\/]game[\\/](schema|rules-data)\.ts$/;

/** The module that stands for src/game/rules.ts: its exports, computed at build time. */
export async function prevalidatedRulesModule(): Promise<string> {
  const { module } = await runnerImport<typeof import('../../src/game/rules')>(RULES_MODULE, { configFile: false, logLevel: 'error' });
  const { RULES, RULE_SOURCES, DEFAULT_SCENARIO } = module;
  const json = (value: unknown) => `/* @__PURE__ */ JSON.parse(${JSON.stringify(JSON.stringify(value))})`;
  return [
    `export const RULES = ${json(RULES)};`,
    // read by no module of the client (bundling drops it), kept so the exports stay the same
    `export const RULE_SOURCES = ${json(RULE_SOURCES)};`,
    `export const DEFAULT_SCENARIO = ${JSON.stringify(DEFAULT_SCENARIO)};`,
  ].join('\n');
}

/** One instance serves the page's build and the worker's (vite.config.ts hands it to both): the
 *  rules are loaded once for them (~1.5 s), in its first build. */
export function prevalidatedRules(): Plugin {
  let rulesModule: Promise<string> | undefined;
  return {
    name: 'hub:prevalidated-rules',
    apply: 'build',
    enforce: 'pre',
    resolveId(source, importer) {
      if (source === RULES_IMPORT && importer && GAME_DIR.test(importer)) return VIRTUAL_ID;
      return null;
    },
    // filters: the bundler calls these hooks only for the modules they name
    load: {
      filter: { id: new RegExp(`^${VIRTUAL_ID}$`) },
      handler: () => (rulesModule ??= prevalidatedRulesModule()),
    },
    transform: {
      filter: { id: VALIDATION },
      handler: (code) => ({ code, moduleSideEffects: false }),
    },
  };
}
