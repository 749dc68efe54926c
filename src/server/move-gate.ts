// boardgame.io 0.50.2's master saves and broadcasts whatever its reducer gives back for a move,
// error or not. For a move the game refuses (our moves return INVALID_MOVE for any action that
// is not legal) the reducer gives back the state before the move with every plugin's API put
// in (`Enhance`: functions, and the random generator's own copy of the seed), its _stateID
// unchanged; a move a plugin refuses comes back as the state before it. The master then sent it
// to every seat (the patch code failed on the functions and the server stopped) and saved it,
// seed and all. Here each move's master gets a storage and a transport of its own, which let
// through only a state that follows the stored one: _stateID one higher, and plugins holding
// their data only (boardgame.io flushes every API after a move it accepts). A refused move
// saves nothing, not even the metadata's `updatedAt`, and sends nothing.
import type { Master } from 'boardgame.io/master';
import type { State } from 'boardgame.io';
import type { IntermediateTransportData } from 'boardgame.io/dist/types/src/master/master';
import type { SqliteStorage } from './storage/sqlite';

type MasterTransport = ConstructorParameters<typeof Master>[2];

export interface MoveGate {
  storage: SqliteStorage;
  transport: MasterTransport;
  /** Did the master come back with a state that does not follow the stored one? */
  refused(): boolean;
}

/** Only data in each plugin's entry: no API left in by the reducer. */
const pluginsHoldDataOnly = (state: State) =>
  Object.values(state.plugins ?? {}).every((entry) => Object.keys(entry).every((key) => key === 'data'));

export function moveGate(db: SqliteStorage, publish: (payload: IntermediateTransportData) => void): MoveGate {
  /** the stored state's id when the master read it, before the move */
  let before: number | undefined;
  let refused = false;
  const follows = (state: State) => {
    if (before === undefined || state._stateID !== before + 1 || !pluginsHoldDataOnly(state)) refused = true;
    return !refused;
  };
  const fetch: SqliteStorage['fetch'] = (matchID, opts) => {
    const found = db.fetch(matchID, opts);
    if (opts.state) before = (found as { state?: State }).state?._stateID;
    return found;
  };
  const setState: SqliteStorage['setState'] = (matchID, state, deltalog) => {
    if (follows(state)) db.setState(matchID, state, deltalog);
  };
  // the master writes the metadata right after the state: `updatedAt`, and gameover
  const setMetadata: SqliteStorage['setMetadata'] = (matchID, metadata) => {
    if (!refused) db.setMetadata(matchID, metadata);
  };
  const own: Record<string | symbol, unknown> = { fetch, setState, setMetadata };
  return {
    storage: new Proxy(db, { get: (target, prop, receiver) => (Object.hasOwn(own, prop) ? own[prop] : Reflect.get(target, prop, receiver)) }),
    transport: {
      // a move's master sends to no one socket alone (only a sync does)
      send: () => undefined,
      sendAll: (payload) => {
        // what a move's master sends is its new state: a patch, or the whole state
        const state = payload.type === 'patch' ? payload.args[3] : payload.type === 'update' ? payload.args[1] : undefined;
        if (!state || follows(state)) publish(payload);
      },
    },
    refused: () => refused,
  };
}
