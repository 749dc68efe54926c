// Lobby abuse from outside, against a real server on loopback: matches made to cost the server
// (bot agents, entries in storage and in the public list) without anyone playing them.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { lobby, until, testServer, type TestServer } from './agents-harness';

const G = '/games/hub-and-spokes';
const FIVE_BOTS = { numPlayers: 6, setupData: { bots: { 1: 'hard', 2: 'hard', 3: 'hard', 4: 'hard', 5: 'hard' } } };

describe('matches nobody joins', () => {
  let t: TestServer;
  // unjoinedMinutes 0: a match nobody has joined is deleted at the next create
  beforeAll(async () => { t = await testServer({ lobbyLimits: { createPerMinute: 100, joinPerMinute: 100, unjoinedMinutes: 0 } }); });
  afterAll(async () => { await t.stop(); });

  it('run no bot agents until a person takes a seat', async () => {
    const matchID = (await lobby(t.server, `${G}/create`, FIVE_BOTS)).json.matchID as string;
    expect(t.server.agents.agentsOf(matchID)).toHaveLength(0);
    const joined = await lobby(t.server, `${G}/${matchID}/join`, { playerID: '0', playerName: 'Ann' });
    expect(joined.status).toBe(200);
    expect(t.server.agents.agentsOf(matchID)).toHaveLength(5);
  });

  it('are deleted (out of storage and the public list) once they are old enough, joined ones kept', async () => {
    const played = (await lobby(t.server, `${G}/create`, FIVE_BOTS)).json.matchID as string;
    await lobby(t.server, `${G}/${played}/join`, { playerID: '0', playerName: 'Bo' });
    const lonely = (await lobby(t.server, `${G}/create`, FIVE_BOTS)).json.matchID as string;
    expect((await lobby(t.server, `${G}/${lonely}`)).status).toBe(200);
    await until(() => Date.now() > t.server.storage.fetch(lonely, { metadata: true }).metadata!.createdAt, 1000, 'the clock did not move');
    await lobby(t.server, `${G}/create`, { numPlayers: 2 });
    expect((await lobby(t.server, `${G}/${lonely}`)).status).toBe(404);
    expect(t.server.storage.fetch(lonely, { metadata: true }).metadata).toBeUndefined();
    expect(((await lobby(t.server, G)).json.matches as { matchID: string }[]).map((m) => m.matchID)).not.toContain(lonely);
    expect((await lobby(t.server, `${G}/${played}`)).status).toBe(200);
  });

  it('come back after a restart without agents, and are still swept', async () => {
    const lonely = (await lobby(t.server, `${G}/create`, FIVE_BOTS)).json.matchID as string;
    const server = await t.restart();
    expect(server.agents.agentsOf(lonely)).toHaveLength(0);
    await lobby(server, `${G}/create`, { numPlayers: 2 });
    expect((await lobby(server, `${G}/${lonely}`)).status).toBe(404);
  });
});

describe('addresses', () => {
  let t: TestServer;
  beforeAll(async () => { t = await testServer({ lobbyLimits: null }); });
  afterAll(async () => { await t.stop(); });

  it('a malformed %-escape in a Lobby path is a 400 with a JSON error, not a server failure', async () => {
    const answer = await lobby(t.server, `${G}/%E0%A4%A/join`, { playerName: 'Ann' });
    expect(answer.status).toBe(400);
    expect(answer.json.error).toMatch(/not valid/);
  });
});

describe('matches with bots from one address', () => {
  let t: TestServer;
  beforeAll(async () => { t = await testServer({ lobbyLimits: { createPerMinute: 100, joinPerMinute: 100, botMatchesPerAddress: 2 } }); });
  afterAll(async () => { await t.stop(); });

  it('are limited while they go on (each bot seat is an agent for the match\'s whole life); a match without bots is not counted', async () => {
    const made: Array<{ matchID: string; credentials: string }> = [];
    for (let i = 0; i < 2; i++) {
      const matchID = (await lobby(t.server, `${G}/create`, FIVE_BOTS)).json.matchID as string;
      const credentials = (await lobby(t.server, `${G}/${matchID}/join`, { playerID: '0', playerName: 'Ann' })).json.playerCredentials as string;
      made.push({ matchID, credentials });
    }
    const refused = await lobby(t.server, `${G}/create`, FIVE_BOTS);
    expect(refused.status).toBe(429);
    expect(refused.json.error).toMatch(/already has 2 matches with bots going/);
    // play again is a create too
    const again = await lobby(t.server, `${G}/${made[0]?.matchID}/playAgain`, { playerID: '0', credentials: made[0]?.credentials });
    expect(again.status).toBe(429);
    expect((await lobby(t.server, `${G}/create`, { numPlayers: 2 })).status).toBe(200);
    // leaving the only person's seat deletes the match: the address may make another
    expect((await lobby(t.server, `${G}/${made[1]?.matchID}/leave`, { playerID: '0', credentials: made[1]?.credentials })).status).toBe(200);
    expect((await lobby(t.server, `${G}/create`, FIVE_BOTS)).status).toBe(200);
  });
});
