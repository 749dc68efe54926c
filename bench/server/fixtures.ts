// Matches for the server bench, written straight into storage (no Lobby: its rate limits are
// not what is measured). A fresh match starts before the first move; a late one is stamped
// with a position from a greedy game of bots in its seventh round or later — the state, its
// log pages and boardgame.io's action log as long as such a game has them — so the bench
// sees what a match costs late in its length without playing hundreds of moves first.
import { randomBytes } from 'node:crypto';
import type { Game, LogEntry as BgioLogEntry, Server, State } from 'boardgame.io';
import { createMatch } from 'boardgame.io/internal';
import { SeededRng, applyAction, awaitedPlayers, createInitialState, type GState } from '../../src/game';
import { nextDecision } from '../../src/sim/play';
import { greedyBot } from '../../src/bots';
import type { SqliteStorage } from '../../src/server/storage/sqlite';

export const SCENARIO = 'spring-2024';
export const SEATS = 6;
/** Late positions start in these rounds in turn (the game has nine), so that the bench sees
 *  how a match's cost changes over the late game. */
const LATE_ROUNDS = [7, 8, 9];

export interface LatePosition { G: GState; log: BgioLogEntry[] }
export interface BenchMatch { matchID: string; credentials: string[] }

/** Positions at the start of rounds 7, 8 and 9 in turn, of greedy games (a game that ends sooner is skipped). */
export function latePositions(count: number): LatePosition[] {
  const out: LatePosition[] = [];
  for (let s = 0; out.length < count && s < count * 20; s++) {
    const G = createInitialState(SEATS, { scenario: SCENARIO });
    const rng = new SeededRng(`late-${s}`);
    const botRng = new SeededRng(`late-${s}/bots`);
    const log: BgioLogEntry[] = [];
    const round = LATE_ROUNDS[out.length % LATE_ROUNDS.length] as number;
    while (!G.result && G.round < round) {
      const d = nextDecision(G, () => greedyBot, botRng);
      if (!d || !applyAction(G, d.player, d.action, rng)) throw new Error('a bot game got stuck');
      log.push({
        action: { type: 'MAKE_MOVE', payload: { type: d.action.move, args: d.action.args, playerID: d.player } },
        _stateID: log.length, turn: 1, phase: null as never, redact: true,
      } as BgioLogEntry);
    }
    if (!G.result) out.push({ G, log });
  }
  if (out.length < count) throw new Error('too few greedy games reached the late rounds');
  return out;
}

export function stampMatch(storage: SqliteStorage, game: Game, late?: LatePosition): BenchMatch {
  const created = createMatch({ game, numPlayers: SEATS, setupData: { scenario: SCENARIO }, unlisted: true });
  if ('setupDataError' in created) throw new Error(String(created.setupDataError));
  const matchID = randomBytes(9).toString('base64url');
  const metadata = created.metadata as Server.MatchData;
  const credentials = Array.from({ length: SEATS }, (_, i) => {
    const secret = randomBytes(12).toString('hex');
    metadata.players[i] = { id: i, name: `Bench ${i}`, credentials: secret };
    return secret;
  });
  storage.createMatch(matchID, { initialState: created.initialState as State, metadata });
  if (late) {
    const initial = created.initialState as State<GState>;
    const awaited = Object.fromEntries(awaitedPlayers(late.G).map((p) => [p, 'decide']));
    const state: State<GState> = {
      ...initial,
      G: late.G,
      ctx: { ...initial.ctx, activePlayers: awaited, _activePlayersNumMoves: Object.fromEntries(Object.keys(awaited).map((p) => [p, 0])) },
      _stateID: late.log.length,
    };
    storage.setState(matchID, state as State, late.log);
  }
  return { matchID, credentials };
}
