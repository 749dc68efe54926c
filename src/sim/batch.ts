// A batch of bot games described by plain data, so that it can be run here or handed to a
// worker thread: scenario, seeds, bot, and optionally a card taken out of the game.
import { BOTS } from '../bots';
import { playGame } from './play';
import { recordOf, type GameRecord } from './record';
import { removeFromGame } from './ablation';

export interface BatchSpec {
  scenario: string;
  /** game i of the batch uses seed `${seed}-${i}`, for i in [from, from + count) */
  seed: string;
  from: number;
  count: number;
  bot: string;
  players?: number;
  /** a strategy or national card taken out of every game */
  without?: string;
}

export const seedOf = (seed: string, i: number): string => `${seed}-${i}`;

export function runBatch(spec: BatchSpec): GameRecord[] {
  const bot = BOTS[spec.bot];
  if (!bot) throw new Error(`unknown bot "${spec.bot}"; known: ${Object.keys(BOTS).join(', ')}`);
  const records: GameRecord[] = [];
  for (let i = spec.from; i < spec.from + spec.count; i++) {
    const seed = seedOf(spec.seed, i);
    const without = spec.without;
    const { G } = playGame({
      seed, bot, scenario: spec.scenario, players: spec.players ?? 6,
      ...(without ? { afterBegin: (g) => removeFromGame(g, without) } : {}),
    });
    records.push(recordOf(G, seed));
  }
  return records;
}

/** Splits a batch into `parts` smaller batches of consecutive seeds. */
export function splitBatch(spec: BatchSpec, parts: number): BatchSpec[] {
  const size = Math.ceil(spec.count / Math.max(1, parts));
  const out: BatchSpec[] = [];
  for (let from = spec.from; from < spec.from + spec.count; from += size) {
    out.push({ ...spec, from, count: Math.min(size, spec.from + spec.count - from) });
  }
  return out;
}
