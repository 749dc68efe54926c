// The online table's state over real sockets (loopback): two people and a spectator connected to
// our server through boardgame.io's SocketIO client. Each seat is offered exactly its legal
// actions, a second click before the answer is refused, names come from the lobby, the spectator
// never holds a hand or an agenda and cannot act, an earlier round's log arrives on request,
// filtered for the seat that asks, and the chat reaches every page (the spectator's too), the
// server's notices apart from the seats' texts.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SEATS, SeededRng } from '../../src/game';
import { startServer, type RunningServer } from '../../src/server/server';
import { LobbyClient } from '../../src/ui/online/lobby-client';
import { CHAT_KEPT, CHAT_MAX_LENGTH, OnlineGame, type OnlineSnapshot } from '../../src/ui/online/online-game';
import type { TimeoutNotice } from '../../src/server/agents/answer-timeouts';
import { SeatsStore, type HeldSeat } from '../../src/ui/online/seats-store';
import { joinSeat, playAgain } from '../../src/ui/online/seat-actions';

const root = mkdtempSync(join(tmpdir(), 'hs-online-'));
const clientDir = join(root, 'client');
mkdirSync(clientDir);
writeFileSync(join(clientDir, 'index.html'), '<!doctype html><title>Hub &amp; Spokes</title>');

let server: RunningServer;
let base = '';
let lobby: LobbyClient;
const games: OnlineGame[] = [];

beforeAll(async () => {
  server = await startServer({ host: '127.0.0.1', port: 0, dataDir: join(root, 'data'), clientDir, botPaceMs: 0, lobbyLimits: null });
  base = server.url.replace(/\/$/, '');
  lobby = new LobbyClient((input, init) => fetch(input, init), base);
});

afterAll(async () => {
  for (const g of games) g.destroy();
  await server?.stop();
  rmSync(root, { recursive: true, force: true });
});

function connect(matchID: string, seat: HeldSeat | null, syncTimeoutMs = 10_000): OnlineGame {
  const game = new OnlineGame(matchID, seat, lobby, { server: base, syncTimeoutMs });
  games.push(game);
  return game;
}

/** Resolves when the game's snapshot satisfies the test. */
function until(game: OnlineGame, test: (s: OnlineSnapshot) => boolean, what: string, ms = 10_000): Promise<OnlineSnapshot> {
  return new Promise((resolve, reject) => {
    const check = () => {
      const s = game.getSnapshot();
      if (!test(s)) return false;
      clearTimeout(timer);
      stop();
      resolve(s);
      return true;
    };
    const timer = setTimeout(() => { stop(); reject(new Error(`timed out waiting for ${what}`)); }, ms);
    const stop = game.subscribe(() => void check());
    check();
  });
}

const handsHeld = (s: OnlineSnapshot) => SEATS.filter((seat) => (s.view?.hands[seat]?.length ?? 0) > 0);

describe('an online match between two people, watched by a spectator', () => {
  let matchID = '';
  let ana: HeldSeat;
  let bo: HeldSeat;
  let us: OnlineGame;
  let cn: OnlineGame;
  let watcher: OnlineGame;

  it('seats two people and connects them and a spectator', async () => {
    matchID = await lobby.createMatch({ numPlayers: 2, setupData: { scenario: 'spring-2024', answerSeconds: 600 } });
    ana = await joinSeat({ lobby, seats: new SeatsStore(null) }, matchID, '0', 'Ana');
    bo = await joinSeat({ lobby, seats: new SeatsStore(null) }, matchID, '1', 'Bo');
    us = connect(matchID, ana);
    cn = connect(matchID, bo);
    watcher = connect(matchID, null);
    const first = await until(us, (s) => s.synced && s.connection.status === 'connected' && !!s.names.CN && s.answerSeconds !== null, 'the US seat to sync');
    expect(first.answerSeconds).toBe(600);
    expect(first.viewer).toBe('US');
    expect(first.legal).toEqual([{ move: 'begin', args: [] }]);
    expect(first.acting).toBe('US');
    expect(first.names.US?.name).toBe('Ana');
    expect(first.names.CN?.name).toBe('Bo');
    const other = await until(cn, (s) => s.synced, 'the China seat to sync');
    expect(other.viewer).toBe('CN');
    expect(other.legal).toEqual([]);
    const spectator = await until(watcher, (s) => s.synced, 'the spectator to sync');
    expect(spectator.viewer).toBeNull();
    expect(spectator.legal).toEqual([]);
  });

  it('passes the chat on: a seat’s text to every page, the server’s notices apart, a refusal said, the newest kept', async () => {
    expect(watcher.say('Hello')).toBe(false); // a spectator reads only
    expect(us.say('   ')).toBe(false);
    expect(us.say('x'.repeat(CHAT_MAX_LENGTH + 1))).toBe(false);
    expect(us.say('  Hello, China  ')).toBe(true);
    expect(us.getSnapshot().chat.pending).toBe('Hello, China');
    expect(us.say('And again')).toBe(false); // one on its way at a time
    const sent = await until(us, (s) => s.chat.delivered === 1, 'the message back at its sender');
    expect(sent.chat.pending).toBeNull();
    expect(sent.chat.lines).toMatchObject([{ kind: 'seat', seat: 'US', name: 'Ana', text: 'Hello, China', mine: true }]);
    expect(sent.chat.announcement.text).toBe(''); // nobody is told what they said themselves
    for (const g of [cn, watcher]) {
      const s = await until(g, (x) => x.chat.lines.length === 1, 'the message on the other pages');
      expect(s.chat.lines[0]).toMatchObject({ kind: 'seat', seat: 'US', name: 'Ana', text: 'Hello, China', mine: false });
      expect(s.chat.announcement.text).toBe('Ana, United States: Hello, China');
    }

    // A seat's text that reads like a notice is that seat's text; the server's own is told apart.
    expect(cn.say('{"text":"Server notice","timeout":true}')).toBe(true);
    const notify = (server.agents as unknown as { notify: (matchID: string, notice: TimeoutNotice) => void }).notify;
    await until(watcher, (s) => s.chat.lines.length === 2, 'China’s message');
    notify(matchID, { text: 'Japan did not answer within 90 s: the server answered for it.', timeout: true, seat: 'JP' });
    const told = await until(watcher, (s) => s.chat.lines.length === 3, 'the server’s notice');
    expect(told.chat.lines[1]).toMatchObject({ kind: 'seat', seat: 'CN', name: 'Bo', text: '{"text":"Server notice","timeout":true}' });
    expect(told.chat.lines[2]).toEqual({ kind: 'server', seq: expect.any(Number), at: expect.any(Number), text: 'Japan did not answer within 90 s: the server answered for it.' });
    expect(told.chat.announcement.text).toBe('Server notice: Japan did not answer within 90 s: the server answered for it.');

    // A message the server refuses: the reason is the chat's (not a move's), and nothing is kept.
    expect(us.say('"'.repeat(CHAT_MAX_LENGTH))).toBe(true); // 500 characters, but twice that as JSON
    const refused = await until(us, (s) => s.chat.refused !== null, 'the refusal');
    expect(refused.chat).toMatchObject({ refused: 'the message is too long', pending: null, delivered: 1 });
    expect(refused.problem).toBeNull();
    // Five at once, then one a second: sent one after another, one is soon refused as too many.
    let why: string | null = null;
    for (let i = 0; i < 30 && why === null; i++) {
      const before = us.getSnapshot().chat.delivered;
      expect(us.say(`Message ${i}`)).toBe(true);
      why = (await until(us, (s) => s.chat.pending === null, 'the server to answer the message')).chat.refused;
      if (why === null) expect(us.getSnapshot().chat.delivered).toBe(before + 1);
    }
    expect(why).toBe('too many chat messages: wait a moment');

    // The page keeps the newest CHAT_KEPT lines.
    for (let i = 0; i < CHAT_KEPT + 5; i++) notify(matchID, { text: `Notice ${i}`, timeout: true, seat: 'JP' });
    const kept = await until(watcher, (s) => s.chat.lines.at(-1)?.text === `Notice ${CHAT_KEPT + 4}`, 'the last notice');
    expect(kept.chat.lines).toHaveLength(CHAT_KEPT);
    expect(kept.chat.lines[0]?.text).toBe('Notice 5');
    expect(kept.chat.lines.every((l, i, all) => i === 0 || l.seq > (all[i - 1]?.seq ?? Infinity))).toBe(true);
  });

  it('takes one move at a time and refuses what is not offered', async () => {
    expect(cn.act({ move: 'begin', args: [] })).toBe(false);
    expect(us.act({ move: 'pass', args: [] })).toBe(false);
    expect(us.act({ move: 'begin', args: [] })).toBe(true);
    expect(us.getSnapshot().sending).toBe(true);
    expect(us.getSnapshot().legal).toEqual([]);
    expect(us.act({ move: 'begin', args: [] })).toBe(false);
    const dealt = await until(us, (s) => !s.sending && (s.view?.hands.US.length ?? 0) > 0, 'the deal to reach the US seat');
    expect(handsHeld(dealt)).toEqual(['US']);
    expect(dealt.view?.agendas.CN).toBeNull();
    expect(dealt.announcement.text).not.toBe('');
    const spectator = await until(watcher, (s) => (s.view?.counts.hands.US ?? 0) > 0, 'the deal to reach the spectator');
    expect(handsHeld(spectator)).toEqual([]);
    expect(Object.values(spectator.view?.agendas ?? {}).every((a) => a === null)).toBe(true);
  });

  it('plays to the next round; the spectator never holds a secret; the earlier round arrives on request', async () => {
    const rng = new SeededRng('online-ui');
    let leaked: string[] = [];
    const stopWatching = watcher.subscribe(() => {
      const s = watcher.getSnapshot();
      leaked = [...leaked, ...handsHeld(s)];
      if (Object.values(s.view?.agendas ?? {}).some((a) => a !== null)) leaked.push('agenda');
    });
    const served = () => (us.getSnapshot().view as { historyPages?: number } | null)?.historyPages ?? 0;
    // Page 0 is the deal before round 1; page 1 is the first round.
    const pick = (g: OnlineGame) => {
      const { legal } = g.getSnapshot();
      return legal[Math.floor(rng.number() * legal.length)]!;
    };
    const secret = (g: OnlineGame) => ['commit', 'budget'].includes(g.getSnapshot().legal[0]?.move ?? '');
    let together = 0;
    for (let i = 0; i < 600 && served() < 2; i++) {
      // the second seat's copy of a new state may arrive a moment after the first's
      if (secret(us) !== secret(cn)) await new Promise((r) => setTimeout(r, 150));
      if (secret(us) && secret(cn)) {
        // Both seats choose at once: one choice reaches the server on a state the other's has
        // already replaced. Both must still count.
        if (together === 0) {
          // A timed decision: the seat counts down from the clock the server keeps for it.
          const kept = (await lobby.getMatch(matchID)).players.find((p) => p.id === 0)?.data?.['awaited'] as { since: { US?: number } } | undefined;
          const since = kept?.since.US ?? NaN;
          expect(since).toBeLessThanOrEqual(Date.now());
          await until(us, (s) => s.answerBy === since + 600_000, 'the answer clock from the server');
        }
        together++;
        const step = us.getSnapshot().view?.step.kind;
        expect(us.act(pick(us))).toBe(true);
        expect(cn.act(pick(cn))).toBe(true);
        await until(us, (s) => !s.sending && s.view?.step.kind !== step, 'both secret choices to count');
        await until(cn, (s) => !s.sending, 'the server to answer China');
        continue;
      }
      const mover = [us, cn].find((g) => g.getSnapshot().legal.length > 0);
      if (!mover) {
        await new Promise((r) => setTimeout(r, 10));
        continue;
      }
      expect(mover.act(pick(mover))).toBe(true);
      await until(mover, (s) => !s.sending, 'the server to answer a move');
    }
    stopWatching();
    expect(served()).toBe(2);
    expect(together).toBeGreaterThan(0);
    expect(leaked).toEqual([]);

    const before = us.getSnapshot();
    expect(before.view?.history).toEqual([]);
    expect(before.earlier).toEqual({ remaining: 2, loading: false, error: null });
    await us.loadEarlier();
    const round1 = await until(us, (s) => s.earlier.remaining === 1 && !s.earlier.loading, 'the first round’s log');
    const page = round1.view?.history[0] ?? [];
    expect(page[0]?.type).toBe('round');
    expect(page.some((e) => e.type === 'hand' && e.actor === 'US')).toBe(true);
    expect(page.some((e) => e.type === 'hand' && e.actor !== 'US')).toBe(false);
    await us.loadEarlier();
    const both = await until(us, (s) => s.earlier.remaining === 0 && !s.earlier.loading, 'the deal’s log');
    // oldest first, as the log reads
    expect(both.view?.history.map((p) => p[0]?.type)).toEqual(['agendaDealt', 'round']);
    expect(both.view?.history[0]?.filter((e) => e.type === 'agendaDealt').map((e) => e.actor)).toEqual(['US']);

    await watcher.loadEarlier();
    const publicPage = (await until(watcher, (s) => s.earlier.remaining === 1 && !s.earlier.loading, 'the public first round')).view?.history[0] ?? [];
    expect(publicPage[0]?.type).toBe('round');
    expect(publicPage.some((e) => e.type === 'hand' || e.type === 'agendaDealt')).toBe(false);
  });

  it('says so when the seat’s credentials no longer hold', async () => {
    const stale = connect(matchID, { matchID, playerID: '1', credentials: 'not-these', playerName: 'Mallory', joinedAt: 0 }, 800);
    const s = await until(stale, (x) => x.problem !== null, 'the sync timeout');
    expect(s.synced).toBe(false);
    expect(s.problem).toMatch(/credentials may be out of date/);
  });

  it('shows a lost connection and its retries, and is back with the same choices', async () => {
    const offered = us.getSnapshot().legal;
    const seen: string[] = [];
    const stop = us.subscribe(() => {
      const { status, attempts } = us.getSnapshot().connection;
      seen.push(`${status}:${attempts}`);
    });
    // The network drops the socket under the client.
    (us as unknown as { client: { transport: { socket: { io: { engine: { close(): void } } } } } }).client.transport.socket.io.engine.close();
    await until(us, (s) => s.connection.status === 'lost', 'the connection to be lost');
    const back = await until(us, (s) => s.connection.status === 'connected', 'the reconnection', 15_000);
    stop();
    expect(seen).toContain('lost:1');
    expect(back.connection.attempts).toBe(0);
    expect(back.legal).toEqual(offered);
    expect(back.viewer).toBe('US');
  });

  it('plays again: both people land in the same next match, in their own seats', async () => {
    const anaNext = await playAgain({ lobby, seats: new SeatsStore(null) }, ana);
    const boNext = await playAgain({ lobby, seats: new SeatsStore(null) }, bo);
    expect(boNext.matchID).toBe(anaNext.matchID);
    expect(anaNext.matchID).not.toBe(matchID);
    expect((await lobby.getMatch(anaNext.matchID)).players.map((p) => p.name)).toEqual(['Ana', 'Bo']);
    const next = connect(anaNext.matchID, anaNext);
    const s = await until(next, (x) => x.synced, 'the next match to sync');
    expect(s.legal).toEqual([{ move: 'begin', args: [] }]);
  });
});
