// Who holds the seats reaches the match's open pages when it changes through the Lobby, not only
// when a page connects or goes (boardgame.io's own rule): a person who leaves is shown gone at
// once to the others, and a seat taken or renamed is shown by its new name.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { remoteClient, seatedMatch, testServer, type RemoteClient } from './remote-play';
import type { RunningServer } from '../../src/server/server';

type Seat = { id: number; name?: string; isConnected?: boolean };

let server: RunningServer;
let stop: () => Promise<void>;
beforeAll(async () => ({ server, stop } = await testServer('hs-seats-')));
afterAll(async () => stop());

async function post(path: string, body: unknown): Promise<Response> {
  return fetch(new URL(path, server.url), { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
}

/** Waits until the client's match data passes `test`. */
async function seen(client: RemoteClient, test: (seats: Seat[]) => boolean, ms = 5_000): Promise<Seat[]> {
  const until = Date.now() + ms;
  for (;;) {
    const seats = (client.matchData ?? []) as Seat[];
    if (test(seats)) return seats;
    if (Date.now() > until) throw new Error(`match data not as expected: ${JSON.stringify(seats)}`);
    await new Promise((r) => setTimeout(r, 25));
  }
}

describe('seats through the Lobby', () => {
  it('a seat left, taken and renamed is shown to the pages already open, with no credentials', async () => {
    const { matchID, credentials } = await seatedMatch(server, 3, { scenario: 'spring-2024' }, 2);
    const alice = (await remoteClient(server, matchID, '0', credentials[0])).client;
    const bob = (await remoteClient(server, matchID, '1', credentials[1])).client;
    const watcher = (await remoteClient(server, matchID, null)).client;
    try {
      await seen(alice, (s) => s[1]?.name === 'Player 1' && s[1]?.isConnected === true);

      expect((await post(`/games/hub-and-spokes/${matchID}/leave`, { playerID: '1', credentials: credentials[1] })).status).toBe(200);
      for (const page of [alice, watcher]) {
        const seats = await seen(page, (s) => s[1] !== undefined && s[1].name === undefined);
        expect(seats[1]?.isConnected).toBeUndefined();
      }

      const joined = await post(`/games/hub-and-spokes/${matchID}/join`, { playerID: '2', playerName: 'Carol' });
      const carol = (await joined.json()) as { playerCredentials: string };
      await seen(alice, (s) => s[2]?.name === 'Carol');

      expect((await post(`/games/hub-and-spokes/${matchID}/update`, { playerID: '2', credentials: carol.playerCredentials, newName: 'Carol B' })).status).toBe(200);
      const seats = await seen(watcher, (s) => s[2]?.name === 'Carol B');
      expect(JSON.stringify(seats)).not.toContain(carol.playerCredentials);
      expect(JSON.stringify(seats)).not.toContain(credentials[0]);
    } finally {
      for (const c of [alice, bob, watcher]) c.stop();
    }
  }, 30_000);
});
