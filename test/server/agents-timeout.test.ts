// The answer time limit: a person who stays silent on a timed decision (a consent answer, a
// crisis commitment, a home-front budget) is answered for by the server, through that seat's
// own connection, and the server itself says so in the match's chat (a sender no seat is).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SeededRng } from '../../src/game';
import { SERVER_SENDER } from '../../src/server/guarded-transport';
import { lobby, person, playRandom, until, testServer, type Person, type TestServer } from './agents-harness';

const G = '/games/hub-and-spokes';
const TIMED = ['answer', 'commit', 'budget'];
let t: TestServer;
beforeAll(async () => { t = await testServer(); });
afterAll(async () => { await t.stop(); });

describe('answer time limit', () => {
  it('answers for a silent person after the limit and says so in the chat', async () => {
    const matchID = (await lobby(t.server, `${G}/create`, { numPlayers: 2, setupData: { answerSeconds: 10 } })).json.matchID as string;
    // The Lobby allows 10 s at least; the test shortens it to 1 s in the stored setup.
    const { metadata } = t.server.storage.fetch(matchID, { metadata: true });
    if (!metadata) throw new Error('no match');
    t.server.storage.setMetadata(matchID, { ...metadata, setupData: { answerSeconds: 1 } });
    const people: Person[] = [];
    for (const playerID of ['0', '1']) {
      const joined = await lobby(t.server, `${G}/${matchID}/join`, { playerID, playerName: `Person ${playerID}` });
      people.push(await person(t.server, matchID, playerID, joined.json.playerCredentials as string));
    }
    const [us, china] = people as [Person, Person];
    const rng = new SeededRng('silent');
    const moved = new Map<Person, number>();
    const silentFor = new Set<number>();
    await until(() => {
      if (us.chatMessages.length > 0) return true;
      for (const p of people) {
        const id = p.getState()?._stateID ?? -1;
        if (moved.get(p) === id) continue;
        // China plays its own actions but never answers a timed decision.
        if (playRandom(p, rng, p === china ? (move) => !TIMED.includes(move) : undefined)) moved.set(p, id);
      }
      const step = china.getState()?.G.step;
      if (step && 'awaiting' in step && step.awaiting.includes('CN')) silentFor.add(china.getState()?._stateID ?? -1);
      return false;
    }, 60_000, 'nobody answered for the silent person');
    expect(silentFor.size).toBeGreaterThan(0);
    const message = us.chatMessages[0];
    expect(message?.sender).toBe(SERVER_SENDER);
    expect(message?.payload).toMatchObject({ timeout: true, seat: 'CN', text: 'China did not answer within 1 s: the server answered for it.' });
    // the decision was made and the match went on
    await until(() => {
      const step = china.getState()?.G.step;
      return !(step && 'awaiting' in step && step.awaiting.includes('CN'));
    }, 10_000, 'China is still awaited');
    // the seat's record in the match's metadata keeps it after the chat is gone (a restart)
    const record = t.server.storage.fetch(matchID, { metadata: true }).metadata?.players[1]?.data as { answeredByServer?: number; lastAnswer?: string } | undefined;
    expect(record?.answeredByServer).toBeGreaterThanOrEqual(1); // a later decision may be answered for too, at 1 s
    expect(record?.lastAnswer).toBe('China did not answer within 1 s: the server answered for it.');
    const log = t.server.storage.fetch(matchID, { log: true }).log ?? [];
    const answered = log.filter((e) => e.action.payload.playerID === '1' && TIMED.includes(e.action.payload.type));
    expect(answered.length).toBeGreaterThan(0);
    for (const p of people) p.stop();
  }, 90_000);

  it('resumes a silent person\'s clock after a restart instead of starting it again', async () => {
    const matchID = (await lobby(t.server, `${G}/create`, { numPlayers: 2, setupData: { answerSeconds: 600 } })).json.matchID as string;
    const people: Person[] = [];
    for (const playerID of ['0', '1']) {
      const joined = await lobby(t.server, `${G}/${matchID}/join`, { playerID, playerName: `Person ${playerID}` });
      people.push(await person(t.server, matchID, playerID, joined.json.playerCredentials as string));
    }
    const [, china] = people as [Person, Person];
    const rng = new SeededRng('restart-clock');
    const moved = new Map<Person, number>();
    await until(() => {
      if (t.server.agents.answerClock(matchID).has('CN')) return true;
      for (const p of people) {
        const id = p.getState()?._stateID ?? -1;
        if (moved.get(p) === id) continue;
        if (playRandom(p, rng, p === china ? (move) => !TIMED.includes(move) : undefined)) moved.set(p, id);
      }
      return false;
    }, 60_000, 'China was never awaited for a timed answer');
    const since = t.server.agents.answerClock(matchID).get('CN');
    for (const p of people) p.stop();
    // the clock is in the seat's record once the move's save is through
    await until(() => {
      const data = t.server.storage.fetch(matchID, { metadata: true }).metadata?.players[1]?.data as { awaited?: { since: Record<string, number> } } | undefined;
      return data?.awaited?.since['CN'] === since;
    }, 5_000, 'the clock was not written to the seat\'s record');
    await until(() => Date.now() > (since as number), 1_000, 'the clock did not move');
    const server = await t.restart();
    expect(server.agents.answerClock(matchID).get('CN')).toBe(since);
  }, 90_000);
});
