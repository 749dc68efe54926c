// Names and short phrases for everything the table shows, derived from the rules data so a card
// or an actor renamed in rules/ is renamed on screen too. Pure: no React, no DOM.
import {
  RULES, type ActorId, type AnswerReason, type BudgetChoice, type OpKind, type PoliticsDeck,
  type Sweetener, type TheatreId,
} from '../../game';

export const actorName = (id: string): string => RULES.actors[id]?.name ?? id;

export const theatreName = (id: string): string => RULES.theatres[id]?.name ?? id;

/** "the Taiwan Strait", but "Southeast Asia" and "Oceania" without an article. */
export function theTheatre(id: string): string {
  const name = theatreName(id);
  return /\b(Sea|Strait|Peninsula|Pacific)\b/.test(name) ? `the ${name}` : name;
}

type AnyCard = { id: string; name: string; text: string };

/** Any card-like entry by id: strategy, national, politics, regional, alliance, agenda. */
export function cardById(id: string): AnyCard | undefined {
  return RULES.strategy[id] ?? RULES.national[id] ?? RULES.politics[id] ?? RULES.regional[id] ?? RULES.alliances[id] ?? RULES.agendas[id];
}

export const cardName = (id: string): string => cardById(id)?.name ?? id;

/** "S07 Training Exchange with Taiwan" */
export const cardTitle = (id: string): string => (cardById(id) ? `${id} ${cardName(id)}` : id);

export const isTheatreId = (id: string): id is TheatreId => id in RULES.theatres;
export const isActorId = (id: string): id is ActorId => id in RULES.actors;

/** The name of any id the log or the map may mention. */
export function nameOf(id: string): string {
  if (isTheatreId(id)) return theatreName(id);
  if (isActorId(id)) return actorName(id);
  return cardName(id);
}

export const DECK_NAMES: Record<PoliticsDeck, { name: string; gloss: string }> = {
  moshi: { name: 'Moshi-tora', gloss: '“what if Trump?”' },
  hobo: { name: 'Hobo-tora', gloss: '“probably Trump”' },
  mo: { name: 'Mō-tora', gloss: '“already Trump”' },
  continuity: { name: 'Continuity', gloss: 'the other result' },
};

export const ADMINISTRATION_NAMES: Record<string, string> = {
  undecided: 'Election to come',
  americaFirst: 'America First',
  continuity: 'Continuity',
};

export const OP_NAMES: Record<OpKind, string> = {
  build: 'Build forces',
  exercise: 'Exercise',
  alliance: 'Propose an alliance',
  lobby: 'Lobby Washington',
  trade: 'Trade with China',
  reassure: 'Reassure the allies',
  coerce: 'Coerce an ally',
  pressure: 'Grey-zone pressure',
};

export const SWEETENER_LABELS: Record<Sweetener, string> = {
  none: 'Offer no sweetener',
  coFundedForce: 'Offer a co-funded force',
  tradeConcession: 'Offer a trade concession',
  technology: 'Offer technology sharing',
};

export const SWEETENER_NAMES: Record<Sweetener, string> = {
  none: 'no sweetener',
  coFundedForce: 'a co-funded force',
  tradeConcession: 'a trade concession',
  technology: 'technology sharing',
};

export const REASON_PHRASES: Record<AnswerReason | 'printed-condition', { accept: string; refuse: string }> = {
  'deters-china': { accept: 'it deters China', refuse: 'it deters China' },
  agenda: { accept: 'it serves my agenda', refuse: 'it works against my agenda' },
  sweetener: { accept: 'the sweetener is worth it', refuse: 'the sweetener is not enough' },
  'trust-hub': { accept: 'I trust the hub', refuse: 'I trust the hub' },
  'provokes-china': { accept: 'it provokes China', refuse: 'it provokes China' },
  cost: { accept: 'it costs too much', refuse: 'it costs too much' },
  'distrust-hub': { accept: 'I distrust the hub', refuse: 'I distrust the hub' },
  'printed-condition': { accept: 'its printed conditions hold', refuse: 'its printed conditions fail' },
};

export const BUDGET_LABELS: Record<BudgetChoice, string> = {
  raiseOpinion: 'Raise the budget, paid in public opinion',
  raiseEconomy: 'Raise the budget, paid by the economy',
  hold: 'Hold the budget',
  cut: 'Cut the budget',
  nuclear: 'Build a nuclear deterrent',
};

export const LEVEL_NAMES = ['not built', 'talks', 'exercises', 'integrated'] as const;
export const levelName = (level: number): string => LEVEL_NAMES[level] ?? `level ${level}`;

export const RESULT_REASONS: Record<string, string> = {
  'order-network': 'The regional-order track reached the network’s end: the region’s order holds.',
  'order-china': 'The regional-order track reached China’s end: the region bends to Beijing.',
  'taiwan-unanswered': 'China won a crisis in the Taiwan Strait that the network chose not to answer.',
  'final-order': 'After the last round the regional-order track decided the game.',
};

/** Defence in tenths of a per cent of GDP, shown as "1.6% of GDP". */
/** A whole number with commas between thousands ("28,500"), as toLocaleString('en-US') writes it:
 *  the browser's first Intl call loads its locale data, 40–60 ms on the table's first render. */
export const thousands = (n: number): string => String(Math.round(n)).replace(/\B(?=(\d{3})+$)/g, ',');

export const percentOfGdp = (tenths: number): string => `${(tenths / 10).toFixed(1)}% of GDP`;

/** "China", "China and Japan", "China, Japan and Australia". */
export function listNames(ids: readonly string[]): string {
  const names = ids.map(nameOf);
  if (names.length <= 1) return names.join('');
  return `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}`;
}
