// The lobby's client side: the requests it sends (against a fake fetch), the messages its errors
// carry, the checks the lobby form makes before asking the server, and the online addresses.
import { describe, expect, it } from 'vitest';
import { LobbyClient, LobbyError } from '../../src/ui/online/lobby-client';
import { inviteLink, matchHash, watchHash } from '../../src/ui/online/links';
import { pageFromHash } from '../../src/ui/nav';
import {
  createRequest, defaultForm, formProblem, freeSeats, nameProblem, scenarioName, seatLines, type MatchForm,
} from '../../src/ui/online/match-setup';

interface Sent { url: string; method: string; headers: Record<string, string>; body: unknown }

/** A fetch that records each request and answers from a script of responses. */
function fakeFetch(...answers: (Response | Error)[]) {
  const sent: Sent[] = [];
  const fetch = async (url: string, init?: RequestInit): Promise<Response> => {
    sent.push({
      url,
      method: init?.method ?? 'GET',
      headers: (init?.headers ?? {}) as Record<string, string>,
      body: init?.body ? JSON.parse(String(init.body)) : undefined,
    });
    const next = answers.shift();
    if (!next) throw new Error('no scripted answer left');
    if (next instanceof Error) throw next;
    return next;
  };
  return { fetch, sent };
}

const json = (body: unknown, status = 200) => new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });
const text = (body: string, status: number, statusText = '') => new Response(body, { status, statusText });

async function failure(p: Promise<unknown>): Promise<LobbyError> {
  const e = await p.then(() => null, (err: unknown) => err);
  expect(e).toBeInstanceOf(LobbyError);
  return e as LobbyError;
}

describe('the lobby client', () => {
  it('creates, joins, leaves and plays again on the boardgame.io Lobby routes', async () => {
    const { fetch, sent } = fakeFetch(
      json({ matchID: 'm1' }),
      json({ playerID: '1', playerCredentials: 'secret' }),
      json({}),
      json({ nextMatchID: 'm2' }),
    );
    const lobby = new LobbyClient(fetch, 'http://host');
    const request = createRequest({ ...defaultForm('spring-2024'), seats: ['person', 'hard', 'person', 'easy', 'normal', 'normal'], numPlayers: 4 });
    expect(await lobby.createMatch(request)).toBe('m1');
    expect(await lobby.joinMatch('m1', '1', 'Ana')).toEqual({ playerID: '1', credentials: 'secret' });
    await lobby.leaveMatch('m1', { playerID: '1', credentials: 'secret' });
    expect(await lobby.playAgain('m1', { playerID: '1', credentials: 'secret' })).toBe('m2');
    expect(sent.map((s) => `${s.method} ${s.url}`)).toEqual([
      'POST http://host/games/hub-and-spokes/create',
      'POST http://host/games/hub-and-spokes/m1/join',
      'POST http://host/games/hub-and-spokes/m1/leave',
      'POST http://host/games/hub-and-spokes/m1/playAgain',
    ]);
    expect(sent[0]?.body).toEqual({ numPlayers: 4, setupData: { scenario: 'spring-2024', bots: { 1: 'hard', 3: 'easy' }, answerSeconds: 120 } });
    expect(sent[1]?.body).toEqual({ playerID: '1', playerName: 'Ana' });
    expect(sent[2]?.body).toEqual({ playerID: '1', credentials: 'secret' });
    expect(sent[0]?.headers['content-type']).toBe('application/json');
  });

  it('lists open matches and reads one', async () => {
    const match = { matchID: 'm1', players: [{ id: 0, name: 'Ana' }, { id: 1 }], createdAt: 1, updatedAt: 2 };
    const { fetch, sent } = fakeFetch(json({ matches: [match] }), json(match));
    const lobby = new LobbyClient(fetch);
    expect(await lobby.listMatches()).toEqual([match]);
    expect(await lobby.getMatch('a b')).toEqual(match);
    expect(sent.map((s) => s.url)).toEqual(['/games/hub-and-spokes?isGameover=false', '/games/hub-and-spokes/a%20b']);
  });

  it('asks for a log page with the seat’s credentials in headers, or none for a spectator', async () => {
    const entries = [{ seq: 3, round: 1, type: 'round' }];
    const { fetch, sent } = fakeFetch(json({ page: 0, entries }), json({ page: 2, entries: [] }));
    const lobby = new LobbyClient(fetch);
    expect(await lobby.logPage('m1', 0, { playerID: '0', credentials: 'c0' })).toEqual(entries);
    expect(await lobby.logPage('m1', 2, null)).toEqual([]);
    expect(sent[0]).toMatchObject({ url: '/hub/matches/m1/log/0', method: 'GET', headers: { 'x-player-id': '0', 'x-credentials': 'c0' } });
    expect(sent[1]?.headers).toEqual({});
  });

  it('carries the server’s own words: a JSON error, or boardgame.io’s plain-text message', async () => {
    const { fetch } = fakeFetch(json({ error: 'player names are 1 to 24 characters' }, 400), text('Player 1 not available', 409, 'Conflict'));
    const lobby = new LobbyClient(fetch);
    const bad = await failure(lobby.joinMatch('m1', '1', 'x'.repeat(40)));
    expect(bad.message).toBe('Player names are 1 to 24 characters.');
    expect(bad.status).toBe(400);
    expect((await failure(lobby.joinMatch('m1', '1', 'Bo'))).message).toBe('Player 1 not available.');
  });

  it('explains a bare status, a lost network and an answer that is not JSON', async () => {
    const { fetch } = fakeFetch(
      text('Not Found', 404, 'Not Found'),
      text('', 429, 'Too Many Requests'),
      text('<html><body>Bad gateway</body></html>', 502, 'Bad Gateway'),
      new TypeError('Failed to fetch'),
      text('surely not json', 200),
    );
    const lobby = new LobbyClient(fetch);
    expect((await failure(lobby.getMatch('nope'))).message).toBe('No such match on this server.');
    expect((await failure(lobby.createMatch(createRequest(defaultForm('spring-2024'))))).message).toMatch(/too many requests/i);
    expect((await failure(lobby.listMatches())).message).toBe('The server answered 502 Bad Gateway.');
    const offline = await failure(lobby.listMatches());
    expect(offline.status).toBe(0);
    expect(offline.message).toMatch(/cannot be reached/);
    expect((await failure(lobby.listMatches())).message).toMatch(/not JSON/);
  });
});

describe('the match form', () => {
  const form = (patch: Partial<MatchForm>): MatchForm => ({ ...defaultForm('spring-2024'), ...patch });

  it('accepts the default form and builds the contract’s create body', () => {
    expect(formProblem(defaultForm('spring-2024'))).toBeNull();
    expect(createRequest(defaultForm('spring-2024'))).toEqual({ numPlayers: 2, setupData: { scenario: 'spring-2024', bots: { 1: 'normal' }, answerSeconds: 120 } });
    expect(createRequest(form({ numPlayers: 3, seats: ['person', 'person', 'person', 'hard', 'hard', 'hard'], unlisted: true, answerSeconds: 30 })))
      .toEqual({ numPlayers: 3, setupData: { scenario: 'spring-2024', answerSeconds: 30 }, unlisted: true });
  });

  it('names what is wrong', () => {
    expect(formProblem(form({ scenario: 'mars-2030' }))).toMatch(/Unknown scenario/);
    expect(formProblem(form({ numPlayers: 7 }))).toMatch(/2 to 6/);
    expect(formProblem(form({ numPlayers: 2, seats: ['hard', 'easy', 'person', 'person', 'person', 'person'] }))).toMatch(/open for a person/);
    expect(formProblem(form({ answerSeconds: 5 }))).toMatch(/10 to 600/);
    expect(formProblem(form({ answerSeconds: Number.NaN }))).toMatch(/10 to 600/);
    expect(formProblem(form({ answerSeconds: 12.5 }))).toMatch(/whole number/);
    expect(formProblem(form({ answerSeconds: 600 }))).toBeNull();
  });

  it('checks a player name as the server will', () => {
    expect(nameProblem('  Ana  ')).toBeNull();
    expect(nameProblem('   ')).toMatch(/Enter a name/);
    expect(nameProblem('x'.repeat(25))).toMatch(/at most 24/);
    expect(nameProblem('x'.repeat(24))).toBeNull();
    expect(nameProblem('<script>')).toMatch(/letters, digits, spaces/);
    expect(nameProblem('tab\there')).toMatch(/letters, digits, spaces/);
    expect(nameProblem('Bot · Hard')).toMatch(/letters, digits, spaces/);
    expect(nameProblem('Zoë O’Neil-Ōta (JP) &c.')).toBeNull();
    expect(nameProblem('李明')).toBeNull();
  });

  it('reads a listed match’s seats: people, bots (also before they sit), free seats', () => {
    const match = {
      players: [{ id: 0, name: 'Ana', isConnected: true }, { id: 1, name: 'Bot · Hard', data: { bot: 'hard' as const } }, { id: 2 }, { id: 3 }, { id: 4, name: 'Ben' }],
      setupData: { scenario: 'spring-2024', bots: { 3: 'easy' as const } },
    };
    expect(seatLines(match)).toEqual([
      { playerID: '0', seat: 'US', name: 'Ana', botPending: false, connected: true },
      { playerID: '1', seat: 'CN', name: 'Bot · Hard', bot: 'hard', botPending: false },
      { playerID: '2', seat: 'JP', botPending: false },
      { playerID: '3', seat: 'KR', bot: 'easy', botPending: true },
      // joined, but the page never connected: away, not there
      { playerID: '4', seat: 'AU', name: 'Ben', botPending: false, connected: false },
    ]);
    expect(freeSeats(match).map((s) => s.seat)).toEqual(['JP']);
  });

  it('names the scenario of a match made without one (the Lobby API allows it) as the default', () => {
    expect(scenarioName(undefined)).toBe('Spring 2024: What If Trump?');
    expect(scenarioName('spring-2024')).toBe('Spring 2024: What If Trump?');
    expect(scenarioName('no-such')).toBe('no-such');
  });
});

describe('online addresses', () => {
  it('reads the lobby, a match (its invite link) and watching from the hash', () => {
    expect(pageFromHash('#/online')).toEqual({ page: 'online' });
    expect(pageFromHash('#/online/AbC-12_x')).toEqual({ page: 'online', anchor: 'AbC-12_x' });
    expect(pageFromHash(watchHash('a b'))).toEqual({ page: 'online', anchor: 'a b', watch: true });
    expect(pageFromHash('#/online/m1/elsewhere')).toEqual({ page: 'online', anchor: 'm1' });
    expect(pageFromHash('#/play')).toEqual({ page: 'play' });
  });

  it('builds an invite link that opens the match page on this server', () => {
    const link = inviteLink('m 1', { origin: 'http://10.0.0.5:8000', pathname: '/' });
    expect(link).toBe('http://10.0.0.5:8000/#/online/m%201');
    expect(pageFromHash(new URL(link).hash)).toEqual({ page: 'online', anchor: 'm 1' });
    expect(matchHash('m1')).toBe('#/online/m1');
  });
});
