// The boardgame.io Game: a thin shell over the pure rules. Every move is the same function —
// applyAction — under a different name, re-checks legality, and runs only on the server
// (client: false), so no client ever computes what it must not know.
import { GameMethod, INVALID_MOVE } from 'boardgame.io/core';
import type { Game, Move, Plugin } from 'boardgame.io';
import type { GState } from './state';
import { MOVES, applyLegalAction, isLegal, legalActions } from './actions';
import { awaitedPlayers } from './seats';
import { createInitialState, controlFor, scenarioById, type SetupData } from './setup';
import { playerView } from './view';
import type { Rng } from './random';
import { cloneJson } from './json';

/** The one stage: a player in it may send a move, which legalActions then judges. */
const STAGE = 'decide';

type Events = { setActivePlayers: (arg: { value: Record<string, string> }) => void };

/** Hands the seats the game now waits for to boardgame.io, so only their players may move.
 *  Skipped when nothing changed: an event costs boardgame.io a pass over its flow. */
function gate(G: GState, active: Record<string, string> | null, events: Events): void {
  const players = awaitedPlayers(G);
  if (active && players.length === Object.keys(active).length && players.every((p) => p in active)) return;
  events.setActivePlayers({ value: Object.fromEntries(players.map((p) => [p, STAGE])) });
}

/**
 * Moves work on a plain copy of the state, not on boardgame.io's immer draft: every read
 * through a draft costs a proxy trap, and our rules read far more than they write (measured
 * 4× slower on a draft). A plugin's wrapper runs outside boardgame.io's immer wrapper: it
 * hands the move the plain state, the move leaves the draft untouched (so immer returns at
 * once) and puts its new state here, and the wrapper returns that.
 */
let plainMove: { base: GState; next?: GState } | undefined;

const PlainState: Plugin = {
  name: 'plainState',
  fnWrap: (method, type) => (context, ...args) => {
    if (type !== GameMethod.MOVE) return method(context, ...args);
    const outer = plainMove;
    plainMove = { base: context.G as GState };
    try {
      const result = method(context, ...args);
      return result === INVALID_MOVE ? result : (plainMove.next ?? result);
    } finally {
      plainMove = outer;
    }
  },
};

function makeMove(name: string): Move<GState> {
  return {
    move: ({ G: draft, ctx, playerID, random, events }, ...args: unknown[]) => {
      const base = plainMove?.base ?? draft;
      const action = { move: name, args };
      if (!isLegal(base, playerID, action)) return INVALID_MOVE;
      // Log entries are never changed once written: share them, and earlier rounds' pages.
      const { history, log, ...rest } = base;
      const G: GState = { ...cloneJson(rest), log: log.slice(), history };
      const rng: Rng = { number: () => random.Number() };
      applyLegalAction(G, playerID, action, rng);
      gate(G, ctx.activePlayers, events as unknown as Events);
      if (plainMove) {
        plainMove.next = G;
        return undefined;
      }
      return G;
    },
    client: false,
    // boardgame.io's own log shows a move's arguments to everyone unless redacted: a card picked
    // and taken back, a secret commitment or budget must reach only its own player.
    redact: true,
  };
}

/**
 * boardgame.io 0.50.2 runs any event a client sends, whatever `events` says, and the Game's
 * events are all off: the flow belongs to G.step. After every action this plugin refuses a
 * state whose boardgame.io flow no longer follows G — a forged endGame, a stolen turn — so
 * boardgame.io keeps the state it had.
 */
const FlowFollowsG: Plugin = {
  name: 'flowFollowsG',
  isInvalid: ({ G, ctx }) => {
    const state = G as GState;
    if ((ctx.gameover ?? null) !== (state.result ?? null) && JSON.stringify(ctx.gameover ?? null) !== JSON.stringify(state.result ?? null)) {
      return 'the game ends only by its rules';
    }
    if (state.result) return false;
    const active = Object.entries(ctx.activePlayers ?? {}).sort();
    const awaited = awaitedPlayers(state).sort();
    const follows = active.length === awaited.length && active.every(([p, stage], i) => p === awaited[i] && stage === STAGE);
    return follows ? false : 'only the seats the game waits for may move';
  },
};

export const HubAndSpokes: Game<GState, Record<string, unknown>, SetupData> = {
  name: 'hub-and-spokes',
  minPlayers: 2,
  maxPlayers: 6,
  disableUndo: true,
  plugins: [PlainState, FlowFollowsG],
  setup: ({ ctx }, setupData) => createInitialState(ctx.numPlayers, setupData ?? {}),
  validateSetupData: (setupData, numPlayers) => {
    try {
      controlFor(numPlayers, setupData?.seats);
      scenarioById(setupData?.scenario);
      return undefined;
    } catch (e) {
      return (e as Error).message;
    }
  },
  // No prototype: boardgame.io finds a move with `name in moves`, and 'toString' or
  // 'constructor' must not be moves.
  moves: Object.assign(Object.create(null) as Record<string, Move<GState>>, Object.fromEntries(MOVES.map((name) => [name, makeMove(name)]))),
  turn: {
    onBegin: ({ G, events }) => gate(G, null, events as unknown as Events),
  },
  // Clients may call no event: the flow is driven by G.step alone.
  events: {
    endTurn: false, pass: false, endPhase: false, setPhase: false, endGame: false,
    setActivePlayers: false, endStage: false, setStage: false,
  },
  endIf: ({ G }) => G.result ?? undefined,
  playerView: ({ G, playerID }) => playerView(G, playerID),
  ai: {
    enumerate: (G, _ctx, playerID) => legalActions(G, playerID).map((a) => ({ move: a.move, args: a.args })),
  },
};
