// Random-legal: any seat, any step, uniformly among the legal actions. The fuzzer of the game.
import type { Bot } from './types';

export const randomBot: Bot = {
  name: 'random',
  choose(_view, _seat, legal, rng) {
    const action = legal[Math.floor(rng.number() * legal.length)];
    if (!action) throw new Error('no legal action');
    return action;
  },
};
