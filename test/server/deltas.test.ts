// Per-seat deltas. The patch function against the patcher boardgame.io's client uses; the
// broadcast's fallback to a whole view for a client that missed a patch; and a whole six-seat
// game over real sockets in which, after every move, what each seat's SocketIO client holds
// (sync + patches) equals what a fresh sync gives, with the bytes of every frame counted.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { applyPatch } from 'rfc6902';
import type { Socket } from 'socket.io';
import type { State } from 'boardgame.io';
import { CreateGameReducer, InitializeGame } from 'boardgame.io/internal';
import { SeededRng, actingSeat, awaitedPlayers, legalActionsFor, type GState, type PagedView } from '../../src/game';
import { greedyBot } from '../../src/bots';
import { PatchMemo, jsonPatch } from '../../src/server/json-patch';
import { SeatBroadcast } from '../../src/server/seat-broadcast';
import { servedGame } from '../../src/server/served-game';
import type { RunningServer } from '../../src/server/server';
import { canonicalJson, cardIdRegex, cardIdsIn } from '../helpers/builders';
import { SeatSocket } from '../../bench/server/seat-socket';
import { caughtUp, percentile, remoteClient, seatedMatch, syncProbe, testServer, type Frame, type RemoteClient } from './remote-play';

const patched = (from: unknown, to: unknown) => {
  const copy = JSON.parse(JSON.stringify(from)) as unknown;
  const errors = applyPatch(copy, jsonPatch(from, to));
  expect(errors.filter((e) => e !== null)).toEqual([]);
  return copy;
};

describe('jsonPatch', () => {
  const key = fc.constantFrom('a', 'b', 'log', 'x/y', 't~1', '');
  const value = fc.letrec<{ v: unknown }>((tie) => ({
    v: fc.oneof({ depthSize: 'small' }, fc.integer(), fc.string({ maxLength: 3 }), fc.boolean(), fc.constant(null),
      fc.array(tie('v'), { maxLength: 6 }), fc.dictionary(key, tie('v'), { maxKeys: 4 })),
  })).v;

  it('turns any JSON object into any other, as the client applies it', () => {
    fc.assert(fc.property(fc.dictionary(key, value), fc.dictionary(key, value), (a, b) => {
      expect(patched(a, b)).toEqual(b);
    }), { numRuns: 2000 });
  });

  it('gives the same patches with a memo shared by several views that share subtrees', () => {
    fc.assert(fc.property(fc.dictionary(key, value), fc.dictionary(key, value), fc.array(fc.tuple(value, value), { maxLength: 4 }), (a, b, seats) => {
      const memo = new PatchMemo();
      for (const [mineA, mineB] of seats) {
        const from = { G: { ...a, mine: mineA }, shared: a };
        const to = { G: { ...b, mine: mineB }, shared: b };
        expect(jsonPatch(from, to, memo)).toEqual(jsonPatch(from, to));
        expect(patched(from, to)).toEqual(to);
      }
    }), { numRuns: 1000 });
  });

  it('takes a value JSON has no text for (a plugin API left in a state) as JSON.stringify does, and never throws on it', () => {
    const noJson = fc.constantFrom(() => 1, undefined, Symbol('s'));
    const loose = fc.letrec<{ v: unknown }>((tie) => ({
      v: fc.oneof({ depthSize: 'small' }, fc.integer(), fc.string({ maxLength: 3 }), noJson,
        fc.array(tie('v'), { maxLength: 6 }), fc.dictionary(key, tie('v'), { maxKeys: 4 })),
    })).v;
    const json = (x: unknown) => JSON.parse(JSON.stringify(x)) as unknown;
    fc.assert(fc.property(fc.dictionary(key, loose), fc.dictionary(key, loose), (a, b) => {
      // as the client gets it: the patch through JSON, applied to the state it holds
      const held = json(a);
      const errors = applyPatch(held, json(jsonPatch(a, b)) as never);
      expect(errors.filter((e) => e !== null)).toEqual([]);
      expect(held).toEqual(json(b));
    }), { numRuns: 2000 });
  });

  it('sends a log entry as one add, a new round\'s log as one replace, a key set to undefined as a remove', () => {
    const entries = Array.from({ length: 80 }, (_, seq) => ({ seq, type: 'played', card: 'S01' }));
    const log = entries.slice(0, 79);
    expect(jsonPatch({ log }, { log: entries })).toEqual([{ op: 'add', path: '/log/79', value: entries[79] }]);
    expect(jsonPatch({ log: entries }, { log: [{ seq: 80 }] })).toEqual([{ op: 'replace', path: '/log', value: [{ seq: 80 }] }]);
    expect(jsonPatch({ a: 1, gameover: 2 }, { a: 1, gameover: undefined })).toEqual([{ op: 'remove', path: '/gameover' }]);
    expect(jsonPatch({ log }, { log })).toEqual([]);
  });
});

describe('the broadcast', () => {
  const game = servedGame();
  const before = InitializeGame({ game, numPlayers: 3 }) as State<GState>;
  const after = CreateGameReducer({ game })(before, { type: 'MAKE_MOVE', payload: { type: 'begin', args: [], playerID: '0' } } as never) as State<GState>;
  const fakeSocket = () => {
    const sent: [string, ...unknown[]][] = [];
    const socket = { emit: (...args: [string, ...unknown[]]) => { sent.push(args); return true; } } as unknown as Socket;
    return { socket, sent };
  };

  it('patches a client that holds the state before the move, sends the whole view to one that does not', () => {
    expect(after._stateID).toBe(before._stateID + 1);
    const broadcast = new SeatBroadcast();
    const current = fakeSocket();
    const stale = fakeSocket();
    for (const s of [current, stale]) broadcast.watch(s.socket);
    current.socket.emit('sync', 'm', { state: before, filteredMetadata: [], log: [{ big: true }], initialState: before });
    stale.socket.emit('sync', 'm', { state: { ...before, _stateID: before._stateID - 1 }, filteredMetadata: [] });
    broadcast.send(game, { type: 'patch', args: ['m', before._stateID, before, after] }, [{ socket: current.socket, playerID: '1' }, { socket: stale.socket, playerID: '1' }]);

    // the sync went out without boardgame.io's action log and initial state
    expect(Object.keys(current.sent[0]?.[2] as object).sort()).toEqual(['filteredMetadata', 'state']);
    const [event, , from, to, patch] = current.sent[1] as [string, string, number, number, unknown];
    expect([event, from, to]).toEqual(['patch', before._stateID, after._stateID]);
    const [staleEvent, , view] = stale.sent[1] as [string, string, State<PagedView>];
    expect(staleEvent).toBe('update');
    expect(view._stateID).toBe(after._stateID);
    // the patch takes seat 1's view before the move to exactly the whole view after it
    const seatView = (s: State<GState>) => ({ ...s, G: game.playerView!({ G: s.G, ctx: s.ctx, playerID: '1' } as never) });
    const applied = JSON.parse(JSON.stringify({ ...seatView(before), deltalog: undefined, _undo: [], _redo: [], plugins: view.plugins }));
    applyPatch(applied, patch as never);
    expect(canonicalJson(applied)).toBe(canonicalJson(view));
    expect(view.G.hands.US).toEqual([]);
    expect(view.G.hands.CN.length).toBeGreaterThan(0);
  });
});

describe('a whole six-seat game over sockets: deltas against fresh syncs', () => {
  let server: RunningServer;
  let stop: () => Promise<void>;
  beforeAll(async () => ({ server, stop } = await testServer('hs-deltas-')));
  afterAll(async () => stop());

  it('after every move each client (six seats and a spectator) holds what a fresh sync gives; patches stay small', async () => {
    const { matchID, credentials } = await seatedMatch(server, 6, { scenario: 'class-election' });
    const viewers: (string | null)[] = ['0', '1', '2', '3', '4', '5', null];
    const creds = (v: string | null) => (v === null ? undefined : credentials[Number(v)]);
    const remote = await Promise.all(viewers.map((v) => remoteClient(server, matchID, v, creds(v))));
    const clients = remote.map((r) => r.client);
    const probes = viewers.map((v) => syncProbe(server, matchID, v, creds(v)));
    // the same six seats over raw websockets that offer per-message deflate, as browsers do,
    // counting each frame's bytes on the wire
    const wireBytes: number[] = [];
    const wire = credentials.map((c, i) => new SeatSocket(server.port, matchID, String(i), c, (bytes) => wireBytes.push(bytes)));
    await Promise.all(wire.map((w) => w.connect()));
    const syncWireBytes = wire.map((w) => w.syncBytes);
    const cards = cardIdRegex();
    const rng = new SeededRng('deltas');
    const patchBytes: number[] = [];
    const roundEndBytes: number[] = [];
    let moves = 0;
    try {
      for (;;) {
        const shared = clients[6]?.getState() as unknown as { G: PagedView; _stateID: number };
        if (shared.G.result) break;
        const player = awaitedPlayers(shared.G)[0] as string;
        const client = clients[Number(player)] as RemoteClient;
        const view = client.getState()?.G as PagedView;
        const seat = actingSeat(view, player);
        if (!seat) throw new Error(`player ${player} has no seat to act for`);
        const action = greedyBot.choose(view, seat, legalActionsFor(view, seat), rng);
        const framesBefore = remote.map((r) => r.frames.length);
        (client.moves[action.move] as (...a: unknown[]) => void)(...action.args);
        await caughtUp(clients, shared._stateID + 1);
        moves += 1;
        const newPage = (clients[6]?.getState()?.G as PagedView).historyPages > shared.G.historyPages;
        for (const [i, v] of viewers.entries()) {
          const { info } = await (probes[i] as ReturnType<typeof syncProbe>).sync();
          const held = clients[i]?.getState() as unknown as State<PagedView>;
          const mine = ({ G, ctx, plugins, _stateID }: State<PagedView>) => canonicalJson({ G, ctx, plugins, _stateID });
          expect(mine(held), `viewer ${v} after move ${moves}`).toBe(mine(info.state as never));
          const got: Frame[] = (remote[i] as { frames: Frame[] }).frames.slice(framesBefore[i]).filter((f) => f.event !== 'matchData');
          expect(got.map((f) => f.event)).toEqual(['patch']);
          const { bytes, data } = got[0] as Frame;
          patchBytes.push(bytes);
          if (newPage) roundEndBytes.push(bytes);
          // a patch reveals nothing that its seat's view does not hold
          const inView = cardIdsIn(JSON.stringify(held.G), cards);
          for (const id of cardIdsIn(data.replace(/\\"/g, '"'), cards)) expect(inView.has(id), `${id} in a patch to viewer ${v}`).toBe(true);
        }
        if (moves > 2000) throw new Error('the game did not end');
      }
      for (let wait = 0; wireBytes.length < 6 * moves && wait < 100; wait++) await new Promise((r) => setTimeout(r, 50));
    } finally {
      for (const w of wire) w.close();
      for (const p of probes) p.close();
      for (const c of clients) c.stop();
    }
    const final = clients[6]?.getState()?.G as PagedView;
    expect(final.result).not.toBeNull();
    expect(roundEndBytes.length, 'round ends crossed').toBeGreaterThanOrEqual(2);
    console.info(`[deltas] ${moves} moves, ${final.historyPages} round ends; patch bytes per seat per update p50 ${percentile(patchBytes, 50)}, p90 ${percentile(patchBytes, 90)}, p99 ${percentile(patchBytes, 99)}, max ${Math.max(...patchBytes)}; at a round's end max ${Math.max(...roundEndBytes)}; `
      + `on the wire (deflated above 1,800 B) p50 ${percentile(wireBytes, 50)}, p99 ${percentile(wireBytes, 99)}, max ${Math.max(...wireBytes)}; a sync ${Math.max(...syncWireBytes)}`);
    // on the wire, every update of the whole game, round ends included, fits in 2 KiB
    expect(wireBytes).toHaveLength(6 * moves);
    expect(Math.max(...wireBytes)).toBeLessThanOrEqual(2048);
    expect(Math.max(...syncWireBytes)).toBeLessThanOrEqual(4096);
    // Most updates are a log entry and a few numbers; the largest carry a whole round's
    // resolution (every actor's tracks and the new round's first log page).
    expect(percentile(patchBytes, 50)).toBeLessThanOrEqual(1024);
    expect(percentile(patchBytes, 90)).toBeLessThanOrEqual(2048);
    expect(Math.max(...patchBytes)).toBeLessThanOrEqual(8192);
  }, 120_000);
});
