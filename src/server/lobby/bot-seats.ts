// Which seats of a match the server's bots hold. The match's setupData (checked by the lobby
// guard when the match was made) is the one record of it: a person cannot make a seat a bot
// seat, or a bot seat theirs, by changing a player's name or data.
import { randomBytes, timingSafeEqual } from 'node:crypto';
import type { Server } from 'boardgame.io';
import { BOT_LEVELS, DEFAULT_ANSWER_SECONDS, type BotLevel } from './schemas';

type Metadata = Server.MatchData;

export function botSeats(metadata: Metadata): Map<string, BotLevel> {
  const bots = (metadata.setupData as { bots?: Record<string, string> } | undefined)?.bots ?? {};
  return new Map(Object.entries(bots).filter((e): e is [string, BotLevel] => (BOT_LEVELS as readonly string[]).includes(e[1])));
}

export function answerSecondsOf(metadata: Metadata): number {
  const seconds = (metadata.setupData as { answerSeconds?: unknown } | undefined)?.answerSeconds;
  return typeof seconds === 'number' ? seconds : DEFAULT_ANSWER_SECONDS;
}

export const botName = (level: BotLevel) => `Bot · ${level[0]?.toUpperCase()}${level.slice(1)}`;

export const newCredentials = () => randomBytes(18).toString('base64url');

/** Seats every bot seat of a new match, with credentials that never leave the server. */
export function seatBots(metadata: Metadata): void {
  for (const [playerID, level] of botSeats(metadata)) {
    const player = metadata.players[Number(playerID)];
    if (player) Object.assign(player, { name: botName(level), data: { bot: level }, credentials: newCredentials() });
  }
}

export function credentialsMatch(metadata: Metadata, playerID: string, credentials: string): boolean {
  const stored = metadata.players[Number(playerID)]?.credentials;
  if (typeof stored !== 'string') return false;
  const a = Buffer.from(stored);
  const b = Buffer.from(credentials);
  return a.length === b.length && timingSafeEqual(a, b);
}

/** Does a person (not a bot) still hold a seat of the match? */
export function hasPeople(metadata: Metadata): boolean {
  const bots = botSeats(metadata);
  return Object.entries(metadata.players).some(([id, p]) => !bots.has(id) && !!p.name);
}
