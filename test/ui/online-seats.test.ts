// The seats this browser holds: the store in localStorage (kept, found, forgotten, robust to a
// broken or refusing storage), and the lobby steps that keep it in step with the server.
import { describe, expect, it } from 'vitest';
import { LobbyClient } from '../../src/ui/online/lobby-client';
import { defaultForm } from '../../src/ui/online/match-setup';
import { SeatsStore, type HeldSeat, type KeyValueStore } from '../../src/ui/online/seats-store';
import { createAndJoin, joinSeat, leaveSeat, playAgain } from '../../src/ui/online/seat-actions';

function memory(): KeyValueStore & { data: Map<string, string> } {
  const data = new Map<string, string>();
  return { data, getItem: (k) => data.get(k) ?? null, setItem: (k, v) => void data.set(k, v), removeItem: (k) => void data.delete(k) };
}

const seat = (matchID: string, joinedAt: number, playerID = '0'): HeldSeat =>
  ({ matchID, playerID, credentials: `cred-${matchID}`, playerName: 'Ana', joinedAt });

describe('the seat store', () => {
  it('keeps one seat per match, newest first, and forgets on request', () => {
    const store = new SeatsStore(memory());
    store.keep(seat('a', 1));
    store.keep(seat('b', 3));
    store.keep(seat('c', 2));
    store.keep({ ...seat('a', 4), playerID: '2' });
    expect(store.all().map((s) => s.matchID)).toEqual(['a', 'b', 'c']);
    expect(store.seatIn('a')?.playerID).toBe('2');
    store.forget('b');
    expect(store.seatIn('b')).toBeUndefined();
    expect(store.all().map((s) => s.matchID)).toEqual(['a', 'c']);
  });

  it('survives a reload: a second store over the same storage sees the seats', () => {
    const kv = memory();
    new SeatsStore(kv).keep(seat('m', 5));
    new SeatsStore(kv).rememberName('Ana');
    expect(new SeatsStore(kv).seatIn('m')?.credentials).toBe('cred-m');
    expect(new SeatsStore(kv).lastName()).toBe('Ana');
  });

  it('ignores broken entries and a broken list instead of failing', () => {
    const kv = memory();
    kv.setItem('hub-and-spokes/online-seats', JSON.stringify([seat('ok', 1), { matchID: 'no-credentials', playerID: '0' }, 7]));
    expect(new SeatsStore(kv).all().map((s) => s.matchID)).toEqual(['ok']);
    kv.setItem('hub-and-spokes/online-seats', '{not json');
    expect(new SeatsStore(kv).all()).toEqual([]);
  });

  it('goes on without storage, or with a storage that refuses to write', () => {
    const none = new SeatsStore(null);
    none.keep(seat('a', 1));
    expect(none.all()).toEqual([]);
    const refusing: KeyValueStore = { getItem: () => null, setItem: () => { throw new Error('QuotaExceededError'); }, removeItem: () => undefined };
    expect(() => new SeatsStore(refusing).keep(seat('a', 1))).not.toThrow();
  });
});

/** A lobby server in memory, enough for the seat steps: matches with seats and credentials. */
function fakeLobby() {
  const matches = new Map<string, { players: { id: number; name?: string; credentials?: string }[]; nextMatchID?: string; setupData?: unknown }>();
  let made = 0;
  const calls: string[] = [];
  const sent: unknown[] = [];
  const answer = (body: unknown, status = 200) => new Response(JSON.stringify(body), { status });
  const fetch = async (url: string, init?: RequestInit): Promise<Response> => {
    const body = init?.body ? JSON.parse(String(init.body)) : {};
    sent.push(body);
    const [, , , id, action] = url.split('/');
    calls.push(`${init?.method ?? 'GET'} ${action ?? id}`);
    if (id === 'create') {
      const matchID = `m${++made}`;
      matches.set(matchID, { players: Array.from({ length: body.numPlayers }, (_, i) => ({ id: i })), setupData: body.setupData });
      return answer({ matchID });
    }
    const match = matches.get(id ?? '');
    if (!match) return answer({ error: 'no such match' }, 404);
    const player = match.players[Number(body.playerID)];
    switch (action) {
      case undefined:
        return answer({ matchID: id, players: match.players.map(({ credentials: _c, ...p }) => p), setupData: match.setupData, createdAt: 0, updatedAt: 0 });
      case 'join':
        if (!player || player.name) return answer({ error: `seat ${body.playerID} is taken` }, 409);
        Object.assign(player, { name: body.playerName, credentials: `c-${id}-${body.playerID}` });
        return answer({ playerID: body.playerID, playerCredentials: player.credentials });
      case 'leave':
      case 'playAgain':
        if (!player || player.credentials !== body.credentials) return answer({ error: `wrong credentials for seat ${body.playerID}` }, 403);
        if (action === 'leave') {
          delete player.name;
          delete player.credentials;
          return answer({});
        }
        if (!match.nextMatchID) {
          match.nextMatchID = `m${++made}`;
          matches.set(match.nextMatchID, { players: match.players.map((p) => ({ id: p.id })), setupData: match.setupData });
        }
        return answer({ nextMatchID: match.nextMatchID });
    }
    return answer({ error: 'unknown route' }, 404);
  };
  return { matches, calls, sent, lobby: new LobbyClient(fetch) };
}

describe('the seat steps', () => {
  it('creates a match and seats its creator where asked, keeping the credentials', async () => {
    const { lobby, matches } = fakeLobby();
    const seats = new SeatsStore(memory());
    const held = await createAndJoin({ lobby, seats, now: () => 42 }, { ...defaultForm('class-election'), numPlayers: 3, seats: ['normal', 'person', 'person', 'hard', 'hard', 'hard'] }, '2', '  Ana ');
    expect(held).toEqual({ matchID: 'm1', playerID: '2', credentials: 'c-m1-2', playerName: 'Ana', scenario: 'class-election', numPlayers: 3, joinedAt: 42 });
    expect(seats.seatIn('m1')).toEqual(held);
    expect(seats.lastName()).toBe('Ana');
    expect(matches.get('m1')?.players[2]?.name).toBe('Ana');
  });

  it('keeps nothing when the join is refused', async () => {
    const { lobby } = fakeLobby();
    const seats = new SeatsStore(memory());
    await joinSeat({ lobby, seats }, await lobby.createMatch({ numPlayers: 2, setupData: { scenario: 'spring-2024' } }), '0', 'Ana');
    const other = new SeatsStore(memory());
    await expect(joinSeat({ lobby, seats: other }, 'm1', '0', 'Bo')).rejects.toThrow('Seat 0 is taken.');
    expect(other.all()).toEqual([]);
  });

  it('leaves: the server frees the seat and the browser forgets it, even if the server already had', async () => {
    const { lobby, matches, sent } = fakeLobby();
    const seats = new SeatsStore(memory());
    const matchID = await lobby.createMatch({ numPlayers: 2, setupData: { scenario: 'spring-2024' } });
    const held = await joinSeat({ lobby, seats }, matchID, '1', 'Ana');
    await leaveSeat({ lobby, seats }, held);
    // the server takes the seat's id and key, nothing else of what the browser keeps
    expect(sent.at(-1)).toEqual({ playerID: '1', credentials: held.credentials });
    expect(matches.get(matchID)?.players[1]?.name).toBeUndefined();
    expect(seats.seatIn(matchID)).toBeUndefined();
    seats.keep(held);
    await leaveSeat({ lobby, seats }, held); // the credentials are no longer valid: 403
    expect(seats.all()).toEqual([]);
  });

  it('keeps the seat when leaving fails for another reason', async () => {
    const seats = new SeatsStore(memory());
    const held = seat('m1', 1);
    seats.keep(held);
    const down = new LobbyClient(async () => new Response('', { status: 503, statusText: 'Service Unavailable' }));
    await expect(leaveSeat({ lobby: down, seats }, held)).rejects.toThrow('The server answered 503 Service Unavailable.');
    expect(seats.seatIn('m1')).toEqual(held);
  });

  it('plays again: everyone who asks lands in the same next match, in their own seat', async () => {
    const { lobby, matches } = fakeLobby();
    const ana = new SeatsStore(memory());
    const bo = new SeatsStore(memory());
    const first = await lobby.createMatch({ numPlayers: 2, setupData: { scenario: 'spring-2024' } });
    const anaSeat = await joinSeat({ lobby, seats: ana }, first, '0', 'Ana');
    const boSeat = await joinSeat({ lobby, seats: bo }, first, '1', 'Bo');
    const anaNext = await playAgain({ lobby, seats: ana }, anaSeat);
    const boNext = await playAgain({ lobby, seats: bo }, boSeat);
    expect(anaNext.matchID).toBe(boNext.matchID);
    expect(anaNext.matchID).not.toBe(first);
    expect(matches.get(anaNext.matchID)?.players.map((p) => p.name)).toEqual(['Ana', 'Bo']);
    // Asking twice does not join twice.
    expect(await playAgain({ lobby, seats: ana }, anaSeat)).toEqual(anaNext);
  });
});
