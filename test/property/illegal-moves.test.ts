// "A move that is not legal changes nothing" (GAME.md): at many points of random games, throw
// illegal actions at applyAction — the wrong seat's player, moves of another step, unknown
// and other seats' cards, malformed args, unknown move names — and check each one returns
// false, leaves G deep-equal to before and draws nothing from the generator. Then the same
// through boardgame.io's headless Client.
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { Client } from 'boardgame.io/client';
import type { Ctx } from 'boardgame.io';
import {
  ACCEPT_REASONS, BUDGET_CHOICES, HubAndSpokes, MOVES, OPS, REFUSE_REASONS, RULES, SEATS, SWEETENERS, THEATRES,
  SeededRng, applyAction, awaitedPlayers, createInitialState, legalActions, type Action, type GState, type Rng,
} from '../../src/game';
import { actingSeat } from '../../src/game/seats';
import { nextDecision } from '../../src/sim/play';
import { serverMatch } from '../helpers/builders';
import { randomBot } from '../../src/bots';

type RawAction = { move: string; args: unknown[] };

const STRATEGY = Object.keys(RULES.strategy);
const NATIONAL = Object.keys(RULES.national);
const OTHER_IDS = [...Object.keys(RULES.politics), ...Object.keys(RULES.regional), ...Object.keys(RULES.agendas), ...Object.keys(RULES.alliances)];
const HUGE = 'S'.repeat(1_000_000);
const WEIRD_STRINGS = ['', ' ', 'S99', 'S7', 's01', 'S01 ', 'N-XX1', '-', '__proto__', 'constructor', 'toString', 'hasOwnProperty', HUGE];
const WEIRD_VALUES: unknown[] = [null, undefined, 0, 1, -1, 7, NaN, Infinity, true, false, {}, [], ['S01'], { toString: () => 'S01' }, () => 'S01'];
const UNKNOWN_MOVES = ['', 'nope', 'PLAYCARD', 'play', 'endTurn', 'endGame', 'setActivePlayers', 'undo', '__proto__', 'constructor', 'toString', 'hasOwnProperty', 'valueOf', HUGE];

/** A catalogue of actions to try now: some may happen to be legal (they are filtered out);
 *  all others must be refused. */
function candidates(G: GState, player: string): RawAction[] {
  const seat = actingSeat(G, player);
  const hand = seat ? G.hands[seat] : [];
  const firstCard = hand[0] ?? 'S01';
  const out: RawAction[] = [];
  const add = (move: string, ...args: unknown[]) => out.push({ move, args });
  for (const m of UNKNOWN_MOVES) { add(m); add(m, 'S01'); }
  for (const m of MOVES) {
    add(m); // missing args (legal only for begin, pass, back)
    add(m, ...WEIRD_VALUES.slice(0, 3)); // too many args
    for (const v of [...WEIRD_VALUES, ...WEIRD_STRINGS]) add(m, v);
  }
  add('begin', 1);
  add('pass', 'x');
  add('back', 'x');
  // cards: not in hand, other seats' national cards, cards of other kinds, extra args
  for (const c of STRATEGY) if (!hand.includes(c)) add('playCard', c);
  for (const c of [...NATIONAL, ...OTHER_IDS]) add('playCard', c);
  add('playCard', firstCard, firstCard);
  add('playCard', firstCard, 'extra');
  add('playCard', [firstCard]);
  add('playCard', { id: firstCard });
  add('playCard', firstCard.toLowerCase());
  add('playCard', `${firstCard}\u0000`);
  for (const m of ['event', 'ops', 'EVENT', 'Ops', 'national']) { add('chooseMode', m); add('chooseMode', m, m); }
  for (const op of [...OPS, 'nuke', 'BUILD']) { add('chooseOp', op); add('chooseOp', op, 'KOR'); }
  for (const t of [...THEATRES, ...SEATS, 'TW', 'TH', 'KP', 'XX', 'kor', ...Object.keys(RULES.alliances)]) { add('chooseTarget', t); add('chooseTarget', t, t); }
  for (const s of [...SWEETENERS, 'gold', 'None']) { add('chooseSweetener', s); add('chooseSweetener', s, 1); }
  for (const accept of [true, false, 'true', 1, 0, null]) for (const r of [...ACCEPT_REASONS, ...REFUSE_REASONS, 'bogus']) add('answer', accept, r);
  add('answer', true);
  add('answer', true, 'agenda', 'extra');
  for (const n of [0, 1, 2, 3, 4, 5, -1, -3, 1.5, 0.5, 1e9, -1e9, Number.MAX_SAFE_INTEGER, -0, NaN, Infinity, -Infinity, '0', '1', true, null, [1], { n: 1 }]) { add('commit', n); add('commit', n, n); }
  for (const b of [...BUDGET_CHOICES, 'nuke', 'HOLD']) { add('budget', b); add('budget', b, b); }
  return out;
}

// `===`, as the engine compares (so commit(-0) is commit(0): JSON cannot tell them apart anyway).
const same = (a: Action, b: RawAction) =>
  a.move === b.move && a.args.length === b.args.length && a.args.every((x, i) => x === b.args[i]);

/** A cheap fingerprint of the parts of G a move touches first (the step, the queue, hands,
 *  tracks, secret choices, the log's length); the whole of G is compared once per state. */
const quickKey = (G: GState) => JSON.stringify([G.step, G.phase, G.round, G.actionRound, G.actionQueue, G.hands, G.tracks, G.tension, G.crisis, G.homeChoices, G.nationalUsed, G.result, G.log.length, G.decks.strategy.length, G.decks.strategyDiscard.length]);

interface Counter { rng: Rng; calls: () => number }
function countingRng(): Counter {
  let n = 0;
  const inner = new SeededRng('never-used');
  return { rng: { number: () => { n += 1; return inner.number(); } }, calls: () => n };
}

/** Throws every illegal action of the catalogue at G, for the awaited players and for every
 *  other player id; returns how many were tried. Fails on the first one accepted or that
 *  changes anything. */
function attack(G: GState, where: string): number {
  const full = JSON.stringify(G);
  const key = quickKey(G);
  const counter = countingRng();
  let tried = 0;
  const players = [...Array.from({ length: G.numPlayers }, (_, i) => String(i)), String(G.numPlayers), '6', '-1', '', ' 0', '00', 'US', 'CN', null, undefined, 0, 1];
  const awaited = awaitedPlayers(G);
  const legalOfAwaited = awaited.flatMap((p) => legalActions(G, p));
  for (const player of players) {
    const legal = typeof player === 'string' ? legalActions(G, player) : [];
    const tries: RawAction[] = [
      ...(typeof player === 'string' && awaited.includes(player) ? candidates(G, player) : []),
      // another seat's legal actions (wrong seat's player) and a few catalogue entries
      ...legalOfAwaited,
      ...candidates(G, '0').slice(0, 60),
    ];
    for (const a of tries) {
      if (legal.some((l) => same(l, a))) continue;
      tried += 1;
      let ok: boolean;
      try {
        ok = applyAction(G, player as string, a, counter.rng);
      } catch (e) {
        throw new Error(`${where}: applyAction threw for player ${String(player)} on ${describeAction(a)}: ${(e as Error).message}`);
      }
      if (ok || quickKey(G) !== key || counter.calls() !== 0) {
        throw new Error(`${where}: player ${String(player)}'s illegal ${describeAction(a)} was ${ok ? 'accepted' : 'refused but changed G or drew from the generator'}`);
      }
    }
  }
  expect(JSON.stringify(G)).toBe(full);
  return tried;
}

const describeAction = (a: RawAction) => JSON.stringify({ move: a.move.slice(0, 40), args: a.args.map((x) => (typeof x === 'string' ? x.slice(0, 40) : typeof x === 'function' ? 'fn' : x)) });

/** What the step waits for, finely enough to cover every kind of decision. */
function stepKey(G: GState): string {
  const s = G.step;
  if (s.kind !== 'action') return s.kind;
  return `action${s.card ? ':card' : ''}${s.mode ? `:${s.mode}` : ''}${s.op ? `:${s.op}` : ''}${s.alliance ? ':alliance' : ''}`;
}

describe('illegal actions on the pure path change nothing', () => {
  const seen = new Map<string, number>();
  let total = 0;

  for (const players of [2, 3, 4, 5, 6]) {
    it(`${players} players: at sampled points of random games`, () => {
      for (let g = 0; g < 4; g++) {
        const seed = `illegal-${players}-${g}`;
        const G = createInitialState(players);
        const rng = new SeededRng(seed);
        const botRng = new SeededRng(`${seed}/bots`);
        const pick = new SeededRng(`${seed}/pick`);
        const firstSeen = new Set<string>();
        let n = 0;
        for (;;) {
          const k = G.result ? 'over' : stepKey(G);
          // every kind of step the first time this game meets it, and ~2% of the others
          if (!firstSeen.has(k) || pick.number() < 0.02 || G.result) {
            firstSeen.add(k);
            seen.set(k, (seen.get(k) ?? 0) + 1);
            total += attack(G, `${seed} after ${n} actions (${k})`);
          }
          if (G.result) break;
          const d = nextDecision(G, () => randomBot, botRng);
          if (!d || !applyAction(G, d.player, d.action, rng)) throw new Error(`${seed}: the game got stuck`);
          n += 1;
        }
      }
    });
  }

  it('covered every kind of step', () => {
    console.info(`[illegal-moves] ${total} illegal actions tried; states by step: ${JSON.stringify(Object.fromEntries(seen))}`);
    for (const k of ['start', 'action', 'action:card', 'action:card:event', 'action:card:ops', 'action:card:ops:alliance', 'action:card:ops:alliance:alliance', 'consent', 'commit', 'homeFront', 'over']) {
      expect(seen.get(k) ?? 0, `no state at step ${k}`).toBeGreaterThan(0);
    }
  });

  const malformed = (label: string, bad: unknown[]) => () => {
    const G = createInitialState(3);
    const rng = new SeededRng('malformed');
    applyAction(G, '0', { move: 'begin', args: [] }, rng);
    const before = JSON.stringify(G);
    const card = G.hands.US[0] as string;
    for (const a of bad.map((x) => (typeof x === 'function' ? (x as (c: string) => unknown)(card) : x))) {
      let ok: unknown;
      expect(() => { ok = applyAction(G, '0', a as RawAction, rng); }, `${label}: ${JSON.stringify(a)}`).not.toThrow();
      expect(ok, JSON.stringify(a)).toBe(false);
      expect(JSON.stringify(G)).toBe(before);
    }
  };

  it('malformed action objects (no move, args not a list) are refused', malformed('malformed', [
    (c: string) => ({ move: 'playCard', args: c }), // a string, not a list
    (c: string) => ({ args: [c] }),
    {},
    { move: 'playCard', args: [] },
  ]));

  // boardgame.io always passes a list of args; a caller handing over parsed JSON might not.
  it('an action whose args are missing or null is refused, not thrown on', malformed('no args', [
    { move: 'playCard' },
    { move: 'playCard', args: null },
  ]));
});

// ---------- the same through boardgame.io ----------

type BgioClient = ReturnType<typeof Client<GState>>;
const rawState = (c: BgioClient) => c.store.getState() as { G: GState; ctx: Ctx; _stateID: number };
const snapshot = (c: BgioClient) => { const s = rawState(c); return JSON.stringify({ G: s.G, ctx: s.ctx }); };

describe('illegal moves through boardgame.io change nothing', () => {
  // boardgame.io logs every refused move with console.error ("invalid move", "disallowed move").
  let spy: ReturnType<typeof vi.spyOn>;
  beforeAll(() => { spy = vi.spyOn(console, 'error').mockImplementation(() => undefined); });
  afterAll(() => spy.mockRestore());

  function illegalThroughClient(c: BgioClient, where: string): number {
    const G = rawState(c).G;
    const before = snapshot(c);
    const stateID = rawState(c)._stateID;
    const awaited = awaitedPlayers(G);
    let tried = 0;
    for (let p = 0; p < G.numPlayers; p++) {
      const player = String(p);
      const legal = legalActions(G, player);
      c.updatePlayerID(player);
      const tries: RawAction[] = awaited.includes(player)
        ? [...UNKNOWN_MOVES.map((move) => ({ move, args: [] })), ...candidates(G, player).filter((_, i) => i % 7 === 0)]
          // names of Object.prototype break boardgame.io itself: see the server tests below
          .filter((a) => !(a.move in {}))
        : awaited.flatMap((q) => legalActions(G, q));
      for (const a of tries) {
        if (legal.some((l) => same(l, a))) continue;
        const dispatch = Object.hasOwn(c.moves, a.move) ? c.moves[a.move] : undefined;
        if (typeof dispatch === 'function') dispatch(...a.args);
        else c.store.dispatch({ type: 'MAKE_MOVE', payload: { type: a.move, args: a.args, playerID: player } } as never);
        tried += 1;
        if (snapshot(c) !== before) throw new Error(`${where}: player ${player}'s illegal ${describeAction(a)} changed the state`);
      }
    }
    expect(rawState(c)._stateID).toBe(stateID);
    return tried;
  }

  for (const players of [2, 4, 6]) {
    it(`${players} players: a whole random game, illegal moves at sampled points`, () => {
      const seed = `bgio-illegal-${players}`;
      const c = Client<GState>({ game: { ...HubAndSpokes, seed }, numPlayers: players });
      c.start();
      const botRng = new SeededRng(`${seed}/bots`);
      const pick = new SeededRng(`${seed}/pick`);
      const firstSeen = new Set<string>();
      let tried = 0;
      let n = 0;
      for (;;) {
        const G = rawState(c).G;
        const k = G.result ? 'over' : stepKey(G);
        if (!firstSeen.has(k) || pick.number() < 0.03 || G.result) {
          firstSeen.add(k);
          tried += illegalThroughClient(c, `${seed} after ${n} moves (${k})`);
        }
        if (G.result) break;
        const d = nextDecision(G, () => randomBot, botRng);
        if (!d) throw new Error('stuck');
        c.updatePlayerID(d.player);
        c.moves[d.action.move]!(...d.action.args);
        n += 1;
        if (rawState(c)._stateID !== n) throw new Error(`${seed}: a legal move was refused by boardgame.io: ${JSON.stringify(d.action)}`);
      }
      expect(tried).toBeGreaterThan(100);
      expect(spy).toHaveBeenCalled();
      c.stop();
    });
  }

  // boardgame.io 0.50.2 honours `events: { endGame: false, ... }` only when it builds
  // client.events; its reducer runs any GAME_EVENT an active player sends. A raw `endGame` would
  // end the match with a result the sender chose; `setPhase`, `endStage` and `setActivePlayers`
  // would take the turn from the awaited player. The Game's FlowFollowsG plugin refuses them.
  for (const event of ['endGame', 'setPhase', 'endStage', 'setStage', 'setActivePlayers']) {
    it(`server: a raw '${event}' event from the awaited player changes nothing`, async () => {
      const m = serverMatch({ game: { ...HubAndSpokes, seed: 'events' }, numPlayers: 2, connected: ['0', '1', null] });
      await m.move('0', 'begin', []);
      // play on until China (player 1) is awaited: the sender is the player who must move
      while (awaitedPlayers(m.state().G)[0] !== '1') {
        const a = legalActions(m.state().G, '0')[0] as Action;
        await m.move('0', a.move, a.args);
      }
      const before = JSON.stringify({ G: m.state().G, ctx: m.state().ctx });
      const args: Record<string, unknown[]> = {
        endGame: [{ side: 'china', reason: 'order-china', winners: ['CN'], accommodated: [], ranking: ['CN'] }],
        setPhase: ['nowhere'],
        setStage: ['nowhere'],
        setActivePlayers: [{ value: { 0: 'decide' } }],
      };
      await m.send('1', { type: 'GAME_EVENT', payload: { type: event, args: args[event] ?? [] } });
      expect(JSON.stringify({ G: m.state().G, ctx: m.state().ctx })).toBe(before);
    });
  }

  it('server: endTurn, endPhase and pass events are harmless (turn.onBegin re-gates from G)', async () => {
    for (const event of ['endTurn', 'endPhase', 'pass']) {
      const m = serverMatch({ game: { ...HubAndSpokes, seed: 'events' }, numPlayers: 2, connected: [] });
      await m.move('0', 'begin', []);
      const G = JSON.stringify(m.state().G);
      await m.send('0', { type: 'GAME_EVENT', payload: { type: event, args: [] } });
      expect(JSON.stringify(m.state().G)).toBe(G);
      expect(Object.keys(m.state().ctx.activePlayers ?? {})).toEqual(awaitedPlayers(m.state().G));
    }
  });

  // boardgame.io looks moves up with `name in moves`: were HubAndSpokes.moves a plain object,
  // Object.prototype's methods would be moves too ('toString' replaced G with a string,
  // 'constructor' froze the stored state). The moves object has no prototype.
  for (const name of ['toString', 'valueOf', 'hasOwnProperty', 'constructor', '__proto__']) {
    it(`server: a move named '${name}' is refused and the match goes on`, async () => {
      const m = serverMatch({ game: { ...HubAndSpokes, seed: 'proto' }, numPlayers: 2, connected: ['0', '1', null] });
      await m.move('0', 'begin', []);
      const before = JSON.stringify({ G: m.state().G, ctx: m.state().ctx });
      await m.send('0', { type: 'MAKE_MOVE', payload: { type: name, args: [] } });
      expect(JSON.stringify({ G: m.state().G, ctx: m.state().ctx })).toBe(before);
      const card = m.state().G.hands.US[0] as string;
      await m.move('0', 'playCard', [card]);
      expect(m.state().G.step).toMatchObject({ kind: 'action', actor: 'US', card });
    });
  }
});
