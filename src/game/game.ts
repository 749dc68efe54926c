// The boardgame.io Game: a thin shell over the pure rules. Every move is the same function —
// applyAction — under a different name, re-checks legality, and runs only on the server
// (client: false), so no client ever computes what it must not know.
import { INVALID_MOVE } from 'boardgame.io/core';
import type { Game, Move } from 'boardgame.io';
import type { GState } from './state';
import { MOVES, applyAction, legalActions } from './actions';
import { awaitedPlayers } from './seats';
import { createInitialState, controlFor, scenarioById, type SetupData } from './setup';
import { playerView } from './view';
import type { Rng } from './random';

type Events = { setActivePlayers: (arg: { value: Record<string, string> }) => void };

/** Hands the seats the game now waits for to boardgame.io, so only their players may move. */
function gate(G: GState, events: Events): void {
  const value = Object.fromEntries(awaitedPlayers(G).map((p) => [p, 'decide']));
  events.setActivePlayers({ value });
}

function makeMove(name: string): Move<GState> {
  return {
    move: ({ G, playerID, random, events }, ...args: unknown[]) => {
      const rng: Rng = { number: () => random.Number() };
      if (!applyAction(G, playerID, { move: name, args }, rng)) return INVALID_MOVE;
      gate(G, events as unknown as Events);
      return undefined;
    },
    client: false,
  };
}

export const HubAndSpokes: Game<GState, Record<string, unknown>, SetupData> = {
  name: 'hub-and-spokes',
  minPlayers: 2,
  maxPlayers: 6,
  disableUndo: true,
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
  moves: Object.fromEntries(MOVES.map((name) => [name, makeMove(name)])),
  turn: {
    onBegin: ({ G, events }) => gate(G, events as unknown as Events),
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
