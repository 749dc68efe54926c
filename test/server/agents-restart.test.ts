// Bot agents come back with the server: a match in storage with bot seats and no result gets
// its agents again on start, and the bots go on playing where they stopped.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SeededRng } from '../../src/game';
import { lobby, person, playRandom, until, testServer, type Person, type TestServer } from './agents-harness';

const G = '/games/hub-and-spokes';
let t: TestServer;
beforeAll(async () => { t = await testServer(); });
afterAll(async () => { await t.stop(); });

const botMoves = (matchID: string) =>
  (t.server.storage.fetch(matchID, { log: true }).log ?? []).filter((e) => e.action.payload.playerID === '1').length;

/** The person plays random legal moves until the bot has made `target` moves in all. */
async function playUntilBotMoves(me: Person, matchID: string, target: number): Promise<void> {
  const rng = new SeededRng(`restart-${target}`);
  let movedAt = -1;
  await until(() => {
    if (botMoves(matchID) >= target) return true;
    const id = me.getState()?._stateID ?? -1;
    if (id !== movedAt && playRandom(me, rng)) movedAt = id;
    return me.getState()?.ctx.gameover !== undefined;
  }, 60_000, `the bot did not reach ${target} moves`);
}

describe('agents after a restart', () => {
  it('resume the bot seats of a match still going', async () => {
    const matchID = (await lobby(t.server, `${G}/create`, { numPlayers: 2, setupData: { bots: { 1: 'easy' } } })).json.matchID as string;
    const credentials = (await lobby(t.server, `${G}/${matchID}/join`, { playerID: '0', playerName: 'Ann' })).json.playerCredentials as string;
    const before = await person(t.server, matchID, '0', credentials);
    await playUntilBotMoves(before, matchID, 3);
    before.stop();
    const movesBefore = botMoves(matchID);

    const server = await t.restart();
    expect(server.agents.agentsOf(matchID)).toHaveLength(1);
    const after = await person(server, matchID, '0', credentials);
    await playUntilBotMoves(after, matchID, movesBefore + 3);
    expect(botMoves(matchID)).toBeGreaterThanOrEqual(movesBefore + 3);
    after.stop();
  }, 120_000);
});
