// The game as this server runs it: boardgame.io's Game with what only a server may add.
import { randomBytes } from 'node:crypto';
import type { Plugin } from 'boardgame.io';
import { ProcessGameConfig } from 'boardgame.io/internal';
import { GameMethod, INVALID_MOVE } from 'boardgame.io/core';
import { HubAndSpokes, pagedPlayerView } from '../game';
import { reshare } from './reshare';

/** A move's new G shares what the move left as it was with the G before it (reshare.ts). The
 *  last plugin is the outermost wrapper: it sees the G before the move and the G that leaves it. */
const ShareUnchanged: Plugin = {
  name: 'shareUnchanged',
  fnWrap: (method, type) => (context, ...args) => {
    const next: unknown = method(context, ...args);
    if (type !== GameMethod.MOVE || next === INVALID_MOVE || next === undefined) return next;
    return reshare(context.G, next);
  },
};

/**
 * - A secret seed: boardgame.io seeds a match with its creation time (published by the Lobby),
 *   so anyone could predict every shuffle. Each match gets 128 random bits, read once when it
 *   is created (boardgame.io keeps an already processed game as it is, so the getter survives).
 * - Per-seat deltas: after a move each socket gets a patch of its own view, not the whole view
 *   (our moves run only on the server, which is what boardgame.io's deltaState needs).
 * - A paged view: earlier rounds' log pages are served by the log-page route, not in the state,
 *   so neither an update nor a reconnect grows with the match.
 * - Unchanged parts shared between a move's states (ShareUnchanged): each seat's patch skips them.
 */
export function servedGame() {
  const game = ProcessGameConfig({
    ...HubAndSpokes,
    deltaState: true,
    plugins: [...(HubAndSpokes.plugins ?? []), ShareUnchanged],
    playerView: ({ G, playerID }) => pagedPlayerView(G, playerID),
  });
  Object.defineProperty(game, 'seed', { get: () => randomBytes(16).toString('hex'), enumerable: true });
  return game;
}
