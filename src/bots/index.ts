import { randomBot } from './random';
import { greedyBot } from './greedy';
import { normalBot } from './normal';
import type { Bot } from './types';

export type { Bot } from './types';
export { randomBot, greedyBot, normalBot };
/** Bots by level id: easy is the greedy heuristic, normal looks one action ahead. `greedy`
 *  and `random` stay for the simulator and the fuzz tests. */
export const BOTS: Record<string, Bot> = { easy: greedyBot, normal: normalBot, random: randomBot, greedy: greedyBot };
