// Greedy: the engine's autopilot policy, run on the seat's own view. It never sees other
// seats' hands or agendas, nor the order of a deck.
import { autopilotChoice } from '../game/autopilot';
import type { Bot } from './types';

export const greedyBot: Bot = {
  name: 'greedy',
  choose(view, seat, legal) {
    return autopilotChoice(view, seat, legal);
  },
};
