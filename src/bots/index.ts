import { randomBot } from './random';
import { greedyBot } from './greedy';
import { createNormalBot, normalBot } from './normal';
import { createHardBot, hardBot } from './hard';
import type { Bot } from './types';

export type { Bot } from './types';
export { randomBot, greedyBot, normalBot, createNormalBot, hardBot, createHardBot };
/** Bots by level id: easy is the greedy heuristic, normal looks one action ahead, hard searches
 *  (0.8 s a decision). `greedy` and `random` stay for the simulator and the fuzz tests. */
export const BOTS: Record<string, Bot> = { easy: greedyBot, normal: normalBot, hard: hardBot, random: randomBot, greedy: greedyBot };
