// Hidden information, byte by byte (GAME.md: "No player's client ever receives another seat's
// hand or secret agenda, nor the order of any deck, nor any card id it may not know — in the
// state, the game's own log, boardgame.io's log, the initial state or a reconnect").
//
// Whole games run through a boardgame.io server Master (in this process, over in-memory
// storage); every payload it sends each seat's player and a spectator passes through
// boardgame.io's own per-player filter, as a socket would carry it. After every action each
// payload is serialised and searched for card ids (as whole JSON strings, e.g. `"S07"`) the
// viewer may not know at that moment:
//   forbidden = ids in other seats' hands or agendas, or in a deck pile (strategy, politics,
//               regional, regionalLater, agendaPool)
//             − ids that are public (discard piles, removed, the public game log, national and
//               alliance cards) or the viewer's own (its hands and agendas, the card it is
//               playing, its own 'hand' / 'agendaDealt' log entries, its own moves' args).
// Other seats' secret choices in boardgame.io's log (a crisis commit, a budget choice, before
// they resolve) fail the test too; so does another seat's card picked and then taken back.
// The same is checked on the pure path with playerView after every action, for every player,
// null and undefined. Per action the state is scanned without the old log entries (the log
// only grows, and old entries were scanned when new); every 20 actions, at each reconnect and
// at the end, the whole payload is scanned.
import { afterAll, describe, expect, it } from 'vitest';
import type { LogEntry as BgioLogEntry } from 'boardgame.io';
import { Client } from 'boardgame.io/client';
import { Local } from 'boardgame.io/multiplayer';
import {
  HubAndSpokes, POLITICS_DECKS, RULES, SEATS, SeededRng, applyAction, awaitedPlayers, createInitialState, playerView,
  seatsOf, type GState, type LogEntry, type SeatId, type SetupData,
} from '../../src/game';
import { nextDecision } from '../../src/sim/play';
import { greedyBot, randomBot, type Bot } from '../../src/bots';
import { canonicalJson, cardIdRegex, cardIdsIn, serverMatch, wholeLog, type Sent } from '../helpers/builders';

const CARD_RE = cardIdRegex();
const ALWAYS_PUBLIC = new Set([...Object.keys(RULES.national), ...Object.keys(RULES.alliances)]);
type Viewer = string | null | undefined;

/** What the game knows of each viewer's knowledge, built up from the log as it grows. */
class Knowledge {
  private seen = 0;
  readonly publicLog = new Set<string>();
  readonly privateLog = new Map<SeatId, Set<string>>(SEATS.map((s) => [s, new Set<string>()]));
  /** card ids each player sent as move args (its own choices, in its own boardgame.io log) */
  readonly ownArgs = new Map<string, Set<string>>();

  sentArgs(player: string, args: readonly unknown[]): void {
    const mine = this.ownArgs.get(player) ?? new Set<string>();
    for (const id of cardIdsIn(JSON.stringify(args), CARD_RE)) mine.add(id);
    this.ownArgs.set(player, mine);
  }

  update(G: GState): void {
    const entries = wholeLog(G);
    for (const e of entries.slice(this.seen)) {
      const ids = cardIdsIn(JSON.stringify(e), CARD_RE);
      if (e.type === 'hand' || e.type === 'agendaDealt') for (const id of ids) this.privateLog.get(e.actor)?.add(id);
      else for (const id of ids) this.publicLog.add(id);
    }
    this.seen = entries.length;
  }

  forbidden(G: GState, viewer: Viewer, opts: { bgioLog?: boolean } = {}): Map<string, string> {
    const mine = seatsOf(G, viewer);
    const secret = new Map<string, string>();
    for (const s of SEATS) {
      if (mine.includes(s)) continue;
      for (const c of G.hands[s]) secret.set(c, `in ${s}'s hand`);
      const agenda = G.agendas[s];
      if (agenda) secret.set(agenda, `${s}'s agenda`);
    }
    const piles: [string, string[]][] = [
      ['the strategy deck', G.decks.strategy], ['the regional deck', G.decks.regional],
      ['regionalLater', G.decks.regionalLater], ['the agenda pool', G.decks.agendaPool],
      ...POLITICS_DECKS.map((d) => [`the ${d} deck`, G.decks.politics[d]] as [string, string[]]),
    ];
    for (const [where, pile] of piles) for (const c of pile) secret.set(c, `in ${where}`);
    const known = new Set<string>([
      ...ALWAYS_PUBLIC, ...this.publicLog, ...G.decks.strategyDiscard, ...G.decks.removed, ...G.decks.regionalDiscard,
      ...POLITICS_DECKS.flatMap((d) => G.decks.politicsDiscard[d]),
      ...mine.flatMap((s) => [...G.hands[s], ...(G.agendas[s] ? [G.agendas[s] as string] : []), ...(this.privateLog.get(s) ?? [])]),
      // a card picked but not yet played is still in its hand: only its own player knows it
      ...(G.step.kind === 'action' && G.step.card && mine.includes(G.step.actor) ? [G.step.card] : []),
      // a player's own moves' args, in boardgame.io's log (its own choices)
      ...(opts.bgioLog && viewer != null ? this.ownArgs.get(viewer) ?? [] : []),
    ]);
    for (const id of known) secret.delete(id);
    return secret;
  }
}

const label = (v: Viewer) => (v === null ? 'spectator(null)' : v === undefined ? 'spectator(undefined)' : `player ${v}`);

function assertClean(json: string, forbidden: Map<string, string>, where: string): void {
  for (const id of cardIdsIn(json, CARD_RE)) {
    const why = forbidden.get(id);
    if (why) {
      const at = json.indexOf(`"${id}"`);
      throw new Error(`${where}: ${id} (${why}) is in the payload: …${json.slice(Math.max(0, at - 160), at + 40)}…`);
    }
  }
}

/** The structural secrets of a view: other seats' hands, agendas, commits and budget
 *  choices, the decks' order, a hidden fixed election. */
function assertViewShape(view: GState, raw: GState, viewer: Viewer, where: string): void {
  const mine = seatsOf(raw, viewer);
  for (const s of SEATS) {
    if (mine.includes(s)) continue;
    if (view.hands[s].length) throw new Error(`${where}: ${s}'s hand is shown to ${label(viewer)}`);
    if (view.agendas[s] !== null) throw new Error(`${where}: ${s}'s agenda is shown to ${label(viewer)}`);
  }
  const decks = view.decks;
  if (decks.strategy.length || decks.regional.length || decks.regionalLater.length || decks.agendaPool.length
    || POLITICS_DECKS.some((d) => decks.politics[d].length)) throw new Error(`${where}: a deck's order is shown`);
  const others = (rec: Partial<Record<SeatId, unknown>> | undefined) => Object.keys(rec ?? {}).filter((s) => !mine.includes(s as SeatId));
  if (others(view.crisis?.commits).length) throw new Error(`${where}: ${label(viewer)} sees the commits of ${others(view.crisis?.commits)}`);
  if (others(view.homeChoices).length) throw new Error(`${where}: ${label(viewer)} sees the budget choices of ${others(view.homeChoices)}`);
  if (raw.hiddenElection && view.fixedElection !== null) throw new Error(`${where}: the hidden fixed election is shown`);
}

/** A view without the log entries already scanned (the log only grows). */
function freshPart(view: GState, fromSeq: number): string {
  const fresh = wholeLog(view).filter((e) => e.seq >= fromSeq);
  return JSON.stringify({ ...view, log: fresh, history: [] });
}

interface Coverage {
  /** other seats' secret commits / budget choices sent in boardgame.io's log before they
   *  resolved (each must arrive without its args) */
  secretChecked: number;
  /** cards picked with playCard then taken back with 'back' (each must stay secret) */
  withdrawn: { seat: SeatId; card: string; round: number }[];
  payloads: number;
  bytes: number;
}
const findings: Coverage = { secretChecked: 0, withdrawn: [], payloads: 0, bytes: 0 };

interface GameOpts { seed: string; players: number; bot: Bot; setupData?: SetupData; maxActions?: number; game?: typeof HubAndSpokes }

async function hiddenGame(o: GameOpts): Promise<GState> {
  const viewers: (string | null)[] = [...Array.from({ length: o.players }, (_, i) => String(i)), null];
  const m = serverMatch({ game: { ...(o.game ?? HubAndSpokes), seed: o.seed }, numPlayers: o.players, setupData: o.setupData, connected: viewers });
  const pure = createInitialState(o.players, o.setupData ?? {});
  const rng = new SeededRng(o.seed);
  const botRng = new SeededRng(`${o.seed}/bots`);
  const know = new Knowledge();
  const lastSeq = new Map<string, number>();
  const where = (n: number, v: Viewer, what: string) => `${o.seed} after ${n} actions, ${what} to ${label(v)}`;

  const checkSync = async (n: number) => {
    for (const v of viewers) {
      const sent = await m.sync(v);
      const info = (sent.payload.args[1] ?? {}) as { state: { G: GState }; log: BgioLogEntry[]; initialState: { G: GState } };
      const G = m.state().G;
      const json = JSON.stringify(sent.payload);
      findings.payloads += 1;
      findings.bytes += json.length;
      assertViewShape(info.state.G, G, v, where(n, v, 'sync state'));
      assertClean(JSON.stringify(info.state), know.forbidden(G, v), where(n, v, 'sync state'));
      assertClean(JSON.stringify(info.log), know.forbidden(G, v, { bgioLog: true }), where(n, v, 'sync log (boardgame.io)'));
      // The initial state goes out unfiltered: it must hold no card id at all.
      const initialIds = [...cardIdsIn(JSON.stringify(info.initialState), CARD_RE)].filter((id) => !ALWAYS_PUBLIC.has(id));
      if (initialIds.length) throw new Error(`${where(n, v, 'sync initialState')}: card ids ${initialIds.join(', ')}`);
    }
  };

  await checkSync(0);
  let n = 0;
  for (;;) {
    const before = m.state().G;
    if (before.result) break;
    const d = nextDecision(before, () => o.bot, botRng);
    if (!d) throw new Error(`${o.seed}: nobody to move`);
    const stepBefore = before.step;
    await m.move(d.player, d.action.move, d.action.args);
    if (!applyAction(pure, d.player, d.action, rng)) throw new Error(`${o.seed}: the pure path refused ${JSON.stringify(d)}`);
    n += 1;
    const G = m.state().G;
    know.update(G);
    know.sentArgs(d.player, d.action.args);
    if (d.action.move === 'back' && stepBefore.kind === 'action' && stepBefore.card && !stepBefore.mode && G.hands[d.seat].includes(stepBefore.card)) {
      findings.withdrawn.push({ seat: d.seat, card: stepBefore.card, round: G.round });
    }
    const full = n % 20 === 0 || !!G.result;

    // what the server sent each viewer for this move
    const sent: Sent[] = m.drain();
    for (const v of viewers) {
      const mineSent = sent.filter((s) => s.to === v && s.type === 'update');
      if (mineSent.length !== 1) throw new Error(`${where(n, v, 'update')}: ${mineSent.length} updates`);
      const [, state, deltalog] = (mineSent[0] as Sent).payload.args as [string, { G: GState }, BgioLogEntry[]];
      const forbidden = know.forbidden(G, v);
      findings.payloads += 1;
      assertViewShape(state.G, G, v, where(n, v, 'update'));
      const key = String(v);
      const json = full ? JSON.stringify(state) : JSON.stringify({ ...state, G: null }) + freshPart(state.G, lastSeq.get(key) ?? 0);
      findings.bytes += json.length;
      assertClean(json, forbidden, where(n, v, full ? 'update (whole state)' : 'update'));
      lastSeq.set(key, wholeLog(G).length);
      assertClean(JSON.stringify(deltalog), know.forbidden(G, v, { bgioLog: true }), where(n, v, 'update deltalog (boardgame.io)'));
      // Another seat's secret choice in boardgame.io's log before it resolves.
      for (const entry of deltalog ?? []) {
        const p = entry.action.payload as { type: string; args: unknown; playerID: string };
        const unresolved = (p.type === 'commit' && G.step.kind === 'commit') || (p.type === 'budget' && G.step.kind === 'homeFront');
        if (!unresolved || p.playerID === v) continue;
        findings.secretChecked += 1;
        if (p.args !== null && p.args !== undefined) {
          throw new Error(`${where(n, v, 'update deltalog (boardgame.io)')}: player ${p.playerID}'s secret ${p.type} ${JSON.stringify(p.args)} before it resolves`);
        }
      }
    }

    // the pure path, in lockstep: playerView for every player, null and undefined
    for (const v of [...viewers, undefined]) {
      const view = playerView(pure, v);
      assertViewShape(view, pure, v, where(n, v, 'playerView'));
      const key = `pure:${String(v)}`;
      const json = full ? JSON.stringify(view) : freshPart(view, lastSeq.get(key) ?? 0);
      assertClean(json, know.forbidden(pure, v), where(n, v, full ? 'playerView (whole)' : 'playerView'));
      lastSeq.set(key, wholeLog(pure).length);
    }
    if (n % 60 === 0 || G.result) await checkSync(n);
    if (n > (o.maxActions ?? 5_000)) throw new Error(`${o.seed}: no end`);
  }
  expect(canonicalJson(pure)).toBe(canonicalJson(m.state().G));
  return m.state().G;
}

describe('hidden information, byte by byte', () => {
  afterAll(() => {
    console.info(`[hidden] ${findings.payloads} payloads scanned (${(findings.bytes / 1e6).toFixed(1)} MB); `
      + `${findings.secretChecked} other seats' unresolved commits / budgets in boardgame.io's log, all without args; `
      + `${findings.withdrawn.length} cards picked then taken back, none shown to another seat`);
  });

  const games: GameOpts[] = [
    { seed: 'hidden-2', players: 2, bot: randomBot },
    { seed: 'hidden-3', players: 3, bot: randomBot },
    { seed: 'hidden-4g', players: 4, bot: greedyBot },
    { seed: 'hidden-6', players: 6, bot: randomBot },
    { seed: 'hidden-6g', players: 6, bot: greedyBot },
    // one player holding several seats (and China not player 1)
    { seed: 'hidden-seats', players: 3, bot: randomBot, setupData: { seats: { US: '1', JP: '1', KR: '1', CN: '0', PH: '2' } } },
  ];
  for (const g of games) {
    it(`${g.seed}: ${g.players} players, ${g.bot.name} bots, every payload after every action`, async () => {
      const G = await hiddenGame(g);
      expect(G.result).not.toBeNull();
    });
  }

  it('those games did exercise secret choices and cards taken back', () => {
    expect(findings.secretChecked).toBeGreaterThan(50);
    expect(findings.withdrawn.length).toBeGreaterThan(10);
  });

  it('through real Clients on a Local transport: what each Client holds (state and log) after every move, and on a reconnect', () => {
    const players = 3;
    const seed = 'hidden-local';
    const game = { ...HubAndSpokes, seed };
    const transport = Local();
    const viewers: (string | null)[] = ['0', '1', '2', null];
    const connect = (v: string | null) => {
      const c = Client<GState>({ game, numPlayers: players, multiplayer: transport, playerID: v ?? undefined, matchID: seed });
      c.start();
      return c;
    };
    const clients = new Map(viewers.map((v) => [v, connect(v)]));
    const pure = createInitialState(players);
    const rng = new SeededRng(seed);
    const botRng = new SeededRng(`${seed}/bots`);
    const know = new Knowledge();
    let n = 0;
    const scan = (what: string) => {
      for (const [v, c] of clients) {
        const state = c.getState();
        if (!state) throw new Error(`${label(v)} has no state`);
        assertViewShape(state.G, pure, v, `${seed} after ${n} moves, ${what} of ${label(v)}`);
        assertClean(JSON.stringify({ ...state, log: null }), know.forbidden(pure, v), `${seed} after ${n}, ${what} state of ${label(v)}`);
        assertClean(JSON.stringify(state.log), know.forbidden(pure, v, { bgioLog: true }), `${seed} after ${n}, ${what} log of ${label(v)}`);
      }
    };
    scan('initial');
    while (!pure.result) {
      const d = nextDecision(pure, () => randomBot, botRng);
      if (!d) throw new Error('stuck');
      clients.get(d.player)!.moves[d.action.move]!(...d.action.args);
      if (!applyAction(pure, d.player, d.action, rng)) throw new Error('pure refused');
      n += 1;
      know.update(pure);
      know.sentArgs(d.player, d.action.args);
      // every client is up to date at once (in-memory storage: the Master runs synchronously)
      expect(clients.get(null)?.getState()?._stateID).toBe(n);
      if (n % 3 === 0 || pure.result) scan('update');
      if (n === 40) {
        // a reconnect: a fresh client for player 1 gets the whole log in a sync
        clients.get('1')?.stop();
        clients.set('1', connect('1'));
        scan('reconnect');
      }
    }
    for (const c of clients.values()) c.stop();
    expect(n).toBeGreaterThan(40);
  });

  it('the scans catch a leak: a game whose playerView leaks one hand or the deck order fails', async () => {
    const leakHand: typeof HubAndSpokes = {
      ...HubAndSpokes,
      playerView: ({ G, playerID }) => ({ ...playerView(G, playerID), hands: { ...playerView(G, playerID).hands, CN: G.hands.CN } }),
    };
    await expect(hiddenGame({ seed: 'leak-hand', players: 3, bot: randomBot, game: leakHand, maxActions: 50 })).rejects.toThrow(/CN's hand is shown|in CN's hand\) is in the payload/);
    const leakDeckInLog: typeof HubAndSpokes = {
      ...HubAndSpokes,
      playerView: ({ G, playerID }) => {
        const view = playerView(G, playerID);
        return { ...view, log: [...view.log, { round: 1, phase: 'actions', seq: 1e6, type: 'regional', card: G.decks.regional[0] ?? 'R-NK1' }] };
      },
    };
    await expect(hiddenGame({ seed: 'leak-deck', players: 2, bot: randomBot, game: leakDeckInLog, maxActions: 50 })).rejects.toThrow(/in the regional deck\) is in the payload/);
  });

  it('the scans see what they must: a view does hold the viewer\'s own hand and agenda', () => {
    const G = createInitialState(3);
    applyAction(G, '0', { move: 'begin', args: [] }, new SeededRng('own'));
    const know = new Knowledge();
    know.update(G);
    const mineJson = JSON.stringify(playerView(G, '0'));
    for (const c of [...G.hands.US, G.agendas.US as string]) expect(mineJson).toContain(`"${c}"`);
    // and the same ids are forbidden to the other players, who do not receive them
    for (const v of ['1', '2', null]) {
      const forbidden = know.forbidden(G, v);
      for (const c of [...G.hands.US, G.agendas.US as string]) expect(forbidden.has(c)).toBe(true);
      expect(() => assertClean(JSON.stringify(playerView(G, v)), forbidden, 'view')).not.toThrow();
      expect(() => assertClean(mineJson, forbidden, 'view')).toThrow(/is in the payload/);
    }
  });
});

describe('secret choices and a hidden election in views', () => {
  it('crisis commits stay hidden from everyone else until all are in', () => {
    let checked = 0;
    for (let g = 0; g < 12 && checked < 3; g++) {
      const G = createInitialState(6);
      const rng = new SeededRng(`commit-${g}`);
      const botRng = new SeededRng(`commit-${g}/bots`);
      while (!G.result) {
        if (G.step.kind === 'commit' && G.crisis && Object.keys(G.crisis.commits).length > 0) {
          checked += 1;
          const committed = Object.keys(G.crisis.commits) as SeatId[];
          for (const v of ['0', '1', '2', '3', '4', '5', null, undefined]) {
            const view = playerView(G, v);
            expect(Object.keys(view.crisis?.commits ?? {}).sort()).toEqual(committed.filter((s) => seatsOf(G, v).includes(s)).sort());
          }
        }
        const d = nextDecision(G, () => randomBot, botRng);
        if (!d || !applyAction(G, d.player, d.action, rng)) throw new Error('stuck');
      }
    }
    expect(checked).toBeGreaterThan(0);
  });

  it('budget choices stay hidden from everyone else until all are in', () => {
    const G = createInitialState(6);
    const rng = new SeededRng('budget');
    const botRng = new SeededRng('budget/bots');
    let checked = 0;
    while (!G.result && checked < 20) {
      if (G.step.kind === 'homeFront' && Object.keys(G.homeChoices).length > 0) {
        checked += 1;
        for (const v of ['0', '1', '2', '3', '4', '5', null, undefined]) {
          const view = playerView(G, v);
          expect(Object.keys(view.homeChoices)).toEqual(Object.keys(G.homeChoices).filter((s) => seatsOf(G, v).includes(s as SeatId)));
          // and nothing in the log tells this round's choices yet
          expect(wholeLog(view).filter((e) => e.type === 'budget' && e.round === G.round)).toEqual([]);
        }
      }
      const d = nextDecision(G, () => randomBot, botRng);
      if (!d || !applyAction(G, d.player, d.action, rng)) throw new Error('stuck');
    }
    expect(checked).toBeGreaterThan(0);
  });

  it('fixedElection is null in every view when the scenario hides it', () => {
    const G = createInitialState(4);
    G.hiddenElection = true;
    G.fixedElection = 'americaFirst';
    const rng = new SeededRng('hidden-election');
    const botRng = new SeededRng('hidden-election/bots');
    let views = 0;
    while (!G.result && G.administration === 'undecided') {
      for (const v of ['0', '1', '2', '3', null, undefined]) {
        const json = JSON.stringify(playerView(G, v));
        expect(playerView(G, v).fixedElection).toBeNull();
        // "americaFirst" appears nowhere before the election is held
        expect(json).not.toContain('americaFirst');
        views += 1;
      }
      const d = nextDecision(G, () => randomBot, botRng);
      if (!d || !applyAction(G, d.player, d.action, rng)) throw new Error('stuck');
    }
    expect(views).toBeGreaterThan(50);
    if (!G.result) {
      expect(G.administration).toBe('americaFirst');
      const election = wholeLog(G).find((e): e is Extract<LogEntry, { type: 'election' }> => e.type === 'election');
      expect(election).toMatchObject({ winner: 'americaFirst', fixed: true });
    }
    // with the election open, the field is shown as it is (null)
    const open = createInitialState(2);
    expect(playerView(open, '0').fixedElection).toBe(open.fixedElection);
    const shown = createInitialState(2);
    shown.fixedElection = 'continuity';
    expect(playerView(shown, '1').fixedElection).toBe('continuity');
    shown.hiddenElection = true;
    for (const v of ['0', '1', null, undefined]) expect(playerView(shown, v).fixedElection).toBeNull();
  });

  // boardgame.io sends the initial state unfiltered to every client that (re)connects
  // (Master.onSync → syncInfo.initialState): setup leaves a hidden result out of G and `begin`
  // reads it from the scenario.
  it('a scenario with a hidden fixed election does not leak it in the initial state sent on connect', async () => {
    const base = RULES.scenarios['spring-2024'];
    if (!base) throw new Error('no base scenario');
    RULES.scenarios['hidden-election-test'] = { ...base, id: 'hidden-election-test', election: 'americaFirst', hiddenElection: true };
    try {
      const m = serverMatch({ game: { ...HubAndSpokes, seed: 'hidden-initial' }, numPlayers: 2, setupData: { scenario: 'hidden-election-test' }, connected: ['0', '1', null] });
      expect(m.state().G.hiddenElection).toBe(true);
      for (const v of ['0', '1', null]) {
        const sent = await m.sync(v);
        const info = sent.payload.args[1] as { state: { G: GState }; initialState: { G: GState } };
        expect(info.state.G.fixedElection).toBeNull();
        expect(JSON.stringify(info.initialState)).not.toContain('americaFirst');
      }
    } finally {
      delete RULES.scenarios['hidden-election-test'];
    }
  });

  it('no payload to a player who holds no awaited seat names the awaited players\' secret choices (structure)', () => {
    // awaitedPlayers is public (boardgame.io's ctx.activePlayers): who still has to choose, not what
    const G = createInitialState(3);
    applyAction(G, '0', { move: 'begin', args: [] }, new SeededRng('aw'));
    expect(awaitedPlayers(G)).toEqual(['0']);
    expect(playerView(G, '1').homeChoices).toEqual({});
  });
});
