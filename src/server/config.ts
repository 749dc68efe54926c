// The server's settings, from the environment, with clear errors for bad values.
import { availableParallelism } from 'node:os';
import { resolve } from 'node:path';
import type { LobbyLimits } from './lobby/guard';

export interface ServerConfig {
  host: string;
  port: number;
  /** server processes (WORKERS): 1 plays every match in this process; more start a primary
   *  that routes each match to one of that many worker processes (src/server/cluster) */
  workers?: number;
  dataDir: string;
  clientDir: string;
  /** least time from a state to a server bot's move, so a person can follow (default 1500 ms) */
  botPaceMs?: number;
  /** worker threads for server bots' decisions (default 1) */
  botWorkers?: number;
  /** Lobby create/join requests per minute per client address, the minutes a match nobody joins
   *  is kept, and the matches with bots an address may have going; null turns the limits off
   *  (benchmarks) */
  lobbyLimits?: LobbyLimits | null;
  /** a socket's moves: a burst, then so many a minute; null turns the limit off (tests and
   *  benchmarks that play as fast as the server answers) */
  moveLimit?: MoveLimit | null;
}

export interface MoveLimit { burst: number; perMinute: number }

export const DEFAULT_BOT_PACE_MS = 1500;
export const DEFAULT_LOBBY_LIMITS: LobbyLimits = { createPerMinute: 10, joinPerMinute: 30, unjoinedMinutes: 10, botMatchesPerAddress: 10 };

/** A burst of 100 moves, then twenty a second: far above what a person or a paced bot sends,
 *  far below a flood (each refused move still runs the rules, and boardgame.io writes a line
 *  to the log for it). */
export const DEFAULT_MOVE_LIMIT: MoveLimit = { burst: 100, perMinute: 1200 };

export class ConfigError extends Error {}

export function readConfig(env: NodeJS.ProcessEnv = process.env, cwd = process.cwd()): ServerConfig {
  const port = env.PORT === undefined || env.PORT === '' ? 8000 : Number(env.PORT);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new ConfigError(`PORT must be a whole number from 0 to 65535, not "${env.PORT}"`);
  const host = env.HOST || '127.0.0.1';
  if (!/^[\w.:-]+$/.test(host)) throw new ConfigError(`HOST must be an address or a host name, not "${host}"`);
  const workers = env.WORKERS === undefined || env.WORKERS === '' ? 1 : env.WORKERS === 'auto' ? availableParallelism() : Number(env.WORKERS);
  if (!Number.isInteger(workers) || workers < 1 || workers > 64) throw new ConfigError(`WORKERS must be a whole number from 1 to 64, or auto (one per core), not "${env.WORKERS}"`);
  return {
    host,
    port,
    workers,
    dataDir: resolve(cwd, env.DATA_DIR || 'data'),
    clientDir: resolve(cwd, env.CLIENT_DIR || 'dist/client'),
  };
}

/** The address to print: a wildcard bind is reached through loopback on this machine. */
export function publicUrl(host: string, port: number): string {
  const shown = host === '0.0.0.0' || host === '::' ? '127.0.0.1' : host;
  return `http://${shown.includes(':') ? `[${shown}]` : shown}:${port}/`;
}
