// What the sockets of a match receive after a move. Each seat gets a JSON patch from the view
// its client holds to its new view, computed once per seat however many sockets it has open;
// a socket whose client missed a patch (it synced while a move was in flight) gets its whole
// view instead, which boardgame.io's client accepts, so no client is left behind for good.
import type { Socket } from 'socket.io';
import type { Ctx, Game, State } from 'boardgame.io';
import type { IntermediateTransportData } from 'boardgame.io/dist/types/src/master/master';
import { getFilterPlayerView } from 'boardgame.io/internal';
import { PatchMemo, jsonPatch, type PatchOp } from './json-patch';

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
      (filter(playerID as string, { type: 'update', args: [matchID, { ...s, deltalog: undefined }] }) as unknown as { args: [string, State] }).args[1];
    const ctxBefore = this.ctxSent.get(matchID);
    const ctxJson = JSON.stringify(state.ctx);
    this.ctxSent.set(matchID, { stateID: state._stateID, json: ctxJson });
    // each seat's view of the new state, made once however many sockets the seat has open. The
    // views are not kept for the next move, whose view before is made again from the state before
    // it: seven views per match held between moves were old-generation garbage a move later
    // (bench:server, 1,000 matches on 2 workers: GC time -20%, CPU per move the same)
    const views = new Map<string, State>();
    const viewNow = (playerID: string | null | undefined, key: string) => {
      let view = views.get(key);
      if (!view) views.set(key, (view = viewOf(playerID, state)));
      return view;
    };
    let ctxOps: PatchOp[] | undefined;
    const memo = new PatchMemo();
    const patches = new Map<string, { json: string; patch: PatchOp[] }>();
    // sockets that get the same patch, by its JSON: it is encoded once for all of them
    const groups = new Map<string, { patch: PatchOp[]; sockets: Socket[] }>();
    for (const { socket, playerID } of sockets) {
      const key = playerID ?? '';
      if (payload.type === 'patch') {
        const [, prevStateID, prevState] = payload.args;
        if (this.held.get(socket) === prevStateID) {
          let seat = patches.get(key);
          if (!seat) {
            ctxOps ??= ctxBefore?.stateID === prevStateID
              ? jsonPatch({ ctx: JSON.parse(ctxBefore.json) as Ctx }, { ctx: state.ctx })
              : [{ op: 'replace', path: '/ctx', value: state.ctx }];
            const before = viewOf(playerID, prevState);
            const patch = [...jsonPatch({ ...before, ctx: null }, { ...viewNow(playerID, key), ctx: null }, memo), ...ctxOps];
            seat = { json: JSON.stringify(patch), patch };
            patches.set(key, seat);
          }
          const group = groups.get(seat.json);
          if (group) group.sockets.push(socket);
          else groups.set(seat.json, { patch: seat.patch, sockets: [socket] });
          continue;
        }
      }
      socket.emit('update', matchID, viewNow(playerID, key));
    }
    for (const { patch, sockets: group } of groups.values()) {
      const [first, ...more] = group as [Socket, ...Socket[]];
      if (!more.length) {
        first.emit('patch', matchID, payload.args[1], state._stateID, patch);
        continue;
      }
      // one broadcast to the room of each socket's own id: the packet is encoded once
      let to = first.nsp.to(first.id);
      for (const socket of more) to = to.to(socket.id);
      to.emit('patch', matchID, payload.args[1], state._stateID, patch);
      for (const socket of group) this.held.set(socket, state._stateID);
    }
  }
}
