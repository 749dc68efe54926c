// boardgame.io's socket transport with a guard in front of every packet and small payloads out.
// The library's master trusts what a client sends: internal actions (UPDATE, SYNC, RESET,
// PATCH) replace the stored state, events run whatever the game says, a sync to an unknown
// match creates one on the fly, and chat has no size limit. Here only moves of this game, well
// formed and small, from the player who sends them, reach the master; syncs reach only matches
// that exist; chat is a short text from a seat, a few a second. The guard never throws on what
// a client sends (a throw there is outside socket.io's reach and stops the process). A move
// goes to the master through a gate (see move-gate.ts), so a refused move saves and sends
// nothing. Out of the server go per-seat patches (see `SeatBroadcast`), and a sync carries
// neither boardgame.io's action log (it grows with the match; the game's own log is in G) nor
// the initial state (unfiltered, and of no use to a client that cannot reset).
import { randomBytes } from 'node:crypto';
import { SocketIO } from 'boardgame.io/server';
import { Master } from 'boardgame.io/master';
import type { Socket } from 'socket.io';
import type { CredentialedActionShape, Game } from 'boardgame.io';
import type { IntermediateTransportData } from 'boardgame.io/dist/types/src/master/master';
import { MOVES } from '../game';
import type { SqliteStorage } from './storage/sqlite';
import { SeatBroadcast } from './seat-broadcast';
import { jsonLengthWithin } from './json-size';
import { moveGate } from './move-gate';
import { RateLimiter } from './lobby/rate-limit';
import { DEFAULT_MOVE_LIMIT, type MoveLimit } from './config';

const MAX_ACTION_BYTES = 2048;
const MAX_CHAT_BYTES = 1024;
/** What socket.io takes in one message (1 MB by default): a move, a chat message or a sync is
 *  2 KB at most, up to three bytes a character in UTF-8, and the packet's own framing. */
export const MAX_PACKET_BYTES = 8 * 1024;
/** A seat's chat: a burst of this many messages, then one a second. */
export const CHAT_BURST = 5;
const CHAT_PER_MINUTE = 60;
/** Who the server's own chat notices come from: no seat, so no client may send as it. */
export const SERVER_SENDER = 'server';
const moveNames = new Set<string>(MOVES);
/** A seat's player id: "0" to "5". */
const SEAT_ID = /^[0-5]$/;

const isRecord = (x: unknown): x is Record<string, unknown> => typeof x === 'object' && x !== null && !Array.isArray(x);
const hasOnly = (x: Record<string, unknown>, keys: readonly string[]) => Object.keys(x).every((key) => keys.includes(key));
/** Nothing (undefined, or null as socket.io sends it), or a value that passes `test`. */
const noneOr = (x: unknown, test: (x: unknown) => boolean) => x === undefined || x === null || test(x);
const isSeatID = (x: unknown) => typeof x === 'string' && SEAT_ID.test(x);
/** Is `x` at most `limit` characters as JSON? Counted without recursion: a packet may be
 *  nested hundreds of thousands deep. */
const within = (x: unknown, limit: number) => jsonLengthWithin(x, limit) !== undefined;
/** A client's value in a message, never converted: String() of `{ toString: 1 }` throws. */
const named = (x: unknown) => (typeof x === 'string' ? JSON.stringify(x.slice(0, 40)) : typeof x);
/** No legal action has any other argument (the rules compare them with ===), and boardgame.io
 *  writes a refused move's arguments into a text, which an object may make throw. */
const isArgument = (x: unknown) => typeof x === 'string' || typeof x === 'number' || typeof x === 'boolean';

/** Why a packet from a client is refused, or null. Never throws, whatever JSON it is given. */
export function refusal(packet: readonly unknown[], matchExists: (id: string) => boolean): string | null {
  try {
    const [event, ...args] = packet;
    switch (event) {
      case 'update':
        return moveRefusal(args, matchExists);
      case 'sync':
        return syncRefusal(args, matchExists);
      case 'chat':
        return chatRefusal(args);
      default:
        return `unknown event ${named(event)}`;
    }
  } catch {
    return 'malformed packet';
  }
}

function moveRefusal([action, stateID, matchID, playerID]: unknown[], matchExists: (id: string) => boolean): string | null {
  if (!isRecord(action) || action.type !== 'MAKE_MOVE') return `only moves are accepted, not ${named(isRecord(action) ? action.type : action)}`;
  if (!within(action, MAX_ACTION_BYTES)) return 'the move is too large';
  const payload = action.payload;
  if (!isRecord(payload) || typeof payload.type !== 'string' || !moveNames.has(payload.type)) return 'unknown move';
  if (!Array.isArray(payload.args)) return 'a move needs a list of arguments';
  if (payload.playerID !== playerID || !isSeatID(playerID)) return 'a move must come from the player who sends it';
  if (typeof matchID !== 'string' || typeof stateID !== 'number') return 'malformed update';
  // what boardgame.io's client sends, and nothing more: the action goes into the stored log
  if (!hasOnly(action, ['type', 'payload']) || !hasOnly(payload, ['type', 'args', 'playerID', 'credentials'])) return 'a move has only a type, arguments, a player and credentials';
  if (!payload.args.every(isArgument)) return "a move's arguments are texts, numbers or true/false";
  // boardgame.io keeps a move queue for every match id it is sent, for as long as it runs
  return matchExists(matchID) ? null : 'no such match';
}

function syncRefusal([matchID, playerID, credentials, numPlayers]: unknown[], matchExists: (id: string) => boolean): string | null {
  if (typeof matchID !== 'string' || !matchExists(matchID)) return 'no such match';
  // boardgame.io looks the seat up by this id (an object as a key throws) and checks these credentials
  if (!noneOr(playerID, isSeatID)) return 'no such seat';
  if (!noneOr(credentials, (x) => typeof x === 'string') || !noneOr(numPlayers, (x) => typeof x === 'number')) return 'malformed sync';
  return null;
}

/** A chat message is what boardgame.io's client sends for a text: { id, sender, payload }. */
function chatRefusal([matchID, message, credentials]: unknown[]): string | null {
  if (typeof matchID !== 'string' || typeof credentials !== 'string') return 'only seated players may chat';
  if (!isRecord(message) || !hasOnly(message, ['id', 'sender', 'payload'])) return 'a chat message has only an id, a sender and a text';
  if (!within(message, MAX_CHAT_BYTES)) return 'the message is too long';
  // the server's notices come from SERVER_SENDER, which is not a seat
  if (!isSeatID(message.sender)) return 'a chat message comes from a seat';
  if (typeof message.id !== 'string' || typeof message.payload !== 'string' || message.payload.trim() === '') return 'a chat message is a text';
  return null;
}

/** A packet the guard refuses, with the kind it was: the client is told which of its packets
 *  (a move, a chat message, a sync) the refusal answers. */
class RefusedPacket extends Error {
  readonly event: 'update' | 'chat' | 'sync' | 'unknown';
  constructor(why: string, event: unknown) {
    super(why);
    this.event = event === 'update' || event === 'chat' || event === 'sync' ? event : 'unknown';
  }
}

type Namespace = {
  use: (fn: (socket: Socket, next: (err?: Error) => void) => void) => void;
  on: (event: 'connection', fn: (socket: Socket) => void) => void;
};
type Internals = { _io: { of: (name: string) => Namespace }; context: { auth: ConstructorParameters<typeof Master>[3] } };
type TransportInternals = {
  clientInfo: Map<string, { socket: Socket; playerID: string | null | undefined }>;
  roomInfo: Map<string, Set<string>>;
  pubSub: { subscribe: (channel: string, callback: (payload: IntermediateTransportData) => void) => void };
  subscribePubSubChannel: (matchID: string, game: Game) => void;
  unsubscribePubSubChannel: (matchID: string) => void;
};

export class GuardedSocketIO extends SocketIO {
  private readonly broadcast = new SeatBroadcast();
  /** chat messages and moves per socket (by its id) */
  private readonly chats = new RateLimiter(CHAT_PER_MINUTE, Date.now, CHAT_BURST);
  private readonly moves: RateLimiter | null;

  /** `storage` is the one boardgame.io's master is given (every saved state is watched);
   *  `moveLimit` is how fast a socket may send moves (null: as fast as it likes); `owns`, the
   *  matches this process plays (with several processes, a socket reaches its match's owner:
   *  another's match is no match here). */
  constructor(
    private readonly storage: SqliteStorage,
    opts: ConstructorParameters<typeof SocketIO>[0],
    moveLimit: MoveLimit | null = DEFAULT_MOVE_LIMIT,
    private readonly owns: (matchID: string) => boolean = () => true,
  ) {
    super(opts);
    this.moves = moveLimit && new RateLimiter(moveLimit.perMinute, Date.now, moveLimit.burst);
    // boardgame.io's own broadcast filters and diffs the state once per socket and never looks
    // at what a socket already has; this one sends each seat's patch, or its whole view to a
    // socket that missed a patch. (The library's method is private in its types only.)
    const self = this as unknown as TransportInternals;
    self.subscribePubSubChannel = (matchID, game) => {
      self.pubSub.subscribe(`MATCH-${matchID}`, (payload) => {
        const sockets = [...(self.roomInfo.get(matchID) ?? [])].flatMap((id) => self.clientInfo.get(id) ?? []);
        try {
          this.broadcast.send(game, payload, sockets);
        } catch (e) {
          // a socket left without this patch gets its whole view with the next one
          process.stderr.write(`transport: match ${matchID}: could not send ${payload.type}: ${(e as Error).stack ?? String(e)}\n`);
        }
      });
    };
    const unsubscribe = self.unsubscribePubSubChannel.bind(this);
    self.unsubscribePubSubChannel = (matchID) => {
      unsubscribe(matchID);
      this.broadcast.forget(matchID);
    };
  }

  /** Tells every socket of the match who holds its seats now, as boardgame.io does when a page
   *  connects (its `matchData`: the seats' metadata without their credentials). */
  announceSeats(matchID: string): void {
    const { metadata } = this.storage.fetch(matchID, { metadata: true });
    if (!metadata) return;
    const seats = Object.values(metadata.players).map(({ credentials: _, ...seat }) => seat);
    this.pubSub.publish(`MATCH-${matchID}`, { type: 'matchData', args: [matchID, seats] });
  }

  /** A chat notice from the server itself, to every socket of the match (sender SERVER_SENDER). */
  notify(matchID: string, payload: unknown): void {
    const message = { id: randomBytes(6).toString('base64url'), sender: SERVER_SENDER, payload };
    this.pubSub.publish(`MATCH-${matchID}`, { type: 'chat', args: [matchID, message] });
  }

  override init(app: Parameters<SocketIO['init']>[0], games: Parameters<SocketIO['init']>[1], origins?: Parameters<SocketIO['init']>[2]): void {
    super.init(app, games, origins);
    const { _io: io, context } = app as unknown as Internals;
    const matchExists = (id: string) => this.owns(id) && this.storage.fetch(id, { metadata: true }).metadata !== undefined;
    for (const game of games) {
      const namespace = io.of(game.name ?? 'default');
      namespace.use((socket, next) => {
        socket.use((packet, nextPacket) => {
          const why = this.throttled(packet[0], socket.id) ?? refusal(packet, matchExists);
          if (why) nextPacket(new RefusedPacket(why, packet[0]));
          else nextPacket();
        });
        // A refused packet is reported to the socket, never thrown: why, and what was refused.
        socket.on('error', (err: Error) => socket.emit('refused', err.message, err instanceof RefusedPacket ? err.event : 'unknown'));
        this.broadcast.watch(socket);
        next();
      });
      // boardgame.io's own handler of a move saves and sends what a refused move leaves (see
      // move-gate.ts): it is replaced, once the library has set its handlers up.
      namespace.on('connection', (socket) => {
        socket.removeAllListeners('update');
        socket.on('update', (...args: unknown[]) => void this.move(game, socket, args, context.auth));
        // boardgame.io reads the state for a sync outside the match's queue: a sync sent right
        // behind a move (a reconnecting client's buffered move) could read the state from
        // before it and join the room after its patch went out, and that client stayed behind.
        // In the queue, a sync sees every move sent before it.
        const syncs = socket.listeners('sync') as ((...args: unknown[]) => Promise<void>)[];
        socket.removeAllListeners('sync');
        socket.on('sync', (...args: unknown[]) => {
          void this.getMatchQueue(args[0] as string).add(() => Promise.all(syncs.map((sync) => sync(...args))));
        });
      });
    }
  }

  /** Why a socket's chat message or move is refused for coming too soon after its others. */
  private throttled(event: unknown, socketID: string): string | null {
    if (event === 'chat') return this.chats.take(socketID) > 0 ? 'too many chat messages: wait a moment' : null;
    if (event === 'update') return this.moves && this.moves.take(socketID) > 0 ? 'too many moves: wait a moment' : null;
    return null;
  }

  /** One move (its packet checked by `refusal`), through the match's queue as boardgame.io does. */
  private async move(game: Game, socket: Socket, args: unknown[], auth: ConstructorParameters<typeof Master>[3]): Promise<void> {
    const [action, stateID, matchID, playerID] = args as [CredentialedActionShape.Any, number, string, string];
    const gate = moveGate(this.storage, (payload) => this.pubSub.publish(`MATCH-${matchID}`, payload));
    const master = new Master(game, gate.storage, gate.transport, auth);
    try {
      const answer = await this.getMatchQueue(matchID).add(() => master.onUpdate(action, stateID, matchID, playerID));
      if (gate.refused()) socket.emit('refused', 'the move is not legal now', 'update');
      else if (answer) socket.emit('refused', answer.error, 'update');
    } catch (e) {
      process.stderr.write(`transport: match ${matchID}: a move failed: ${(e as Error).stack ?? String(e)}\n`);
      socket.emit('refused', 'the server could not make this move', 'update');
    }
  }
}
