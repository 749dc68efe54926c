// The lobby guard on a real server: every bad request gets its 4xx with a clear JSON message,
// bot seats are seated by the server and cannot be joined, nothing listed carries credentials,
// and create and join are rate-limited per address.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { lobby, testServer, type TestServer } from './agents-harness';

const G = '/games/hub-and-spokes';
let t: TestServer;
beforeAll(async () => { t = await testServer({ lobbyLimits: null }); });
afterAll(async () => { await t.stop(); });

async function created(body: unknown): Promise<string> {
  const res = await lobby(t.server, `${G}/create`, body);
  expect(res.status, JSON.stringify(res.json)).toBe(200);
  return res.json.matchID as string;
}

describe('create', () => {
  it.each([
    [{}, /numPlayers/],
    [{ numPlayers: 7 }, /numPlayers/],
    [{ numPlayers: '3' }, /numPlayers/],
    [{ numPlayers: 2, setupData: { scenario: 'mars-2030' } }, /scenario must be one of .*spring-2024/],
    [{ numPlayers: 2, setupData: { bots: { 2: 'normal' } } }, /player 2 is not a seat of a 2-player match/],
    [{ numPlayers: 2, setupData: { bots: { 0: 'easy', 1: 'hard' } } }, /leave at least one seat for a person/],
    [{ numPlayers: 3, setupData: { bots: { 1: 'godlike' } } }, /bot level is one of easy, normal, hard/],
    [{ numPlayers: 3, setupData: { bots: { x: 'easy' } } }, /playerID must be one of/],
    [{ numPlayers: 2, setupData: { answerSeconds: 5 } }, /answerSeconds/],
    [{ numPlayers: 2, setupData: { answerSeconds: 601 } }, /answerSeconds/],
    [{ numPlayers: 2, seed: 'abc' }, /unknown field "seed"/],
    [{ numPlayers: 2, setupData: { seats: { US: '1', CN: '0' } } }, /unknown field "seats"/],
    [{ numPlayers: 2, unlisted: 'yes' }, /unlisted/],
  ])('refuses %j', async (body, message) => {
    const res = await lobby(t.server, `${G}/create`, body);
    expect(res.status).toBe(400);
    expect(res.json.error).toMatch(message);
  });

  it.each(['__proto__', 'constructor', 'toString', 'hasOwnProperty', 'valueOf'])('refuses the scenario %s (Object.prototype has it, no scenario does)', async (scenario) => {
    const res = await lobby(t.server, `${G}/create`, { numPlayers: 2, setupData: { scenario } });
    expect(res.status).toBe(400);
    expect(res.json.error).toMatch(/scenario must be one of/);
  });

  it('refuses a body that is not JSON, or too large', async () => {
    expect(await lobby(t.server, `${G}/create`, '{"numPlayers": 2')).toMatchObject({ status: 400, json: { error: 'the request body is not valid JSON' } });
    const form = await lobby(t.server, `${G}/create`, 'numPlayers=2', { headers: { 'content-type': 'application/x-www-form-urlencoded' } });
    expect(form).toMatchObject({ status: 415, json: { error: expect.stringMatching(/JSON/) } });
    const big = await lobby(t.server, `${G}/create`, { numPlayers: 2, pad: 'x'.repeat(10_000) });
    expect(big.status).toBe(413);
  });

  it('seats the bots itself; the listing names them and carries no credentials', async () => {
    const matchID = await created({ numPlayers: 3, setupData: { scenario: 'class-election', bots: { 1: 'normal', 2: 'hard' }, answerSeconds: 30 } });
    const one = await lobby(t.server, `${G}/${matchID}`);
    expect(one.status).toBe(200);
    expect(one.json.players).toEqual([
      { id: 0 },
      { id: 1, name: 'Bot · Normal', data: { bot: 'normal' } },
      { id: 2, name: 'Bot · Hard', data: { bot: 'hard' } },
    ]);
    const list = await lobby(t.server, G);
    expect(JSON.stringify(list.json)).toContain(matchID);
    expect(JSON.stringify(list.json)).not.toMatch(/credentials/i);
    // the credentials exist, server-side only
    const stored = t.server.storage.fetch(matchID, { metadata: true }).metadata;
    expect(stored?.players[1]?.credentials).toMatch(/^[\w-]{20,}$/);
  });

  it('hides an invite-only match from the list', async () => {
    const matchID = await created({ numPlayers: 2, unlisted: true });
    expect(JSON.stringify((await lobby(t.server, G)).json)).not.toContain(matchID);
    expect((await lobby(t.server, `${G}/${matchID}`)).status).toBe(200);
  });
});

describe('join, update, leave, play again', () => {
  let matchID = '';
  let credentials = '';
  beforeAll(async () => { matchID = await created({ numPlayers: 3, setupData: { bots: { 2: 'easy' } } }); });

  it.each([
    [{ playerID: '0' }, 400, /playerName/],
    [{ playerID: '0', playerName: '   ' }, 400, /must not be empty/],
    [{ playerID: '0', playerName: 'x'.repeat(25) }, 400, /at most 24/],
    [{ playerID: '0', playerName: 'Ann\u0007' }, 400, /letters, digits/],
    [{ playerID: '0', playerName: '<script>' }, 400, /letters, digits/],
    [{ playerID: '0', playerName: 'Bot · Hard' }, 400, /letters, digits/],
    [{ playerID: '9', playerName: 'Ann' }, 400, /playerID/],
    [{ playerID: '4', playerName: 'Ann' }, 404, /no seat 4/],
    [{ playerID: '2', playerName: 'Ann' }, 409, /played by a bot/],
    [{ playerID: '0', playerName: 'Ann', data: { bot: 'hard' } }, 400, /unknown field "data"/],
  ])('refuses %j', async (body, status, message) => {
    const res = await lobby(t.server, `${G}/${matchID}/join`, body);
    expect(res.status).toBe(status);
    expect(res.json.error).toMatch(message);
  });

  it('seats a person with a trimmed name; the seat is then taken', async () => {
    const res = await lobby(t.server, `${G}/${matchID}/join`, { playerID: '0', playerName: '  Ana María O’Neil ' });
    expect(res.status).toBe(200);
    credentials = res.json.playerCredentials as string;
    expect((await lobby(t.server, `${G}/${matchID}`)).json.players).toContainEqual({ id: 0, name: 'Ana María O’Neil' });
    expect(await lobby(t.server, `${G}/${matchID}/join`, { playerID: '0', playerName: 'Bob' })).toMatchObject({ status: 409, json: { error: 'seat 0 is taken' } });
    // without a playerID: the first free seat that is not a bot's
    expect(await lobby(t.server, `${G}/${matchID}/join`, { playerName: 'Bob' })).toMatchObject({ status: 200, json: { playerID: '1' } });
    expect(await lobby(t.server, `${G}/${matchID}/join`, { playerName: 'Cy' })).toMatchObject({ status: 409, json: { error: /every seat/ } });
    expect(await lobby(t.server, `${G}/nope/join`, { playerName: 'Cy' })).toMatchObject({ status: 404, json: { error: 'no match nope' } });
  });

  it('renames only with the seat\'s credentials and a valid name', async () => {
    const wrong = await lobby(t.server, `${G}/${matchID}/update`, { playerID: '0', credentials: 'guess', newName: 'Eve' });
    expect(wrong).toMatchObject({ status: 403, json: { error: 'wrong credentials for seat 0' } });
    expect(JSON.stringify(wrong.json)).not.toContain('guess');
    expect(await lobby(t.server, `${G}/${matchID}/update`, { playerID: '0', credentials, newName: '' })).toMatchObject({ status: 400 });
    expect(await lobby(t.server, `${G}/${matchID}/update`, { playerID: '0', credentials, newName: 'Ana', data: {} })).toMatchObject({ status: 400, json: { error: /unknown field "data"/ } });
    expect(await lobby(t.server, `${G}/${matchID}/rename`, { playerID: '0', credentials, newName: 'Ana' })).toMatchObject({ status: 200 });
    expect((await lobby(t.server, `${G}/${matchID}`)).json.players).toContainEqual({ id: 0, name: 'Ana' });
  });

  it('plays again once, into a new match with the same bots seated', async () => {
    expect(await lobby(t.server, `${G}/${matchID}/playAgain`, { playerID: '0', credentials: 'guess' })).toMatchObject({ status: 403 });
    expect(await lobby(t.server, `${G}/${matchID}/playAgain`, { playerID: '0', credentials, numPlayers: 2 })).toMatchObject({ status: 400, json: { error: /player 2 is not a seat/ } });
    const again = await lobby(t.server, `${G}/${matchID}/playAgain`, { playerID: '0', credentials });
    expect(again.status).toBe(200);
    const next = again.json.nextMatchID as string;
    expect((await lobby(t.server, `${G}/${next}`)).json.players).toContainEqual({ id: 2, name: 'Bot · Easy', data: { bot: 'easy' } });
    expect((await lobby(t.server, `${G}/${matchID}/playAgain`, { playerID: '0', credentials })).json.nextMatchID).toBe(next);
  });

  it('deletes the match when the last person leaves, bots not counted', async () => {
    const bob = await lobby(t.server, `${G}/${matchID}/join`, { playerID: '1', playerName: 'x' }); // seat 1 is Bob's already
    expect(bob.status).toBe(409);
    const matchOfOne = await created({ numPlayers: 2, setupData: { bots: { 1: 'easy' } } });
    const joined = await lobby(t.server, `${G}/${matchOfOne}/join`, { playerID: '0', playerName: 'Solo' });
    expect(t.server.agents.agentsOf(matchOfOne)).toHaveLength(1);
    expect(await lobby(t.server, `${G}/${matchOfOne}/leave`, { playerID: '1', credentials: 'guess' })).toMatchObject({ status: 403 });
    expect(await lobby(t.server, `${G}/${matchOfOne}/leave`, { playerID: '0', credentials: joined.json.playerCredentials })).toMatchObject({ status: 200 });
    expect((await lobby(t.server, `${G}/${matchOfOne}`)).status).toBe(404);
    expect(t.server.agents.agentsOf(matchOfOne)).toHaveLength(0);
  });

  it("answers boardgame.io's own errors as JSON too", async () => {
    expect(await lobby(t.server, `${G}/nope`)).toMatchObject({ status: 404, json: { error: 'Match nope not found' } });
  });
});

describe('write routes spelt as boardgame.io\'s router also takes them (any letter case, a slash at the end)', () => {
  let matchID = '';
  let credentials = '';
  beforeAll(async () => {
    matchID = await created({ numPlayers: 3, setupData: { bots: { 2: 'easy' } } });
    credentials = (await lobby(t.server, `${G}/${matchID}/join`, { playerID: '0', playerName: 'Ann' })).json.playerCredentials as string;
  });
  // the bot's socket comes and goes on its own (isConnected)
  const stored = () => JSON.stringify([t.server.storage.listMatches(), t.server.storage.fetch(matchID, { metadata: true }).metadata], (key, value: unknown) => (key === 'isConnected' ? undefined : value));

  it.each([
    ['/create/', { numPlayers: 2, setupData: { junk: 'x'.repeat(1000) } }],
    ['/CREATE', { numPlayers: 6, unlisted: true }],
    ['/Create/', { numPlayers: 2, evil: 1 }],
    [':/join/', { playerID: '2', playerName: 'Eve' }],
    [':/JOIN', { playerID: '1', playerName: 'Z'.repeat(900) }],
    [':/update/', { playerID: '0', credentials: '', newName: '<script>', data: { bot: 'hard' } }],
    [':/rename/', { playerID: '0', credentials: '', newName: '<b>' }],
    [':/Leave', { playerID: '0', credentials: '' }],
    [':/playAgain/', { playerID: '0', credentials: '', setupData: { junk: 1 } }],
    [':/PLAYAGAIN', { playerID: '0', credentials: '' }],
  ])('refuses POST …%s and changes nothing', async (route, body) => {
    const before = stored();
    const path = route.startsWith(':') ? `${G}/${matchID}${route.slice(1)}` : `${G}${route}`;
    const withCredentials = 'credentials' in body ? { ...body, credentials } : body;
    for (const spelt of [path, path.replace('/games/', '/Games/'), path.replace('/games/', '/GAMES/')]) {
      const res = await lobby(t.server, spelt, withCredentials);
      expect(res.status, spelt).toBe(404);
      expect(res.json.error).toMatch(/no such Lobby route/);
    }
    const form = await lobby(t.server, path, 'numPlayers=2&playerName=Eve', { headers: { 'content-type': 'application/x-www-form-urlencoded', origin: 'http://evil.example' } });
    expect(form.status).toBe(404);
    expect(stored()).toBe(before);
  });

  it('refuses a body that is not JSON on every write route', async () => {
    const before = stored();
    for (const route of ['/create', `/${matchID}/join`, `/${matchID}/leave`, `/${matchID}/update`, `/${matchID}/rename`, `/${matchID}/playAgain`]) {
      for (const type of ['application/x-www-form-urlencoded', 'text/plain', 'multipart/form-data; boundary=x', 'application/json-patch+json']) {
        const res = await lobby(t.server, `${G}${route}`, JSON.stringify({ playerID: '0', credentials, numPlayers: 2, playerName: 'Eve', newName: 'Eve' }), { headers: { 'content-type': type } });
        expect(res.status, `${route} as ${type}`).toBe(415);
      }
    }
    expect(stored()).toBe(before);
  });
});

describe('rate limits', () => {
  let limited: TestServer;
  beforeAll(async () => { limited = await testServer({ lobbyLimits: { createPerMinute: 3, joinPerMinute: 4 } }); });
  afterAll(async () => { await limited.stop(); });

  it('answers 429 with Retry-After after the burst of creates', async () => {
    for (let i = 0; i < 3; i++) expect((await lobby(limited.server, `${G}/create`, { numPlayers: 2 })).status).toBe(200);
    const refused = await lobby(limited.server, `${G}/create`, { numPlayers: 2 });
    expect(refused.status).toBe(429);
    expect(refused.json.error).toMatch(/too many create requests/);
    expect(Number(refused.headers.get('retry-after'))).toBeGreaterThanOrEqual(1);
  });

  it('a create in another spelling is no way round the limit', async () => {
    const matches = limited.server.storage.listMatches().length;
    for (const path of [`${G}/create/`, `/Games/hub-and-spokes/CREATE`]) {
      for (let i = 0; i < 5; i++) expect((await lobby(limited.server, path, { numPlayers: 6, unlisted: true })).status).not.toBe(200);
    }
    expect(limited.server.storage.listMatches()).toHaveLength(matches);
  });

  it('counts joins apart from creates, bad ones included', async () => {
    for (let i = 0; i < 4; i++) expect((await lobby(limited.server, `${G}/nope/join`, { playerName: 'A' })).status).toBe(404);
    expect((await lobby(limited.server, `${G}/nope/join`, { playerName: 'A' })).status).toBe(429);
  });
});
