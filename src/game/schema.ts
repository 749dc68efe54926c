// The shape of every rules file under rules/, as zod schemas. Cards are data: each effect is a
// small instruction from a fixed list (see effects.ts), so an instructor can edit a card
// without code and a wrong file is refused with a message naming file, entry and field.
import { z } from 'zod';
import {
  ACTORS, ACTOR_TRACKS, ADMINISTRATIONS, FLAGS, GLOBAL_TRACKS, POLITICS_DECKS, SEATS, THEATRES,
  type ActorId, type ActorTrack, type Administration, type Flag, type GlobalTrack, type TheatreId,
} from './ids';

const Actor = z.enum(ACTORS);
const Seat = z.enum(SEATS);
const Theatre = z.enum(THEATRES);
/** 'self' is whoever plays the card; 'target' is the actor or theatre chosen for it;
 *  'allies' / 'network' stand for each of those seats in turn. */
const ActorRef = z.union([Actor, z.enum(['self', 'target', 'allies', 'network'])]);
const TheatreRef = z.union([Theatre, z.literal('target')]);
const Delta = z.number().int().min(-30_000).max(30_000);
const FactId = z.string().regex(/^F(0[1-9]|[1-3][0-9]|4[0-6])$/, 'a seed-fact id F01..F46');
const Section = z.string().regex(/^\d+(\.\d+)*$/, 'a rulebook section number like 7.2');

export type ActorRef = z.infer<typeof ActorRef>;
export type TheatreRef = z.infer<typeof TheatreRef>;

// ---------- conditions ----------
export type Condition =
  | { when: 'administration'; is: Administration }
  | { when: 'global'; track: GlobalTrack; atLeast?: number; atMost?: number }
  | { when: 'track'; actor: ActorRef; track: ActorTrack; atLeast?: number; atMost?: number }
  | { when: 'tension'; theatre: TheatreRef; atLeast?: number; atMost?: number }
  | { when: 'alliance'; alliance: string; atLeast?: number; atMost?: number }
  | { when: 'alliancesAtLevel'; level: number; atLeast: number }
  | { when: 'flag'; actor: ActorRef; flag: Flag }
  | { when: 'aligned'; actor: ActorRef }
  | { when: 'all' | 'any'; of: Condition[] }
  | { when: 'not'; of: Condition };

const bounds = { atLeast: z.number().optional(), atMost: z.number().optional() };
export const ConditionSchema: z.ZodType<Condition> = z.lazy(() =>
  z.discriminatedUnion('when', [
    z.object({ when: z.literal('administration'), is: z.enum(ADMINISTRATIONS) }).strict(),
    z.object({ when: z.literal('global'), track: z.enum(GLOBAL_TRACKS), ...bounds }).strict(),
    z.object({ when: z.literal('track'), actor: ActorRef, track: z.enum(ACTOR_TRACKS), ...bounds }).strict(),
    z.object({ when: z.literal('tension'), theatre: TheatreRef, ...bounds }).strict(),
    z.object({ when: z.literal('alliance'), alliance: z.string(), ...bounds }).strict(),
    z.object({ when: z.literal('alliancesAtLevel'), level: z.number().int().min(1).max(3), atLeast: z.number().int() }).strict(),
    z.object({ when: z.literal('flag'), actor: ActorRef, flag: z.enum(FLAGS) }).strict(),
    z.object({ when: z.literal('aligned'), actor: ActorRef }).strict(),
    z.object({ when: z.enum(['all', 'any']), of: z.array(ConditionSchema).min(1) }).strict(),
    z.object({ when: z.literal('not'), of: ConditionSchema }).strict(),
  ]),
);

// ---------- effects ----------
export type Effect =
  | { op: 'tension'; theatre: TheatreRef; by: number }
  | { op: 'global'; track: Exclude<GlobalTrack, 'round'>; by: number }
  | { op: 'track'; actor: ActorRef; track: ActorTrack; by: number; insurable?: boolean }
  | { op: 'forces'; actor: ActorRef; theatre: TheatreRef; by: number }
  | { op: 'alliance'; alliance: string; by: number }
  | { op: 'suspend'; alliance: string; rounds: number }
  | { op: 'flag'; actor: ActorRef; flag: Flag; value: boolean }
  | { op: 'government'; actor: ActorRef; aligned: boolean }
  | { op: 'draw'; actor: ActorRef; count: number }
  | { op: 'if'; cond: Condition; then: Effect[]; else?: Effect[] };

export const EffectSchema: z.ZodType<Effect> = z.lazy(() =>
  z.discriminatedUnion('op', [
    z.object({ op: z.literal('tension'), theatre: TheatreRef, by: Delta }).strict(),
    z.object({ op: z.literal('global'), track: z.enum(['order', 'election', 'reliability', 'ukraine', 'troops', 'taiwanDefence']), by: Delta }).strict(),
    z.object({ op: z.literal('track'), actor: ActorRef, track: z.enum(ACTOR_TRACKS), by: Delta, insurable: z.boolean().optional() }).strict(),
    z.object({ op: z.literal('forces'), actor: ActorRef, theatre: TheatreRef, by: Delta }).strict(),
    z.object({ op: z.literal('alliance'), alliance: z.string(), by: Delta }).strict(),
    z.object({ op: z.literal('suspend'), alliance: z.string(), rounds: z.number().int().min(1).max(9) }).strict(),
    z.object({ op: z.literal('flag'), actor: ActorRef, flag: z.enum(FLAGS), value: z.boolean() }).strict(),
    z.object({ op: z.literal('government'), actor: ActorRef, aligned: z.boolean() }).strict(),
    z.object({ op: z.literal('draw'), actor: ActorRef, count: z.number().int().min(1).max(3) }).strict(),
    z.object({ op: z.literal('if'), cond: ConditionSchema, then: z.array(EffectSchema), else: z.array(EffectSchema).optional() }).strict(),
  ]),
);

const cardBase = {
  id: z.string().regex(/^[A-Z][A-Z0-9-]*$/, 'an id of capitals, digits and dashes'),
  name: z.string().min(1).max(60),
  text: z.string().min(1).max(400),
  section: Section,
  facts: z.array(FactId),
};

// ---------- the card types ----------
export const StrategyCardSchema = z.object({
  ...cardBase,
  ops: z.number().int().min(1).max(4),
  side: z.enum(['network', 'china', 'neutral']),
  /** an American domestic event: the only strategy cards that may move the election track */
  usDomestic: z.boolean().default(false),
  /** what the player chooses when playing the event: a theatre or an actor ('target' in effects) */
  target: z.enum(['theatre', 'ally']).optional(),
  /** the theatres a theatre target is chosen from (every theatre if not given) */
  theatres: z.array(Theatre).min(1).optional(),
  requires: ConditionSchema.optional(),
  /** removed from the game after its event (a starred card) */
  remove: z.boolean().default(false),
  effects: z.array(EffectSchema).min(1),
}).strict();

export const NationalCardSchema = z.object({
  ...cardBase,
  actor: Seat,
  target: z.enum(['theatre', 'ally']).optional(),
  /** the theatres a theatre target is chosen from (every theatre if not given) */
  theatres: z.array(Theatre).min(1).optional(),
  requires: ConditionSchema.optional(),
  /** once per game (otherwise once per round) */
  once: z.boolean().default(false),
  effects: z.array(EffectSchema).min(1),
}).strict();

export const AllianceCardSchema = z.object({
  ...cardBase,
  kind: z.enum(['treaty', 'minilateral', 'partnership']),
  members: z.array(Actor).min(2),
  /** level in play at the start of the game: 0 not yet built, 1 talks, 2 exercises, 3 integrated */
  start: z.number().int().min(0).max(3),
  max: z.number().int().min(1).max(3),
  theatres: z.array(Theatre).min(1),
  /** printed conditions under which a member that is not a seat accepts an upgrade */
  conditions: z.partialRecord(Actor, ConditionSchema).default({}),
  requires: ConditionSchema.optional(),
  /** the security dilemma: what China gains each time this alliance is upgraded */
  chinaReaction: z.array(EffectSchema).min(1),
}).strict();

export const PoliticsCardSchema = z.object({
  ...cardBase,
  deck: z.enum(POLITICS_DECKS),
  effects: z.array(EffectSchema).min(1),
}).strict();

export const RegionalCardSchema = z.object({
  ...cardBase,
  /** the card enters the regional deck at the start of this round (launches grow more frequent) */
  from: z.number().int().min(1).max(9).default(1),
  /** shuffled back into the deck after it resolves instead of being discarded */
  recurring: z.boolean().default(false),
  effects: z.array(EffectSchema).min(1),
}).strict();

export const AgendaSchema = z.object({
  ...cardBase,
  actor: Seat,
  kind: z.enum(['standard', 'hedging']),
  goal: ConditionSchema,
  points: z.number().int().min(1).max(10),
}).strict();

export const SweetenerSchema = z.object({
  id: z.enum(['coFundedForce', 'tradeConcession', 'technology']),
  name: z.string(),
  text: z.string(),
  section: Section,
  /** effects on the proposer ('self') and on each accepting member ('target') */
  effects: z.array(EffectSchema).min(1),
}).strict();

const trackStart = {
  defence: z.number().int().min(0).max(60),
  opinion: z.number().int().min(0).max(10),
  economy: z.number().int().min(0).max(10),
  chinaTrade: z.number().int().min(0).max(10),
  credibility: z.number().int().min(0).max(10),
};

export const ActorSchema = z.object({
  id: Actor,
  name: z.string(),
  colour: z.string().regex(/^#[0-9a-f]{6}$/i),
  side: z.enum(['network', 'china', 'neutral']),
  /** GDP in trillions of US dollars, the actor's weight */
  power: z.number().positive(),
  /** force units per 1% of GDP spent on defence: cap = floor(defence/10 * forcesPerPoint) */
  forcesPerPoint: z.number().min(0),
  home: z.array(Theatre),
  start: z.object({ ...trackStart, forces: z.partialRecord(Theatre, z.number().int().min(0).max(12)) }).strict().optional(),
  /** rounds in which this actor holds a national election (change of government possible) */
  elections: z.array(z.number().int().min(1).max(9)).default([]),
  facts: z.array(FactId),
}).strict();

export const TheatreSchema = z.object({
  id: Theatre,
  name: z.string(),
  /** actors whose security is at stake there: deterrence flows to them */
  hosts: z.array(Actor).min(1),
  tension: z.number().int().min(0).max(10),
  facts: z.array(FactId),
}).strict();

export const ScenarioSchema = z.object({
  id: z.string().regex(/^[a-z0-9-]+$/),
  name: z.string(),
  description: z.string(),
  teaches: z.string(),
  rounds: z.number().int().min(1).max(9),
  /** the first round of this scenario on the 9-round calendar (a class game may start at 4) */
  firstRound: z.number().int().min(1).max(9).default(1),
  actionRounds: z.number().int().min(1).max(3),
  electionRound: z.number().int().min(1).max(9),
  /** 'open' draws the winner from the track; otherwise the result is fixed (secretly if hidden) */
  election: z.enum(['open', 'americaFirst', 'continuity']),
  hiddenElection: z.boolean().default(false),
  administration: z.enum(ADMINISTRATIONS).default('undecided'),
  tracks: z.object({
    order: z.number().int().min(-10).max(10),
    election: z.number().int().min(-5).max(5),
    reliability: z.number().int().min(0).max(10),
    ukraine: z.number().int().min(0).max(6),
    troops: z.number().int().min(0).max(40_000),
    taiwanDefence: z.number().int().min(0).max(60),
  }).strict(),
  /** card ids in this scenario's decks (all of a kind when omitted) */
  strategy: z.array(z.string()).optional(),
  regional: z.array(z.string()).optional(),
  handSize: z.number().int().min(3).max(7).default(5),
}).strict();

export type StrategyCard = z.infer<typeof StrategyCardSchema>;
export type NationalCard = z.infer<typeof NationalCardSchema>;
export type AllianceCard = z.infer<typeof AllianceCardSchema>;
export type PoliticsCard = z.infer<typeof PoliticsCardSchema>;
export type RegionalCard = z.infer<typeof RegionalCardSchema>;
export type Agenda = z.infer<typeof AgendaSchema>;
export type SweetenerCard = z.infer<typeof SweetenerSchema>;
export type ActorData = z.infer<typeof ActorSchema>;
export type TheatreData = z.infer<typeof TheatreSchema>;
export type Scenario = z.infer<typeof ScenarioSchema>;
export type { ActorId, TheatreId };
