// The Lobby's write routes, answered here before boardgame.io's router sees them. boardgame.io
// 0.50.2 takes any name and any setup data, has no rate limit, echoes credentials in its
// errors and answers in plain text; here every body is checked against a strict schema, create
// and join are rate-limited per client address, bot seats are seated by the server itself, and
// every 4xx is JSON `{ error }`. A POST under /games that is not one of these routes spelt
// exactly is refused here too: boardgame.io's router ignores letter case and a slash at the end,
// and would answer it unchecked. The read routes (list, one match) stay boardgame.io's: they
// strip credentials, and their errors are turned into JSON too.
import type { IncomingMessage } from 'node:http';
import type { Middleware } from 'koa';
import type { Game, Server } from 'boardgame.io';
import { createMatch } from 'boardgame.io/internal';
import type { z } from 'zod';
import type { SqliteStorage } from '../storage/sqlite';
import { newMatchID as defaultMatchID } from '../cluster/placement';
import { RateLimiter } from './rate-limit';
import { botSeats, credentialsMatch, hasPeople, newCredentials, seatBots } from './bot-seats';
import {
  botSeatsProblem, createBody, firstProblem, joinBody, leaveBody, playAgainBody, updateBody, type LobbySetupData,
} from './schemas';

const MAX_BODY_BYTES = 8 * 1024;

export interface LobbyLimits {
  createPerMinute: number;
  joinPerMinute: number;
  /** a match that no person has joined this many minutes after it was made is deleted (default 10) */
  unjoinedMinutes?: number;
  /** matches with bot seats, made from one address, that may be going at once (default 10) */
  botMatchesPerAddress?: number;
}

export const DEFAULT_UNJOINED_MINUTES = 10;
export const DEFAULT_BOT_MATCHES_PER_ADDRESS = 10;

export interface LobbyHooks {
  /** A match was made (create or play again) or a person took a seat in it: its bots play once
   *  a person holds a seat, so a match nobody joins costs no agents. */
  matchCreated(matchID: string): void;
  /** The last person left and the match is deleted: nothing plays it any more. */
  stopMatch(matchID: string): void;
  /** A seat was taken, left or renamed: the match's open pages are told who holds the seats
   *  (boardgame.io tells them only when a page connects or goes). */
  seatsChanged(matchID: string): void;
}

class LobbyError extends Error {
  constructor(readonly status: number, message: string, readonly retryAfter?: number) {
    super(message);
  }
}

async function readJson(req: IncomingMessage): Promise<unknown> {
  if (!/^application\/json\s*(;|$)/i.test(req.headers['content-type'] ?? '')) {
    throw new LobbyError(415, 'send the request body as JSON (Content-Type: application/json)');
  }
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size > MAX_BODY_BYTES) throw new LobbyError(413, `the request body may have at most ${MAX_BODY_BYTES} bytes`);
    chunks.push(chunk);
  }
  try {
    return JSON.parse(Buffer.concat(chunks).toString('utf8') || '{}');
  } catch {
    throw new LobbyError(400, 'the request body is not valid JSON');
  }
}

function parse<T>(schema: z.ZodType<T>, body: unknown): T {
  const result = schema.safeParse(body);
  if (!result.success) throw new LobbyError(400, firstProblem(result.error));
  return result.data;
}

/** Where boardgame.io's Lobby routes are, in any letter case (its router ignores case). */
const LOBBY_PATH = /^\/games(\/|$)/i;
const NO_ROUTE = 'no such Lobby route: the write routes are POST /games/:name/create and /games/:name/:matchID/join, leave, update, rename or playAgain, spelt exactly so';

type Route = { action: 'create' } | { action: 'join' | 'leave' | 'playAgain' | 'update' | 'rename'; matchID: string };

function routeOf(method: string, path: string, gameName: string): Route | null {
  if (method !== 'POST') return null;
  let parts: string[];
  try {
    parts = path.split('/').map(decodeURIComponent);
  } catch {
    throw new LobbyError(400, 'the address is not valid (a malformed %-escape)');
  }
  if (parts[1] !== 'games' || parts[2] !== gameName) return null;
  if (parts.length === 4 && parts[3] === 'create') return { action: 'create' };
  const [, , , matchID, action] = parts;
  if (parts.length === 5 && matchID && (action === 'join' || action === 'leave' || action === 'playAgain' || action === 'update' || action === 'rename')) {
    return { action, matchID };
  }
  return null;
}

export interface LobbyGuardOptions {
  game: Game;
  storage: SqliteStorage;
  limits: LobbyLimits | null;
  hooks: LobbyHooks;
  /** the matches this process plays (default all), and a new id for a match it will own
   *  (see cluster/placement.ts) */
  owns?: (matchID: string) => boolean;
  newMatchID?: () => string;
}

export function lobbyGuard(opts: LobbyGuardOptions): Middleware {
  const { game, storage, hooks } = opts;
  const owns = opts.owns ?? (() => true);
  const newMatchID = opts.newMatchID ?? (() => defaultMatchID(undefined));
  const gameName = game.name ?? '';
  const limiters = opts.limits && { create: new RateLimiter(opts.limits.createPerMinute), join: new RateLimiter(opts.limits.joinPerMinute) };

  const limit = (kind: 'create' | 'join', client: string) => {
    const wait = limiters?.[kind].take(client) ?? 0;
    if (wait > 0) throw new LobbyError(429, `too many ${kind} requests from this address: try again in ${wait} s`, wait);
  };

  /**
   * Matches no person has joined yet, with when they were made. A match with bot seats that
   * nobody joins would otherwise stay in storage and in the public list for ever: anyone could
   * fill both at the create limit. They are deleted once they are `unjoinedMinutes` old, looked
   * for at most once a minute, when a match is made. Matches in storage at start are counted.
   */
  const unjoinedMs = (opts.limits?.unjoinedMinutes ?? DEFAULT_UNJOINED_MINUTES) * 60_000;
  const unjoined = new Map<string, number>();
  for (const matchID of storage.listMatches({ gameName, where: { isGameover: false } })) {
    if (!owns(matchID)) continue;
    const { metadata } = storage.fetch(matchID, { metadata: true });
    if (metadata && !hasPeople(metadata)) unjoined.set(matchID, metadata.createdAt);
  }
  let sweptAt = 0;
  const sweepUnjoined = (now: number) => {
    if (!opts.limits || now - sweptAt < Math.min(60_000, unjoinedMs)) return;
    sweptAt = now;
    for (const [matchID, createdAt] of unjoined) {
      if (now - createdAt < unjoinedMs) continue;
      unjoined.delete(matchID);
      const { metadata } = storage.fetch(matchID, { metadata: true });
      if (!metadata || hasPeople(metadata)) continue;
      storage.wipe(matchID);
      hooks.stopMatch(matchID);
    }
  };

  const load = (matchID: string): Server.MatchData => {
    const { metadata } = storage.fetch(matchID, { metadata: true });
    if (!metadata) throw new LobbyError(404, `no match ${matchID}`);
    return metadata;
  };

  /** The seat of a player who proves it with the seat's credentials. */
  const authorised = (metadata: Server.MatchData, playerID: string, credentials: string) => {
    const player = metadata.players[Number(playerID)];
    if (!player) throw new LobbyError(404, `the match has no seat ${playerID}`);
    if (!credentialsMatch(metadata, playerID, credentials)) throw new LobbyError(403, `wrong credentials for seat ${playerID}`);
    return player;
  };

  /**
   * Matches with bot seats made from each address and still going. Each bot seat is an agent
   * with a socket and a copy of its view (some 200 KB) for as long as the match goes on, so the
   * create limit alone would let one address add five agents a match, every match, for ever.
   * (Kept in memory: a restart forgets them, which only lets an address start again.)
   */
  const botMatchCap = opts.limits?.botMatchesPerAddress ?? DEFAULT_BOT_MATCHES_PER_ADDRESS;
  const botMatches = new Map<string, Set<string>>();
  const checkBotMatches = (client: string, setupData: LobbySetupData) => {
    const mine = botMatches.get(client);
    if (!opts.limits || !mine || Object.keys(setupData?.bots ?? {}).length === 0) return;
    for (const matchID of mine) {
      const { metadata } = storage.fetch(matchID, { metadata: true });
      if (!metadata || metadata.gameover !== undefined) mine.delete(matchID);
    }
    if (mine.size === 0) botMatches.delete(client);
    if (mine.size >= botMatchCap) {
      throw new LobbyError(429, `this address already has ${mine.size} matches with bots going: finish one, or leave one that nobody else plays, first`);
    }
  };
  const countBotMatch = (client: string, matchID: string, setupData: LobbySetupData) => {
    if (!opts.limits || Object.keys(setupData?.bots ?? {}).length === 0) return;
    const mine = botMatches.get(client) ?? new Set<string>();
    mine.add(matchID);
    botMatches.set(client, mine);
  };

  const make = (numPlayers: number, setupData: LobbySetupData, unlisted: boolean): string => {
    const made = createMatch({ game, numPlayers, setupData, unlisted });
    if ('setupDataError' in made) throw new LobbyError(400, `setupData: ${made.setupDataError}`);
    seatBots(made.metadata);
    sweepUnjoined(Date.now());
    const matchID = newMatchID();
    storage.createMatch(matchID, made);
    unjoined.set(matchID, made.metadata.createdAt);
    hooks.matchCreated(matchID);
    return matchID;
  };

  const handlers = {
    create(client: string, body: unknown) {
      limit('create', client);
      const { numPlayers, setupData, unlisted } = parse(createBody, body);
      checkBotMatches(client, setupData);
      const matchID = make(numPlayers, setupData, unlisted ?? false);
      countBotMatch(client, matchID, setupData);
      return { matchID };
    },
    join(client: string, body: unknown, matchID: string) {
      limit('join', client);
      const { playerID, playerName } = parse(joinBody, body);
      const metadata = load(matchID);
      if (metadata.gameover !== undefined) throw new LobbyError(409, 'the match is over');
      const bots = botSeats(metadata);
      const id = playerID ?? Object.keys(metadata.players).find((p) => !bots.has(p) && !metadata.players[Number(p)]?.name);
      if (id === undefined) throw new LobbyError(409, 'every seat of the match is taken');
      const player = metadata.players[Number(id)];
      if (!player) throw new LobbyError(404, `the match has no seat ${id}`);
      if (bots.has(id)) throw new LobbyError(409, `seat ${id} is played by a bot`);
      if (player.name) throw new LobbyError(409, `seat ${id} is taken`);
      const playerCredentials = newCredentials();
      Object.assign(player, { name: playerName, credentials: playerCredentials });
      storage.setMetadata(matchID, metadata);
      unjoined.delete(matchID);
      // the first person in: the match's bots begin to play
      hooks.matchCreated(matchID);
      hooks.seatsChanged(matchID);
      return { playerID: id, playerCredentials };
    },
    leave(_client: string, body: unknown, matchID: string) {
      const { playerID, credentials } = parse(leaveBody, body);
      const metadata = load(matchID);
      const player = authorised(metadata, playerID, credentials);
      delete player.name;
      delete player.credentials;
      delete player.data;
      // the seat is free: whoever left, no page plays it (their socket can no longer move)
      delete player.isConnected;
      if (hasPeople(metadata)) {
        storage.setMetadata(matchID, metadata);
        hooks.seatsChanged(matchID);
      } else {
        // boardgame.io's rule, with bots not counted: a match nobody plays is deleted.
        storage.wipe(matchID);
        hooks.stopMatch(matchID);
      }
      return {};
    },
    playAgain(client: string, body: unknown, matchID: string) {
      limit('create', client);
      const request = parse(playAgainBody, body);
      const metadata = load(matchID);
      authorised(metadata, request.playerID, request.credentials);
      if (metadata.nextMatchID) return { nextMatchID: metadata.nextMatchID };
      const numPlayers = request.numPlayers ?? Object.keys(metadata.players).length;
      const setupData = (request.setupData ?? metadata.setupData) as LobbySetupData;
      const problem = botSeatsProblem(numPlayers, setupData);
      if (problem) throw new LobbyError(400, problem);
      checkBotMatches(client, setupData);
      metadata.nextMatchID = make(numPlayers, setupData, request.unlisted ?? metadata.unlisted ?? false);
      countBotMatch(client, metadata.nextMatchID, setupData);
      storage.setMetadata(matchID, metadata);
      return { nextMatchID: metadata.nextMatchID };
    },
    update(_client: string, body: unknown, matchID: string) {
      const { playerID, credentials, newName } = parse(updateBody, body);
      const metadata = load(matchID);
      authorised(metadata, playerID, credentials).name = newName;
      storage.setMetadata(matchID, metadata);
      hooks.seatsChanged(matchID);
      return {};
    },
  };

  return async (ctx, next) => {
    if (!LOBBY_PATH.test(ctx.path)) return next();
    try {
      const route = routeOf(ctx.method, ctx.path, gameName);
      // boardgame.io's router takes its write routes in any letter case and with a slash at the
      // end (`/CREATE`, `/join/`), and would answer them unchecked: only the exact ones are taken
      if (!route && ctx.method === 'POST') throw new LobbyError(404, NO_ROUTE);
      if (!route) return await next();
      const body = await readJson(ctx.req);
      ctx.body = route.action === 'create'
        ? handlers.create(ctx.ip, body)
        : handlers[route.action === 'rename' ? 'update' : route.action](ctx.ip, body, route.matchID);
    } catch (e) {
      const err = e as { status?: number; expose?: boolean; message?: string; retryAfter?: number };
      const status = err.status && err.status >= 400 && err.status < 500 ? err.status : 500;
      ctx.status = status;
      // boardgame.io's own messages may quote the credentials sent: never echo them.
      ctx.body = { error: status === 500 ? 'the server failed' : (err.message ?? 'bad request').replace(/Invalid credentials .*/, 'wrong credentials') };
      if (err.retryAfter) ctx.set('Retry-After', String(err.retryAfter));
      if (status === 500) process.stderr.write(`lobby: ${(e as Error).stack ?? String(e)}\n`);
    }
  };
}
