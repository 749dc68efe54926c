// One process serves the built client, the Lobby API and the game sockets on one port, with
// matches stored in SQLite. `startServer` is what `npm start` and the integration tests call.
import { mkdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { networkInterfaces } from 'node:os';
import type { Server as HttpServer } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import type { ServerOptions } from 'socket.io';
import { Server } from 'boardgame.io/server';
import serve from 'koa-static';
import { SqliteStorage } from './storage/sqlite';
import { reshard, shardFiles } from './storage/shards';
import { SaveFirstPubSub } from './save-first-pubsub';
import { GuardedSocketIO, MAX_PACKET_BYTES } from './guarded-transport';
import { servedGame } from './served-game';
import { staticHeaders } from './static-headers';
import { serveLogPages } from './log-pages';
import { seatCredentialsMatch } from './seat-auth';
import { lobbyGuard } from './lobby/guard';
import { AgentSupervisor } from './agents/supervisor';
import { newMatchID, owns, type Placement } from './cluster/placement';
import { DEFAULT_BOT_PACE_MS, DEFAULT_LOBBY_LIMITS, DEFAULT_MOVE_LIMIT, publicUrl, type ServerConfig } from './config';

export interface RunningServer {
  url: string;
  port: number;
  storage: SqliteStorage;
  agents: AgentSupervisor;
  /** takes over a connection accepted elsewhere (the primary's), with the bytes it has sent */
  adopt(socket: Socket, bytes: Buffer): void;
  stop(): Promise<void>;
}

/** This server as one worker of several (see cluster/primary.ts). */
export interface WorkerRole {
  placement: Placement;
  /** listen here (a Unix socket) instead of on the configured host and port */
  socketPath: string;
  /** the primary's address, where people and bots reach the server */
  publicUrl: string;
}

/** Browsers may connect only from this server's own address (and loopback names for it). */
export function originPattern(host: string): RegExp {
  const escape = (name: string) => name.replace(/[.]/g, '\\.');
  const names = ['localhost', '127\\.0\\.0\\.1', '\\[::1\\]'];
  if (host === '0.0.0.0' || host === '::') {
    // Serving a classroom: pages come from this machine's own addresses on the network.
    for (const nets of Object.values(networkInterfaces())) for (const n of nets ?? []) if (n.family === 'IPv4') names.push(escape(n.address));
  } else if (!['127.0.0.1', 'localhost'].includes(host)) names.push(escape(host));
  return new RegExp(`^https?://(${names.join('|')})(:\\d+)?$`);
}

/**
 * WebSocket per-message deflate (RFC 7692) for frames above 1,800 bytes: a round's resolution
 * or a reconnect's view (2–7 KB of JSON) goes out at a third of its size or less, while the
 * usual patch (a few hundred bytes; 99% under 1.8 KB) skips zlib altogether, so every frame
 * stays under 2 KiB on the wire. Each frame is compressed on its own (no context kept between
 * frames) through a 1 KiB window and small buffers, so a socket's compressor stays small.
 */
export const PER_MESSAGE_DEFLATE = {
  threshold: 1800,
  serverNoContextTakeover: true,
  clientNoContextTakeover: true,
  serverMaxWindowBits: 10,
  zlibDeflateOptions: { level: 6, memLevel: 4, chunkSize: 2048 },
} as const;

/**
 * ws keeps a socket's compressor for the socket's whole life, even when no context is kept
 * between frames; with a frame above the threshold now and then on every socket, that is some
 * 100 KB of memory per socket for nothing. Here the compressor is freed after each frame that
 * needs no context after it, and made again for the next one (tens of µs, on 1% of frames).
 * Patches the ws that boardgame.io's socket server runs on, once; a ws it cannot find is left
 * as it is.
 */
function freeCompressorAfterEachFrame(): void {
  let permessageDeflate: { prototype: Record<string, unknown> };
  try {
    const from = (chain: string[]) => chain.reduce((req, name) => createRequire(req.resolve(name)), createRequire(import.meta.url));
    // by a path from ws's own folder: ws 8 exports none of its lib/ files
    permessageDeflate = from(['boardgame.io/server', 'koa-socket-2', 'socket.io', 'engine.io', 'ws'])('./lib/permessage-deflate') as typeof permessageDeflate;
  } catch {
    return;
  }
  const proto = permessageDeflate.prototype as {
    _compress?: (this: Deflating, data: Buffer, fin: boolean, callback: (err: Error | null, result?: Buffer) => void) => void;
    [patched]?: true;
  };
  type Deflating = { _deflate: { close(): void } | null; _isServer: boolean; params: Record<string, unknown> };
  const compress = proto._compress;
  if (!compress || proto[patched]) return;
  proto[patched] = true;
  proto._compress = function (this: Deflating, data, fin, callback) {
    compress.call(this, data, fin, (err, result) => {
      if (fin && this._deflate && this.params[`${this._isServer ? 'server' : 'client'}_no_context_takeover`]) {
        this._deflate.close();
        this._deflate = null;
      }
      callback(err, result);
    });
  };
}
const patched = Symbol.for('hub-and-spokes.freeCompressor');

export async function startServer(config: ServerConfig, role?: WorkerRole): Promise<RunningServer> {
  mkdirSync(config.dataDir, { recursive: true });
  freeCompressorAfterEachFrame();
  const placement = role?.placement;
  const ours = (matchID: string) => owns(placement, matchID);
  // a worker writes its own file of the store and reads the others' (storage/shards.ts)
  if (!placement) reshard(config.dataDir, 1);
  const storage = placement
    ? new SqliteStorage(shardFiles(config.dataDir, placement.count), { own: placement.index })
    : new SqliteStorage(join(config.dataDir, 'matches.db'));
  const origins = originPattern(config.host);
  // boardgame.io ignores its CORS setting on sockets: engine.io checks each request's Origin.
  const allowRequest = (req: { headers: { origin?: string } }, callback: (err: string | null, ok: boolean) => void) =>
    callback(null, !req.headers.origin || origins.test(req.headers.origin));
  const game = servedGame();
  const agents = new AgentSupervisor(storage, {
    gameName: game.name ?? '',
    paceMs: config.botPaceMs ?? DEFAULT_BOT_PACE_MS,
    workers: config.botWorkers ?? 1,
    owns: ours,
    report: (message) => process.stderr.write(`agents: ${message}\n`),
  });
  // the agents see every saved state: a match's end, a person's seat awaited for an answer
  const db = agents.watched();
  const socketOpts: Partial<ServerOptions> = {
    allowRequest,
    perMessageDeflate: PER_MESSAGE_DEFLATE,
    maxHttpBufferSize: MAX_PACKET_BYTES,
    // boardgame.io passes its origins under a key socket.io does not read (`origins`), which
    // answers every Origin with `Access-Control-Allow-Origin: *`
    cors: { origin: origins },
  };
  // boardgame.io's type asks for every option; socket.io fills in the rest
  const transport = new GuardedSocketIO(db, { pubSub: new SaveFirstPubSub(), socketOpts: socketOpts as ServerOptions }, config.moveLimit === undefined ? DEFAULT_MOVE_LIMIT : config.moveLimit, ours);
  const server = Server({
    games: [game],
    db,
    transport,
    origins: [origins],
    authenticateCredentials: seatCredentialsMatch,
  });
  // behind the primary, the client's address is the one it sends (it always replaces the header)
  if (role) server.app.proxy = true;
  server.app.use(lobbyGuard({ game, storage, owns: ours, newMatchID: () => newMatchID(placement), limits: config.lobbyLimits === undefined ? DEFAULT_LOBBY_LIMITS : config.lobbyLimits, hooks: {
    matchCreated: (matchID) => agents.matchCreated(matchID),
    stopMatch: (matchID) => agents.stopMatch(matchID),
    seatsChanged: (matchID) => transport.announceSeats(matchID),
  } }));
  serveLogPages(server, storage);
  server.app.use(serve(config.clientDir, { index: 'index.html', setHeaders: staticHeaders(config.clientDir) }));
  // boardgame.io listens on every interface; bind to the configured host instead.
  const app = server.app as unknown as { listen: (...args: unknown[]) => HttpServer };
  const listen = app.listen.bind(app);
  app.listen = (port: unknown, callback: unknown) => (role ? listen(role.socketPath, callback) : listen(port, config.host, callback));
  const { appServer } = await server.run({ port: config.port });
  const url = role ? `${role.publicUrl}/` : publicUrl(config.host, (appServer.address() as AddressInfo).port);
  const boundPort = Number(new URL(url).port);
  // Bot seats play through the same sockets as people, over loopback.
  agents.start(url.replace(/\/$/, ''), (matchID, notice) => transport.notify(matchID, notice));
  return {
    url,
    port: boundPort,
    storage,
    agents,
    adopt: (socket, bytes) => {
      appServer.emit('connection', socket);
      socket.emit('data', bytes);
      socket.resume();
    },
    stop: async () => {
      await agents.stop();
      await new Promise<void>((resolveStop) => {
        appServer.close(() => {
          storage.close();
          resolveStop();
        });
        // sockets held open by clients would keep close() waiting: the game sockets, then HTTP
        (server.app as unknown as { _io?: { engine?: { close(): void } } })._io?.engine?.close();
        (appServer as unknown as { closeAllConnections?: () => void }).closeAllConnections?.();
      });
    },
  };
}
