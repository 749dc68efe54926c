// People (boardgame.io socket clients playing random legal moves) against the server's bots in
// the other seats, over loopback: the game ends with a result, and nothing a bot agent
// receives holds another seat's hand or agenda.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SEATS, SeededRng, seatsOf, type PlayerView, type SeatId } from '../../src/game';
import { lobby, person, playRandom, until, testServer, type Person, type TestServer } from './agents-harness';

const G = '/games/hub-and-spokes';
let t: TestServer;
beforeAll(async () => { t = await testServer({ botPaceMs: 0, botWorkers: 2 }); });
afterAll(async () => { await t.stop(); });

/** Fails on any view that shows a seat other than the viewer's own hand or agenda. */
function checkPrivate(view: PlayerView, own: SeatId[], seen: { othersHolding: number }): void {
  for (const seat of SEATS) {
    if (own.includes(seat)) continue;
    expect(view.hands[seat], `hand of ${seat} sent to ${own.join()}`).toEqual([]);
    expect(view.agendas[seat], `agenda of ${seat} sent to ${own.join()}`).toBeNull();
    if (view.counts.hands[seat] > 0) seen.othersHolding++;
  }
  expect(view.decks.strategy).toEqual([]);
}

describe('people against server bots', () => {
  it('plays a whole four-seat game to a result; bots see only their own seat', async () => {
    const created = await lobby(t.server, `${G}/create`, { numPlayers: 4, setupData: { bots: { 1: 'normal', 2: 'easy' } } });
    const matchID = created.json.matchID as string;
    const people: Person[] = [];
    for (const playerID of ['0', '3']) {
      const joined = await lobby(t.server, `${G}/${matchID}/join`, { playerID, playerName: `Person ${playerID}` });
      people.push(await person(t.server, matchID, playerID, joined.json.playerCredentials as string));
    }
    const agents = t.server.agents.agentsOf(matchID);
    expect(agents).toHaveLength(2);
    const seen = { othersHolding: 0, views: 0 };
    for (const agent of agents) {
      agent.client.subscribe((state) => {
        if (!state) return;
        seen.views++;
        checkPrivate(state.G, seatsOf(state.G, agent.client.playerID), seen);
      });
    }

    const rng = new SeededRng('people-vs-bots');
    const moved = new Map<Person, number>();
    let personMoves = 0;
    await until(() => {
      const state = people[0]?.getState();
      if (state?.ctx.gameover !== undefined) return true;
      for (const p of people) {
        const id = p.getState()?._stateID ?? -1;
        if (moved.get(p) === id) continue;
        if (playRandom(p, rng)) {
          moved.set(p, id);
          personMoves++;
        }
      }
      return false;
    }, 150_000, 'the game did not end');

    const result = people[0]?.getState()?.ctx.gameover;
    expect(result).toBeDefined();
    const stored = t.server.storage.fetch(matchID, { state: true, log: true });
    expect(stored.state?.ctx.gameover).toEqual(result);
    // the bots made moves too: the stored log has more moves than the people made
    expect((stored.log?.length ?? 0) - personMoves).toBeGreaterThan(50);
    expect(seen.views).toBeGreaterThan(50);
    expect(seen.othersHolding).toBeGreaterThan(0);
    await until(() => t.server.agents.agentsOf(matchID).length === 0, 5_000, 'the agents did not stop at the end');
    for (const p of people) p.stop();
  }, 180_000);
});
