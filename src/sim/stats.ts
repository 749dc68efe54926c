// What the simulator reports over many games (issue: wins by side, accommodated allies,
// rounds, crises, election results, immediate victories, cards never played).
import { RULES, fullLog, type GState } from '../game';

export interface Summary {
  games: number;
  wins: { network: number; china: number };
  reasons: Record<string, number>;
  immediateVictories: number;
  accommodated: Record<string, number>;
  averageRounds: number;
  crises: { total: number; byTheatre: Record<string, number>; networkWon: number };
  elections: { americaFirst: number; continuity: number; undecided: number };
  winsByElection: Record<string, { network: number; china: number }>;
  cardsPlayed: Record<string, number>;
  cardsNeverPlayed: string[];
}

export function summarize(games: GState[]): Summary {
  const s: Summary = {
    games: games.length,
    wins: { network: 0, china: 0 },
    reasons: {},
    immediateVictories: 0,
    accommodated: {},
    averageRounds: 0,
    crises: { total: 0, byTheatre: {}, networkWon: 0 },
    elections: { americaFirst: 0, continuity: 0, undecided: 0 },
    winsByElection: {},
    cardsPlayed: Object.fromEntries([...Object.keys(RULES.strategy), ...Object.keys(RULES.national)].map((id) => [id, 0])),
    cardsNeverPlayed: [],
  };
  let rounds = 0;
  for (const G of games) {
    const r = G.result;
    if (!r) continue;
    s.wins[r.side] += 1;
    s.reasons[r.reason] = (s.reasons[r.reason] ?? 0) + 1;
    if (r.reason !== 'final-order') s.immediateVictories += 1;
    for (const a of r.accommodated) s.accommodated[a] = (s.accommodated[a] ?? 0) + 1;
    rounds += G.round - (G.lastRound - (RULES.scenarios[G.scenario]?.rounds ?? 9) + 1) + 1;
    s.elections[G.administration] += 1;
    const byElection = (s.winsByElection[G.administration] ??= { network: 0, china: 0 });
    byElection[r.side] += 1;
    const played = new Set<string>();
    for (const e of fullLog(G)) {
      if (e.type === 'crisis') {
        s.crises.total += 1;
        s.crises.byTheatre[e.theatre] = (s.crises.byTheatre[e.theatre] ?? 0) + 1;
      }
      if (e.type === 'crisisResult' && e.winner === 'network') s.crises.networkWon += 1;
      if (e.type === 'play') played.add(e.card);
    }
    for (const id of played) s.cardsPlayed[id] = (s.cardsPlayed[id] ?? 0) + 1;
  }
  s.averageRounds = games.length ? Math.round((rounds / games.length) * 100) / 100 : 0;
  s.cardsNeverPlayed = Object.entries(s.cardsPlayed).filter(([, n]) => n === 0).map(([id]) => id);
  return s;
}

const pct = (n: number, of: number) => (of ? `${((100 * n) / of).toFixed(1)}%` : '-');

export function formatSummary(s: Summary, header: string): string {
  const lines = [
    header,
    `games: ${s.games}`,
    `wins: network ${s.wins.network} (${pct(s.wins.network, s.games)}), China ${s.wins.china} (${pct(s.wins.china, s.games)})`,
    `how they ended: ${Object.entries(s.reasons).map(([k, v]) => `${k} ${v}`).join(', ')}`,
    `immediate victories: ${s.immediateVictories} (${pct(s.immediateVictories, s.games)})`,
    `accommodated allies (China wins): ${Object.entries(s.accommodated).map(([k, v]) => `${k} ${v}`).join(', ') || 'none'}`,
    `rounds played on average: ${s.averageRounds}`,
    `crises: ${s.crises.total} (${(s.crises.total / Math.max(1, s.games)).toFixed(2)} a game; network won ${pct(s.crises.networkWon, s.crises.total)}); by theatre: ${Object.entries(s.crises.byTheatre).map(([k, v]) => `${k} ${v}`).join(', ') || 'none'}`,
    `US election: America First ${s.elections.americaFirst}, continuity ${s.elections.continuity}, undecided ${s.elections.undecided}`,
    ...Object.entries(s.winsByElection).map(([k, v]) => `  under ${k}: network ${v.network}, China ${v.china} (China ${pct(v.china, v.network + v.china)})`),
    `cards never played: ${s.cardsNeverPlayed.join(', ') || 'none'}`,
  ];
  return lines.join('\n');
}
