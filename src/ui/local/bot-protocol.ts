// What the page asks a bot and what it answers: plain JSON, so that the question can cross to a
// Web Worker. `seed` seeds the bot's own generator for this one decision.
import { BOTS, greedyBot } from '../../bots';
import { SeededRng, type Action, type PlayerView, type SeatId } from '../../game';

export interface BotQuestion { level: string; view: PlayerView; seat: SeatId; legal: Action[]; seed: string }

export function answerBot(q: BotQuestion): Action {
  const bot = BOTS[q.level] ?? greedyBot;
  return bot.choose(q.view, q.seat, q.legal, new SeededRng(q.seed));
}
