// A move's G shares its unchanged parts with the G before it (src/server/reshare.ts), and the
// game the server runs is the same game: a whole game through boardgame.io's Client with the
// served game ends in the same state as with the bare game, while most of each state is shared.
import { describe, expect, it } from 'vitest';
import { Client } from 'boardgame.io/client';
import { HubAndSpokes, SeededRng, type GState } from '../../src/game';
import { nextDecision } from '../../src/sim/play';
import { randomBot } from '../../src/bots';
import { reshare } from '../../src/server/reshare';
import { servedGame } from '../../src/server/served-game';

const deepFreeze = <T>(x: T): T => {
  if (typeof x === 'object' && x !== null && !Object.isFrozen(x)) {
    Object.freeze(x);
    for (const v of Object.values(x)) deepFreeze(v);
  }
  return x;
};

describe('reshare', () => {
  it('gives back the state before when nothing changed', () => {
    const before = deepFreeze({ a: [1, { b: 'x' }], c: { d: null } });
    expect(reshare(before, { a: [1, { b: 'x' }], c: { d: null } })).toBe(before);
  });

  it('shares unchanged siblings and keeps new objects on the path to a change, leaving the state before as it was', () => {
    const before = deepFreeze({ theatres: { TWN: { tension: 5 }, SCS: { tension: 8 } }, log: [{ n: 1 }], round: 1 });
    const next = reshare(before, { theatres: { TWN: { tension: 6 }, SCS: { tension: 8 } }, log: [{ n: 1 }], round: 1 });
    expect(next).not.toBe(before);
    expect(next.theatres).not.toBe(before.theatres);
    expect(next.theatres.TWN).toEqual({ tension: 6 });
    expect(next.theatres.SCS).toBe(before.theatres.SCS);
    expect(next.log).toBe(before.log);
    expect(before.theatres.TWN.tension).toBe(5);
  });

  it('treats a longer or shorter array, and a key added or removed, as a change', () => {
    const before = deepFreeze({ hand: ['S01', 'S02'], flags: { a: true } as Record<string, boolean> });
    const grown = reshare(before, { hand: ['S01', 'S02', 'S03'], flags: { a: true } });
    expect(grown.hand).toEqual(['S01', 'S02', 'S03']);
    expect(grown.flags).toBe(before.flags);
    const shrunk = reshare(before, { hand: ['S01'], flags: { a: true, b: false } });
    expect(shrunk.hand).toEqual(['S01']);
    expect(shrunk.flags).toEqual({ a: true, b: false });
    expect(reshare(before, { hand: ['S01', 'S02'], flags: {} }).flags).toEqual({});
  });

  it('takes a frozen new state as it is', () => {
    const before = { a: { b: 1 }, c: 1 };
    const next = deepFreeze({ a: { b: 1 }, c: 2 });
    const out = reshare(before, next);
    expect(out).toBe(next);
    expect(out.a).not.toBe(before.a);
  });
});

describe('the served game shares what a move leaves as it was', () => {
  /** A whole game through boardgame.io's headless Client, the same random decisions for both games. */
  function play(game: typeof HubAndSpokes, seed: string): { G: GState; shared: number; moves: number } {
    const client = Client<GState>({ game: { ...game, seed }, numPlayers: 6 });
    client.start();
    const rng = new SeededRng(`${seed}/bots`);
    let shared = 0;
    let moves = 0;
    for (;;) {
      const { G, ctx } = client.store.getState() as { G: GState; ctx: { gameover?: unknown } };
      if (ctx.gameover) break;
      const d = nextDecision(G, () => randomBot, rng);
      if (!d) throw new Error('nobody to move');
      client.updatePlayerID(d.player);
      client.moves[d.action.move]!(...d.action.args);
      const after = (client.store.getState() as { G: GState }).G;
      moves += 1;
      // parts that most actions leave as they were
      if (after.actors === G.actors || after.tension === G.tension || after.decks === G.decks || after.control === G.control) shared += 1;
      if (moves > 5_000) throw new Error('no end');
    }
    const { G } = client.store.getState() as { G: GState };
    client.stop();
    return { G, shared, moves };
  }

  it('ends a whole game in the same state as the bare game, with parts of most states shared', () => {
    const bare = play(HubAndSpokes, 'reshare-1');
    const served = play(servedGame() as typeof HubAndSpokes, 'reshare-1');
    expect(JSON.stringify(served.G)).toBe(JSON.stringify(bare.G));
    expect(bare.shared).toBe(0);
    expect(served.shared).toBeGreaterThan(served.moves / 2);
  });
});
