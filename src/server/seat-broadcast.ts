// What the sockets of a match receive after a move. Each seat gets a JSON patch from the view
// its client holds to its new view, computed once per seat however many sockets it has open;
// a socket whose client missed a patch (it synced while a move was in flight) gets its whole
// view instead, which boardgame.io's client accepts, so no client is left behind for good.
import type { Socket } from 'socket.io';
import type { Ctx, Game, State } from 'boardgame.io';
import type { IntermediateTransportData } from 'boardgame.io/dist/types/src/master/master';
import { getFilterPlayerView } from 'boardgame.io/internal';
import { jsonPatch, type PatchOp } from './json-patch';

export interface MatchSocket {
  socket: Socket;
  playerID: string | null | undefined;
}

type Emit = (event: string, ...args: unknown[]) => boolean;

export class SeatBroadcast {
  /** The state id that each socket's client holds, from what was last sent to it. */
  private readonly held = new WeakMap<Socket, number>();
  /**
   * The ctx each match's clients hold, as JSON. boardgame.io's flow updates parts of ctx in
   * place (a player's move count, the active players), on the state from before the move as
   * well, so that state no longer shows the ctx its clients hold. (G is ours: never written
   * in place, so the state before the move is the one to diff it from.)
   */
  private readonly ctxSent = new Map<string, { stateID: number; json: string }>();

  /** Follows what reaches `socket`, and trims the sync: no boardgame.io action log, no initial state. */
  watch(socket: Socket): void {
    const emit = socket.emit.bind(socket) as Emit;
    const watched: Emit = (event, ...args) => {
      if (event === 'sync') {
        const [matchID, info] = args as [string, { state: State; filteredMetadata: unknown }];
        this.held.set(socket, info.state._stateID);
        return emit('sync', matchID, { state: info.state, filteredMetadata: info.filteredMetadata });
      }
      if (event === 'patch') this.held.set(socket, args[2] as number);
      if (event === 'update') this.held.set(socket, (args[1] as State)._stateID);
      return emit(event, ...args);
    };
    socket.emit = watched as Socket['emit'];
  }

  /** The match has no socket left. */
  forget(matchID: string): void {
    this.ctxSent.delete(matchID);
  }

  send(game: Game, payload: IntermediateTransportData, sockets: MatchSocket[]): void {
    if (payload.type !== 'patch' && payload.type !== 'update') {
      for (const { socket } of sockets) socket.emit(payload.type, ...payload.args);
      return;
    }
    const [matchID] = payload.args;
    const state = payload.type === 'patch' ? payload.args[3] : payload.args[1];
    const filter = getFilterPlayerView(game);
    const viewOf = (playerID: string | null | undefined, s: State) =>
      (filter(playerID as string, { type: 'update', args: [matchID, s] }) as unknown as { args: [string, State] }).args[1];
    const ctxBefore = this.ctxSent.get(matchID);
    const ctxJson = JSON.stringify(state.ctx);
    this.ctxSent.set(matchID, { stateID: state._stateID, json: ctxJson });
    let ctxOps: PatchOp[] | undefined;
    const seats = new Map<string, { full?: State; patch?: PatchOp[] }>();
    for (const { socket, playerID } of sockets) {
      const key = playerID ?? '';
      const seat = seats.get(key) ?? {};
      seats.set(key, seat);
      if (payload.type === 'patch') {
        const [, prevStateID, prevState] = payload.args;
        if (this.held.get(socket) === prevStateID) {
          ctxOps ??= ctxBefore?.stateID === prevStateID
            ? jsonPatch({ ctx: JSON.parse(ctxBefore.json) as Ctx }, { ctx: state.ctx })
            : [{ op: 'replace', path: '/ctx', value: state.ctx }];
          seat.patch ??= [...jsonPatch({ ...viewOf(playerID, prevState), ctx: null }, { ...(seat.full ??= viewOf(playerID, state)), ctx: null }), ...ctxOps];
          socket.emit('patch', matchID, prevStateID, state._stateID, seat.patch);
          continue;
        }
      }
      socket.emit('update', matchID, (seat.full ??= viewOf(playerID, state)));
    }
  }
}
