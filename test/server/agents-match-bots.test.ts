// The decision worker keeps one bot per match: the normal and hard bots remember the rest of the
// line they chose for an action (by seat, round and card), and a bot shared by every match would follow a
// plan made in match A when a seat of match B stood at the same round with the same card.
import { describe, expect, it } from 'vitest';
import { SeededRng, actingSeat, applyAction, awaitedPlayers, createInitialState, legalActions, legalActionsFor, pagedPlayerView, type Action, type GState, type PlayerView, type SeatId } from '../../src/game';
import { createHardBot, greedyBot } from '../../src/bots';
import { MatchBots } from '../../src/server/agents/match-bots';

/** States where a seat is to choose the card of its action, with the player. */
function* cardChoices(): Generator<{ G: GState; player: string }> {
  const G = createInitialState(3, {});
  const rng = new SeededRng('match-bots');
  for (let i = 0; i < 300; i++) {
    const player = awaitedPlayers(G)[0];
    if (player === undefined) break;
    const legal = legalActions(G, player);
    if (G.step.kind === 'action' && legal.filter((a) => a.move === 'playCard').length > 1) yield { G: structuredClone(G), player };
    applyAction(G, player, legal[Math.floor(rng.number() * legal.length)] as (typeof legal)[number], rng);
  }
}

describe('bots of the decision worker', () => {
  it('a bot in match B does not follow the plan a bot made in match A', () => {
    let searches = 0;
    const bots = new MatchBots({ hard: () => createHardBot({ rollouts: 16, onSearch: () => { searches++; } }) });
    // a card the bot plays with a further step to choose (event or operations)
    let found: { G: GState; player: string; seat: SeatId; view2: PlayerView; legal2: Action[] } | undefined;
    for (const { G, player } of cardChoices()) {
      const seat = actingSeat(G, player);
      if (!seat) continue;
      const view = pagedPlayerView(G, player);
      const bots0 = new MatchBots({ hard: () => createHardBot({ rollouts: 16 }) });
      const first = bots0.botFor('probe', 'hard').choose(view, seat, legalActionsFor(view, seat), new SeededRng('a'));
      const next = structuredClone(G);
      if (first.move !== 'playCard' || !applyAction(next, player, first, new SeededRng('deal'))) continue;
      const view2 = pagedPlayerView(next, player);
      const legal2 = legalActionsFor(view2, seat);
      if (legal2.filter((a) => a.move !== 'back').length < 2) continue;
      found = { G, player, seat, view2, legal2 };
      break;
    }
    if (!found) throw new Error('no card with a further choice was played');
    const { G, player, seat, view2, legal2 } = found;
    // match A's bot plays the card (the same choice: the same seed), and keeps the rest of its line
    const view = pagedPlayerView(G, player);
    expect(bots.botFor('A', 'hard').choose(view, seat, legalActionsFor(view, seat), new SeededRng('a')).move).toBe('playCard');
    // match B stands at the next step of the same action, with the same card
    const before = searches;
    bots.botFor('B', 'hard').choose(view2, seat, legal2, new SeededRng('b'));
    expect(searches).toBe(before + 1); // match B's bot judged the step itself
    bots.botFor('A', 'hard').choose(view2, seat, legal2, new SeededRng('a2'));
    expect(searches).toBe(before + 1); // match A's bot followed its own plan
  }, 60_000);

  it('keeps one bot per match and level, drops a match that ended, and holds at most `max`', () => {
    let made = 0;
    const bots = new MatchBots({ hard: () => { made++; return createHardBot({ rollouts: 1 }); } }, 2);
    const a = bots.botFor('A', 'hard');
    expect(bots.botFor('A', 'hard')).toBe(a);
    expect(bots.botFor('B', 'hard')).not.toBe(a);
    bots.forget('A');
    expect(bots.botFor('A', 'hard')).not.toBe(a);
    bots.botFor('C', 'hard'); // B, the least recently used, is dropped
    expect(bots.size).toBe(2);
    expect(made).toBe(4);
    // levels that keep nothing are shared; unknown ones fall back to the greedy bot
    expect(bots.botFor('A', 'easy')).toBe(bots.botFor('B', 'easy'));
    expect(bots.botFor('A', 'no-such-level')).toBe(greedyBot);
    expect(bots.botFor('A', 'constructor')).toBe(greedyBot);
  });

  it('by default both levels that plan (normal and hard) get a bot of their own in each match', () => {
    const bots = new MatchBots();
    for (const level of ['normal', 'hard']) {
      const a = bots.botFor('A', level);
      expect(a.name).toBe(level);
      expect(bots.botFor('A', level)).toBe(a);
      expect(bots.botFor('B', level)).not.toBe(a);
    }
  });
});
