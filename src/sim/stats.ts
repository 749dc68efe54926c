// What the simulator reports over many games: wins by side overall and under each election
// result, the election split, immediate victories, crises, and how often each card is played
// (for its event or its operations), every rate with its 95% interval.
import { RULES } from '../game';
import { formatRate, wilson, type Rate } from './interval';
import type { Administration, GameRecord } from './record';

export interface CardUse {
  /** share of games in which the card was played at all, for its event, for operations */
  any: Rate;
  event: Rate;
  ops: Rate;
}

export interface Summary {
  games: number;
  chinaWins: Rate;
  /** China's win rate among the games with that election result */
  chinaWinsUnder: Partial<Record<Administration, Rate>>;
  elections: Record<Administration, number>;
  americaFirst: Rate;
  immediate: Rate;
  reasons: Record<string, number>;
  accommodated: Record<string, number>;
  averageRounds: number;
  crisesPerGame: number;
  crisesByTheatre: Record<string, number>;
  crisesWonByNetwork: Rate;
  cards: Record<string, CardUse>;
}

/** The cards a seat chooses to play: strategy and national cards. */
export const PLAYABLE_CARDS = (): string[] => [...Object.keys(RULES.strategy), ...Object.keys(RULES.national)];

const count = <T>(items: readonly T[], keep: (x: T) => boolean) => items.reduce((n, x) => n + (keep(x) ? 1 : 0), 0);

export function summarize(records: readonly GameRecord[]): Summary {
  const n = records.length;
  const elections: Record<Administration, number> = { americaFirst: 0, continuity: 0, undecided: 0 };
  const reasons: Record<string, number> = {};
  const accommodated: Record<string, number> = {};
  const crisesByTheatre: Record<string, number> = {};
  const eventGames = new Map<string, number>();
  const opsGames = new Map<string, number>();
  const anyGames = new Map<string, number>();
  const bump = (m: Map<string, number>, id: string) => m.set(id, (m.get(id) ?? 0) + 1);
  let crises = 0;
  let crisesWon = 0;
  let rounds = 0;
  for (const r of records) {
    elections[r.administration] += 1;
    reasons[r.reason] = (reasons[r.reason] ?? 0) + 1;
    for (const a of r.accommodated) accommodated[a] = (accommodated[a] ?? 0) + 1;
    for (const t of r.crisisTheatres) crisesByTheatre[t] = (crisesByTheatre[t] ?? 0) + 1;
    crises += r.crises;
    crisesWon += r.crisesWonByNetwork;
    rounds += r.rounds;
    r.events.forEach((id) => bump(eventGames, id));
    r.ops.forEach((id) => bump(opsGames, id));
    new Set([...r.events, ...r.ops]).forEach((id) => bump(anyGames, id));
  }
  const chinaWinsUnder: Summary['chinaWinsUnder'] = {};
  for (const adm of Object.keys(elections) as Administration[]) {
    const under = records.filter((r) => r.administration === adm);
    if (under.length) chinaWinsUnder[adm] = wilson(count(under, (r) => r.side === 'china'), under.length);
  }
  const cards: Record<string, CardUse> = {};
  for (const id of PLAYABLE_CARDS()) {
    cards[id] = { any: wilson(anyGames.get(id) ?? 0, n), event: wilson(eventGames.get(id) ?? 0, n), ops: wilson(opsGames.get(id) ?? 0, n) };
  }
  return {
    games: n,
    chinaWins: wilson(count(records, (r) => r.side === 'china'), n),
    chinaWinsUnder,
    elections,
    americaFirst: wilson(elections.americaFirst, elections.americaFirst + elections.continuity),
    immediate: wilson(count(records, (r) => r.reason !== 'final-order'), n),
    reasons,
    accommodated,
    averageRounds: n ? rounds / n : 0,
    crisesPerGame: n ? crises / n : 0,
    crisesByTheatre,
    crisesWonByNetwork: wilson(crisesWon, crises),
    cards,
  };
}

/** Cards played in fewer than `share` of the games, rarest first. */
export function rarelyPlayed(s: Summary, share: number): string[] {
  return Object.entries(s.cards).filter(([, u]) => u.any.p < share).sort((a, b) => a[1].any.p - b[1].any.p).map(([id]) => id);
}

const list = (o: Record<string, number>) => Object.entries(o).map(([k, v]) => `${k} ${v}`).join(', ') || 'none';

export function formatSummary(s: Summary, header: string): string {
  const lines = [
    header,
    `games: ${s.games}`,
    `China wins: ${formatRate(s.chinaWins)}`,
    ...Object.entries(s.chinaWinsUnder).map(([k, r]) => `  under ${k} (${r.n} games): China ${formatRate(r)}`),
    `US election: America First ${s.elections.americaFirst}, continuity ${s.elections.continuity}${s.elections.undecided ? `, undecided ${s.elections.undecided}` : ''}; America First ${formatRate(s.americaFirst)}`,
    `immediate victories: ${formatRate(s.immediate)}`,
    `how they ended: ${list(s.reasons)}`,
    `accommodated allies (China wins): ${list(s.accommodated)}`,
    `rounds played on average: ${s.averageRounds.toFixed(2)}`,
    `crises: ${s.crisesPerGame.toFixed(2)} a game, network won ${formatRate(s.crisesWonByNetwork)}; by theatre: ${list(s.crisesByTheatre)}`,
    `cards played in under 5% of games: ${rarelyPlayed(s, 0.05).map((id) => `${id} ${(100 * (s.cards[id]?.any.p ?? 0)).toFixed(1)}%`).join(', ') || 'none'}`,
  ];
  return lines.join('\n');
}
