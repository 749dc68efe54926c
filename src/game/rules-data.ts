// Loading and validating the rules files. `validateRules` takes the parsed contents of every
// file (by its path under rules/) and either returns the typed rule set or a list of
// problems, each naming the file, the entry and the field. Nothing is half-loaded.
import { z } from 'zod';
import {
  ActorSchema, AgendaSchema, AllianceCardSchema, NationalCardSchema, PoliticsCardSchema,
  RegionalCardSchema, ScenarioSchema, StrategyCardSchema, SweetenerSchema, TheatreSchema,
  type ActorData, type Agenda, type AllianceCard, type Condition, type Effect, type NationalCard,
  type PoliticsCard, type RegionalCard, type Scenario, type StrategyCard, type SweetenerCard,
  type TheatreData,
} from './schema';

export const RULE_FILES = {
  actors: 'rules/actors.json',
  theatres: 'rules/theatres.json',
  strategy: 'rules/cards/strategy.json',
  national: 'rules/cards/national.json',
  alliances: 'rules/cards/alliances.json',
  politics: 'rules/cards/politics.json',
  regional: 'rules/cards/regional.json',
  agendas: 'rules/cards/agendas.json',
  sweeteners: 'rules/cards/sweeteners.json',
} as const;
export type RuleFileKey = keyof typeof RULE_FILES;

export interface Rules {
  actors: Record<string, ActorData>;
  theatres: Record<string, TheatreData>;
  strategy: Record<string, StrategyCard>;
  national: Record<string, NationalCard>;
  alliances: Record<string, AllianceCard>;
  politics: Record<string, PoliticsCard>;
  regional: Record<string, RegionalCard>;
  agendas: Record<string, Agenda>;
  sweeteners: Record<string, SweetenerCard>;
  scenarios: Record<string, Scenario>;
  /** every card-like entry by id, in file order, with the file it came from */
  allIds: { id: string; file: string }[];
}

export class RulesError extends Error {
  constructor(readonly problems: string[]) {
    super(`The rules files were refused:\n- ${problems.join('\n- ')}`);
    this.name = 'RulesError';
  }
}

const SCHEMAS: Record<RuleFileKey, z.ZodType> = {
  actors: ActorSchema, theatres: TheatreSchema, strategy: StrategyCardSchema,
  national: NationalCardSchema, alliances: AllianceCardSchema, politics: PoliticsCardSchema,
  regional: RegionalCardSchema, agendas: AgendaSchema, sweeteners: SweetenerSchema,
};

function describeIssue(file: string, raw: unknown, issue: z.core.$ZodIssue, isList: boolean): string {
  const path = [...issue.path];
  let entry = '';
  if (isList && typeof path[0] === 'number') {
    const index = path.shift() as number;
    const item = Array.isArray(raw) ? (raw[index] as { id?: unknown } | undefined) : undefined;
    entry = typeof item?.id === 'string' ? `entry ${item.id}` : `entry #${index + 1}`;
  }
  const field = path.length ? `field ${path.join('.')}` : '';
  return [file, entry, field].filter(Boolean).join(', ') + `: ${issue.message}`;
}

function parseFile<T>(file: string, raw: unknown, schema: z.ZodType<T>, isList: boolean, problems: string[]): T[] {
  const result = (isList ? z.array(schema) : schema).safeParse(raw);
  if (!result.success) {
    for (const issue of result.error.issues) problems.push(describeIssue(file, raw, issue, isList));
    return [];
  }
  return (isList ? result.data : [result.data]) as T[];
}

/** Walks every effect (including nested `if` branches) and condition of a list. */
function walk(effects: Effect[], onEffect: (e: Effect) => void, onCond: (c: Condition) => void): void {
  for (const e of effects) {
    onEffect(e);
    if (e.op === 'if') {
      walkCond(e.cond, onCond);
      walk(e.then, onEffect, onCond);
      walk(e.else ?? [], onEffect, onCond);
    }
  }
}
function walkCond(c: Condition, on: (c: Condition) => void): void {
  on(c);
  if (c.when === 'all' || c.when === 'any') c.of.forEach((x) => walkCond(x, on));
  if (c.when === 'not') walkCond(c.of, on);
}

/** Validates parsed rules files. `files` maps each RULE_FILES path (and every scenario's
 *  path under rules/scenarios/) to its parsed JSON. */
export function validateRules(files: Record<string, unknown>): { ok: true; rules: Rules } | { ok: false; problems: string[] } {
  const problems: string[] = [];
  const parsed = {} as { [K in RuleFileKey]: unknown[] };
  for (const key of Object.keys(RULE_FILES) as RuleFileKey[]) {
    const file = RULE_FILES[key];
    if (!(file in files)) {
      problems.push(`${file}: the file is missing`);
      parsed[key] = [];
      continue;
    }
    parsed[key] = parseFile(file, files[file], SCHEMAS[key], true, problems);
  }
  const scenarios: Scenario[] = [];
  for (const [file, raw] of Object.entries(files)) {
    if (file.startsWith('rules/scenarios/')) scenarios.push(...parseFile(file, raw, ScenarioSchema, false, problems));
  }
  if (scenarios.length === 0) problems.push('rules/scenarios/: no scenario file');
  if (problems.length) return { ok: false, problems };

  const rules = {
    actors: byId(parsed.actors as ActorData[]),
    theatres: byId(parsed.theatres as TheatreData[]),
    strategy: byId(parsed.strategy as StrategyCard[]),
    national: byId(parsed.national as NationalCard[]),
    alliances: byId(parsed.alliances as AllianceCard[]),
    politics: byId(parsed.politics as PoliticsCard[]),
    regional: byId(parsed.regional as RegionalCard[]),
    agendas: byId(parsed.agendas as Agenda[]),
    sweeteners: byId(parsed.sweeteners as SweetenerCard[]),
    scenarios: byId(scenarios),
    allIds: [] as { id: string; file: string }[],
  } satisfies Rules;

  // ids are unique across every file
  const seen = new Map<string, string>();
  for (const key of Object.keys(RULE_FILES) as RuleFileKey[]) {
    if (key === 'actors' || key === 'theatres' || key === 'sweeteners') continue;
    for (const item of parsed[key] as { id: string }[]) {
      const file = RULE_FILES[key];
      const other = seen.get(item.id);
      if (other) problems.push(`${file}, entry ${item.id}: the id is already used in ${other}`);
      seen.set(item.id, file);
      rules.allIds.push({ id: item.id, file });
    }
  }
  problems.push(...crossCheck(rules));
  return problems.length ? { ok: false, problems } : { ok: true, rules };
}

function byId<T extends { id: string }>(items: T[]): Record<string, T> {
  return Object.fromEntries(items.map((i) => [i.id, i]));
}

/** Checks that go across files: references exist, targets are declared, the election track
 *  is moved only by American domestic events. */
function crossCheck(rules: Rules): string[] {
  const problems: string[] = [];
  const check = (file: string, id: string, effects: Effect[], opts: { target?: string; domestic: boolean; hasSelf: boolean }, extra: Condition[] = []) => {
    const at = `${file}, entry ${id}`;
    const onCond = (c: Condition) => {
      if (c.when === 'alliance' && !rules.alliances[c.alliance]) problems.push(`${at}, field requires: unknown alliance ${c.alliance}`);
      if ('actor' in c && c.actor === 'target' && opts.target !== 'ally') problems.push(`${at}: a condition names 'target' but the card has no ally target`);
      if ('theatre' in c && c.theatre === 'target' && opts.target !== 'theatre') problems.push(`${at}: a condition names theatre 'target' but the card has no theatre target`);
    };
    extra.forEach((c) => walkCond(c, onCond));
    walk(effects, (e) => {
      if ((e.op === 'alliance' || e.op === 'suspend') && !rules.alliances[e.alliance]) problems.push(`${at}, field effects: unknown alliance ${e.alliance}`);
      if (e.op === 'global' && e.track === 'election' && !opts.domestic) problems.push(`${at}, field effects: only American domestic events may move the election track`);
      if ('actor' in e && e.actor === 'target' && opts.target !== 'ally') problems.push(`${at}, field effects: 'target' actor but the card has no ally target`);
      if ('theatre' in e && e.theatre === 'target' && opts.target !== 'theatre') problems.push(`${at}, field effects: 'target' theatre but the card has no theatre target`);
      if ('actor' in e && e.actor === 'self' && !opts.hasSelf) problems.push(`${at}, field effects: 'self' means nothing on a card nobody plays`);
    }, onCond);
  };
  for (const [file, cards] of [[RULE_FILES.strategy, rules.strategy], [RULE_FILES.national, rules.national]] as const) {
    for (const c of Object.values(cards)) if (c.theatres && c.target !== 'theatre') problems.push(`${file}, entry ${c.id}, field theatres: only a card with a theatre target names the theatres to choose from`);
  }
  for (const c of Object.values(rules.strategy)) check(RULE_FILES.strategy, c.id, c.effects, { target: c.target, domestic: c.usDomestic, hasSelf: true }, c.requires ? [c.requires] : []);
  for (const c of Object.values(rules.national)) check(RULE_FILES.national, c.id, c.effects, { target: c.target, domestic: false, hasSelf: true }, c.requires ? [c.requires] : []);
  for (const c of Object.values(rules.politics)) check(RULE_FILES.politics, c.id, c.effects, { domestic: true, hasSelf: false });
  for (const c of Object.values(rules.regional)) check(RULE_FILES.regional, c.id, c.effects, { domestic: false, hasSelf: false });
  for (const c of Object.values(rules.sweeteners)) check(RULE_FILES.sweeteners, c.id, c.effects, { target: 'ally', domestic: false, hasSelf: true });
  for (const a of Object.values(rules.alliances)) {
    check(RULE_FILES.alliances, a.id, a.chinaReaction, { domestic: false, hasSelf: false }, [...(a.requires ? [a.requires] : []), ...Object.values(a.conditions).filter((c): c is Condition => !!c)]);
    if (a.start > a.max) problems.push(`${RULE_FILES.alliances}, entry ${a.id}, field start: above max ${a.max}`);
    if (a.kind === 'treaty' && (a.members.length !== 2 || !a.members.includes('US'))) problems.push(`${RULE_FILES.alliances}, entry ${a.id}, field members: a treaty binds the US and one ally [F17]`);
  }
  for (const g of Object.values(rules.agendas)) walkCond(g.goal, (c) => {
    if (c.when === 'alliance' && !rules.alliances[c.alliance]) problems.push(`${RULE_FILES.agendas}, entry ${g.id}, field goal: unknown alliance ${c.alliance}`);
  });
  for (const s of Object.values(rules.scenarios)) {
    const file = `rules/scenarios/${s.id}.json`;
    for (const id of s.strategy ?? []) if (!rules.strategy[id]) problems.push(`${file}, field strategy: unknown strategy card ${id}`);
    for (const id of s.regional ?? []) if (!rules.regional[id]) problems.push(`${file}, field regional: unknown regional card ${id}`);
    if (s.firstRound + s.rounds - 1 > 9) problems.push(`${file}, field rounds: the game would run past round 9`);
  }
  for (const seat of ['US', 'CN', 'JP', 'KR', 'AU', 'PH']) {
    if (!rules.actors[seat]?.start) problems.push(`${RULE_FILES.actors}, entry ${seat}, field start: a seat needs starting tracks`);
    if (!Object.values(rules.agendas).some((g) => g.actor === seat && g.kind === 'standard')) problems.push(`${RULE_FILES.agendas}: no standard agenda for ${seat}`);
  }
  return problems;
}
