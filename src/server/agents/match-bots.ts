// The bots a decision worker plays with, one instance per match. A bot may remember a plan
// between decisions (the normal and hard bots follow the rest of the line they chose for an
// action, keyed by seat, round and card); one instance shared by every match could follow a plan made in match A
// when match B's seat reaches the same round with the same card. Here each match has its own,
// forgotten when the match ends, and at most `max` matches are kept (the least recently used
// dropped first: it only loses a plan, and searches afresh).
import { BOTS, createHardBot, createNormalBot, greedyBot, type Bot } from '../../bots';

/** Bots that keep something between decisions, made afresh for each match. The hard bot's
 *  options are those of `hardBot` in src/bots/hard.ts. */
const PER_MATCH: Record<string, () => Bot> = {
  normal: createNormalBot,
  hard: () => createHardBot({ rollouts: 240, timeMs: 800, now: () => performance.now() }),
};

export const MAX_MATCHES = 256;

export class MatchBots {
  private readonly matches = new Map<string, Map<string, Bot>>();

  constructor(
    private readonly make: Record<string, () => Bot> = PER_MATCH,
    private readonly max = MAX_MATCHES,
  ) {}

  /** The bot of `level` for the match: its own when the level keeps state, else the shared one. */
  botFor(matchID: string, level: string): Bot {
    const make = Object.hasOwn(this.make, level) ? this.make[level] : undefined;
    if (!make) return (Object.hasOwn(BOTS, level) ? BOTS[level] : undefined) ?? greedyBot;
    let bots = this.matches.get(matchID);
    if (bots) this.matches.delete(matchID);
    else bots = new Map();
    // most recently used last: the first key is the one to drop
    this.matches.set(matchID, bots);
    while (this.matches.size > this.max) this.matches.delete(this.matches.keys().next().value as string);
    let bot = bots.get(level);
    if (!bot) bots.set(level, (bot = make()));
    return bot;
  }

  forget(matchID: string): void {
    this.matches.delete(matchID);
  }

  get size(): number {
    return this.matches.size;
  }
}
