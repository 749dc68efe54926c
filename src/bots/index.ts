import { randomBot } from './random';
import { greedyBot } from './greedy';
import type { Bot } from './types';

export type { Bot } from './types';
export { randomBot, greedyBot };
export const BOTS: Record<string, Bot> = { random: randomBot, greedy: greedyBot };
