// boardgame.io's socket transport with a guard in front of every packet and small payloads out.
// The library's master trusts what a client sends: internal actions (UPDATE, SYNC, RESET,
// PATCH) replace the stored state, events run whatever the game says, a sync to an unknown
// match creates one on the fly, and chat has no size limit. Here only moves of this game, well
// formed and small, from the player who sends them, reach the master; syncs reach only matches
// that exist. Out of the server go per-seat patches (see `SeatBroadcast`), and a sync carries
// neither boardgame.io's action log (it grows with the match; the game's own log is in G) nor
// the initial state (unfiltered, and of no use to a client that cannot reset).
import { SocketIO } from 'boardgame.io/server';
import type { Socket } from 'socket.io';
import type { Game } from 'boardgame.io';
import type { IntermediateTransportData } from 'boardgame.io/dist/types/src/master/master';
import { MOVES } from '../game';
import type { SqliteStorage } from './storage/sqlite';
import { SeatBroadcast } from './seat-broadcast';

const MAX_ACTION_BYTES = 2048;
const MAX_CHAT_BYTES = 1024;
const moveNames = new Set<string>(MOVES);

type Packet = [string, ...unknown[]];
const size = (x: unknown) => JSON.stringify(x ?? null).length;

export function refusal(packet: Packet, matchExists: (id: string) => boolean): string | null {
  const [event, ...args] = packet;
  switch (event) {
    case 'update': {
      const [action, stateID, matchID, playerID] = args as [Record<string, unknown> | undefined, unknown, unknown, unknown];
      const payload = action?.payload as Record<string, unknown> | undefined;
      if (action?.type !== 'MAKE_MOVE') return `only moves are accepted, not ${String(action?.type)}`;
      if (!payload || typeof payload.type !== 'string' || !moveNames.has(payload.type)) return 'unknown move';
      if (!Array.isArray(payload.args)) return 'a move needs a list of arguments';
      if (payload.playerID !== playerID || typeof playerID !== 'string') return 'a move must come from the player who sends it';
      if (typeof matchID !== 'string' || typeof stateID !== 'number') return 'malformed update';
      if (size(action) > MAX_ACTION_BYTES) return 'the move is too large';
      return null;
    }
    case 'sync': {
      const [matchID] = args;
      return typeof matchID === 'string' && matchExists(matchID) ? null : 'no such match';
    }
    case 'chat': {
      const [matchID, message, credentials] = args;
      if (typeof matchID !== 'string' || typeof credentials !== 'string') return 'only seated players may chat';
      return size(message) > MAX_CHAT_BYTES ? 'the message is too long' : null;
    }
    default:
      return `unknown event ${event}`;
  }
}

type Internals = {
  _io: { of: (name: string) => { use: (fn: (socket: Socket, next: (err?: Error) => void) => void) => void } };
};
type TransportInternals = {
  clientInfo: Map<string, { socket: Socket; playerID: string | null | undefined }>;
  roomInfo: Map<string, Set<string>>;
  pubSub: { subscribe: (channel: string, callback: (payload: IntermediateTransportData) => void) => void };
  subscribePubSubChannel: (matchID: string, game: Game) => void;
  unsubscribePubSubChannel: (matchID: string) => void;
};

export class GuardedSocketIO extends SocketIO {
  private readonly broadcast = new SeatBroadcast();

  constructor(private readonly storage: SqliteStorage, opts: ConstructorParameters<typeof SocketIO>[0]) {
    super(opts);
    // boardgame.io's own broadcast filters and diffs the state once per socket and never looks
    // at what a socket already has; this one sends each seat's patch, or its whole view to a
    // socket that missed a patch. (The library's method is private in its types only.)
    const self = this as unknown as TransportInternals;
    self.subscribePubSubChannel = (matchID, game) => {
      self.pubSub.subscribe(`MATCH-${matchID}`, (payload) => {
        const sockets = [...(self.roomInfo.get(matchID) ?? [])].flatMap((id) => self.clientInfo.get(id) ?? []);
        this.broadcast.send(game, payload, sockets);
      });
    };
    const unsubscribe = self.unsubscribePubSubChannel.bind(this);
    self.unsubscribePubSubChannel = (matchID) => {
      unsubscribe(matchID);
      this.broadcast.forget(matchID);
    };
  }

  override init(app: Parameters<SocketIO['init']>[0], games: Parameters<SocketIO['init']>[1], origins?: Parameters<SocketIO['init']>[2]): void {
    super.init(app, games, origins);
    const io = (app as unknown as Internals)._io;
    const matchExists = (id: string) => this.storage.fetch(id, { metadata: true }).metadata !== undefined;
    for (const game of games) {
      io.of(game.name ?? 'default').use((socket, next) => {
        socket.use((packet, nextPacket) => {
          const why = refusal(packet as Packet, matchExists);
          if (why) nextPacket(new Error(why));
          else nextPacket();
        });
        // A refused packet is reported to the socket, never thrown.
        socket.on('error', (err: Error) => socket.emit('refused', err.message));
        this.broadcast.watch(socket);
        next();
      });
    }
  }
}
