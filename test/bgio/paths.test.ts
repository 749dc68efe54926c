// Both paths give the same game: a whole game through boardgame.io (its headless Client, and
// its server Master for custom seat maps) and the same actions replayed on the pure path
// (createInitialState + SeededRng(seed) + applyAction) end in deep-equal states. Along the way,
// boardgame.io's active players are always the awaited players, and ai.enumerate is exactly
// legalActions. Plus: the setup holds no card id, and validateSetupData refuses bad setups.
import { describe, expect, it } from 'vitest';
import { Client } from 'boardgame.io/client';
import type { Ctx } from 'boardgame.io';
import { createMatch } from 'boardgame.io/internal';
import {
  HubAndSpokes, RULES, SEATS, SeededRng, applyAction, awaitedPlayers, createInitialState, legalActions, playerView,
  type GState, type SetupData,
} from '../../src/game';
import { nextDecision, type Decision } from '../../src/sim/play';
import { greedyBot, randomBot, type Bot } from '../../src/bots';
import { canonicalJson, serverMatch } from '../helpers/builders';

type BgioClient = ReturnType<typeof Client<GState>>;
const raw = (c: BgioClient) => c.store.getState() as { G: GState; ctx: Ctx; _stateID: number };
const sorted = (xs: string[]) => [...xs].sort();

/** The per-state checks of the boardgame.io path: active players = awaited players, and
 *  ai.enumerate = legalActions for every player. */
function checkGate(G: GState, ctx: Ctx, where: string): void {
  const enumerate = HubAndSpokes.ai?.enumerate as (G: GState, ctx: Ctx, playerID: string) => { move: string; args: unknown[] }[];
  if (!ctx.gameover) {
    const active = sorted(Object.keys(ctx.activePlayers ?? {}));
    if (JSON.stringify(active) !== JSON.stringify(sorted(awaitedPlayers(G)))) {
      throw new Error(`${where}: ctx.activePlayers ${JSON.stringify(active)} but awaited ${JSON.stringify(awaitedPlayers(G))}`);
    }
  }
  for (let p = 0; p < G.numPlayers; p++) {
    const pid = String(p);
    const mine = JSON.stringify(legalActions(G, pid));
    const theirs = JSON.stringify(enumerate(G, ctx, pid));
    if (mine !== theirs) throw new Error(`${where}: ai.enumerate for ${pid} is ${theirs}, legalActions ${mine}`);
  }
}

/** Replays recorded decisions on the pure path. */
function replayPure(seed: string, players: number, actions: Decision[], setupData: SetupData = {}): GState {
  const G = createInitialState(players, setupData);
  const rng = new SeededRng(seed);
  actions.forEach((d, i) => {
    if (!applyAction(G, d.player, d.action, rng)) throw new Error(`pure replay refused action ${i}: ${JSON.stringify(d)}`);
  });
  return G;
}

/** A whole game through the headless Client, bots driven by their own SeededRng. */
function clientGame(seed: string, players: number, bot: Bot): { G: GState; ctx: Ctx; actions: Decision[] } {
  const client = Client<GState>({ game: { ...HubAndSpokes, seed }, numPlayers: players });
  client.start();
  const botRng = new SeededRng(`${seed}/bots`);
  const actions: Decision[] = [];
  for (;;) {
    const { G, ctx, _stateID } = raw(client);
    checkGate(G, ctx, `${seed} step ${actions.length}`);
    if (ctx.gameover) break;
    const d = nextDecision(G, () => bot, botRng);
    if (!d) throw new Error(`${seed}: nobody to move at ${G.step.kind}`);
    client.updatePlayerID(d.player);
    // The client shows its player that player's view, and no more.
    expect(client.getState()?.G).toEqual(playerView(G, d.player));
    client.moves[d.action.move]!(...d.action.args);
    if (raw(client)._stateID !== _stateID + 1) throw new Error(`${seed}: boardgame.io refused a legal move ${JSON.stringify(d)}`);
    actions.push(d);
    if (actions.length > 5_000) throw new Error(`${seed}: no end`);
  }
  const { G, ctx } = raw(client);
  client.stop();
  return { G, ctx, actions };
}

describe('the boardgame.io path and the pure path give the same game', () => {
  const cases: [string, number, Bot][] = [
    ['paths-2', 2, randomBot], ['paths-3', 3, randomBot], ['paths-4', 4, randomBot],
    ['paths-5', 5, randomBot], ['paths-6', 6, randomBot], ['paths-6g', 6, greedyBot], ['paths-2g', 2, greedyBot],
  ];
  for (const [seed, players, bot] of cases) {
    it(`${seed}: ${players} players, ${bot.name} bots, through the headless Client`, () => {
      const { G, ctx, actions } = clientGame(seed, players, bot);
      expect(G.result).not.toBeNull();
      expect(ctx.gameover).toEqual(G.result);
      expect(actions.length).toBeGreaterThan(10);
      const pure = replayPure(seed, players, actions);
      expect(canonicalJson(pure)).toBe(canonicalJson(G));
    });
  }

  const seatMaps: [string, number, SetupData['seats']][] = [
    // one player holds several seats, China is not player 1, some seats left to the autopilot
    ['seats-a', 3, { US: '2', JP: '2', KR: '2', CN: '0', AU: '1' }],
    ['seats-b', 2, { CN: '0', PH: '1', AU: '1' }],
    ['seats-c', 6, { PH: '0', AU: '1', KR: '2', JP: '3', CN: '4', US: '5' }],
    ['seats-d', 4, { US: '0', JP: '0', KR: '0', AU: '0', PH: '0', CN: '3' } as never],
  ];
  for (const [seed, players, seats] of seatMaps) {
    it(`${seed}: ${players} players with seats ${JSON.stringify(seats)}, through the server Master`, async () => {
      const setupData: SetupData = { seats };
      const valid = HubAndSpokes.validateSetupData?.(setupData, players);
      if (valid !== undefined) {
        // a map that leaves a player without a seat is refused: nothing to play
        expect(valid).toMatch(/every one of the \d players needs a seat/);
        return;
      }
      const m = serverMatch({ game: { ...HubAndSpokes, seed }, numPlayers: players, setupData, connected: [] });
      const botRng = new SeededRng(`${seed}/bots`);
      const actions: Decision[] = [];
      for (;;) {
        const { G, ctx, _stateID } = m.state();
        checkGate(G, ctx, `${seed} step ${actions.length}`);
        if (ctx.gameover) break;
        const d = nextDecision(G, () => randomBot, botRng);
        if (!d) throw new Error(`${seed}: nobody to move`);
        expect(SEATS.filter((s) => { const c = G.control[s]; return 'player' in c && c.player === d.player; })).toContain(d.seat);
        await m.move(d.player, d.action.move, d.action.args);
        if (m.state()._stateID !== _stateID + 1) throw new Error(`${seed}: the server refused a legal move ${JSON.stringify(d)}`);
        actions.push(d);
      }
      const G = m.state().G;
      expect(canonicalJson(replayPure(seed, players, actions, setupData))).toBe(canonicalJson(G));
      // the seat map was honoured: only the mapped seats ever moved, each by its player
      for (const d of actions) expect((seats as Record<string, string>)[d.seat]).toBe(d.player);
    });
  }
});

describe('setup', () => {
  const secretIds = [
    ...Object.keys(RULES.strategy), ...Object.keys(RULES.politics), ...Object.keys(RULES.regional),
    ...Object.keys(RULES.agendas), ...Object.keys(RULES.national),
  ];
  const cardIdsIn = (json: string) => secretIds.filter((id) => json.includes(`"${id}"`));

  it('the initial state holds no card id at all (nothing shuffled or dealt before begin)', () => {
    for (let players = 2; players <= 6; players++) {
      const client = Client<GState>({ game: { ...HubAndSpokes, seed: `setup-${players}` }, numPlayers: players });
      client.start();
      expect(cardIdsIn(JSON.stringify(client.store.getState())), `${players} players`).toEqual([]);
      expect(cardIdsIn(JSON.stringify(client.getInitialState()))).toEqual([]);
      client.stop();
      const match = createMatch({ game: { ...HubAndSpokes, seed: 'x' }, numPlayers: players, setupData: undefined, unlisted: true });
      expect('initialState' in match && cardIdsIn(JSON.stringify(match.initialState))).toEqual([]);
      expect(cardIdsIn(JSON.stringify(createInitialState(players, { seats: undefined })))).toEqual([]);
    }
  });

  it('the initial state does not depend on the seed', () => {
    const a = createMatch({ game: { ...HubAndSpokes, seed: 'one' }, numPlayers: 4, setupData: undefined, unlisted: true });
    const b = createMatch({ game: { ...HubAndSpokes, seed: 'two' }, numPlayers: 4, setupData: undefined, unlisted: true });
    if (!('initialState' in a) || !('initialState' in b)) throw new Error('setup refused');
    expect(b.initialState.G).toEqual(a.initialState.G);
    expect(b.initialState.ctx).toEqual(a.initialState.ctx);
  });

  const validate = (data: unknown, n: number) => HubAndSpokes.validateSetupData?.(data as SetupData, n);

  it('validateSetupData accepts 2 to 6 players and good seat maps', () => {
    for (let n = 2; n <= 6; n++) expect(validate(undefined, n)).toBeUndefined();
    expect(validate({}, 4)).toBeUndefined();
    expect(validate({ scenario: 'spring-2024' }, 3)).toBeUndefined();
    expect(validate({ seats: { US: '1', CN: '0' } }, 2)).toBeUndefined();
    expect(validate({ seats: { US: '0', JP: '0', CN: '1', AU: '2' } }, 3)).toBeUndefined();
  });

  it('validateSetupData refuses 1 and 7 players, an unknown scenario and bad seat maps, with a message', () => {
    const bad: [unknown, number, RegExp][] = [
      [undefined, 1, /2 to 6 players, not 1/],
      [undefined, 7, /2 to 6 players, not 7/],
      [undefined, 0, /2 to 6 players/],
      [{}, 1, /2 to 6 players/],
      [{ scenario: 'winter-2031' }, 3, /unknown scenario winter-2031/],
      [{ seats: { XX: '0', CN: '1' } }, 2, /unknown seat XX/],
      [{ seats: { US: '0', CN: '2' } }, 2, /seat CN: player id 2 is not one of 0\.\.1/],
      [{ seats: { US: '0', CN: 'one' } }, 2, /seat CN: player id one/],
      [{ seats: { US: '0', CN: '-1' } }, 2, /seat CN: player id -1/],
      [{ seats: { US: '0', JP: '0' } }, 2, /every one of the 2 players needs a seat/],
      [{ seats: {} }, 2, /every one of the 2 players needs a seat/],
    ];
    for (const [data, n, message] of bad) {
      const result = validate(data, n);
      expect(typeof result, JSON.stringify([data, n])).toBe('string');
      expect(result).toMatch(message);
    }
  });

  it('the server refuses to create such a match', () => {
    for (const [data, n] of [[undefined, 7], [{ scenario: 'nope' }, 2], [{ seats: { US: '0', JP: '0' } }, 2]] as const) {
      const match = createMatch({ game: HubAndSpokes, numPlayers: n, setupData: data, unlisted: true });
      expect('setupDataError' in match, JSON.stringify([data, n])).toBe(true);
    }
  });
});
