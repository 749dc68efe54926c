// One finished game reduced to what the statistics need: small enough to send back from a
// worker thread by the thousand, where whole states with their logs would not be.
import { RULES, fullLog, type GState, type Result } from '../game';

export type Administration = 'americaFirst' | 'continuity' | 'undecided';

export interface GameRecord {
  seed: string;
  side: Result['side'];
  reason: Result['reason'];
  administration: Administration;
  rounds: number;
  crises: number;
  crisesWonByNetwork: number;
  crisisTheatres: string[];
  accommodated: string[];
  /** strategy cards played for their event (national cards count here too) */
  events: string[];
  /** strategy cards played for their operations */
  ops: string[];
}

export function recordOf(G: GState, seed: string): GameRecord {
  const r = G.result;
  if (!r) throw new Error(`game ${seed} has not ended`);
  const firstRound = G.lastRound - (RULES.scenarios[G.scenario]?.rounds ?? 9) + 1;
  const events = new Set<string>();
  const ops = new Set<string>();
  const crisisTheatres: string[] = [];
  let crisesWonByNetwork = 0;
  for (const e of fullLog(G)) {
    if (e.type === 'crisis') crisisTheatres.push(e.theatre);
    if (e.type === 'crisisResult' && e.winner === 'network') crisesWonByNetwork += 1;
    if (e.type === 'play') (e.mode === 'ops' ? ops : events).add(e.card);
  }
  return {
    seed,
    side: r.side,
    reason: r.reason,
    administration: G.administration,
    rounds: G.round - firstRound + 1,
    crises: crisisTheatres.length,
    crisesWonByNetwork,
    crisisTheatres,
    accommodated: [...r.accommodated],
    events: [...events],
    ops: [...ops],
  };
}
