// Which server process plays which match. With more than one worker process (WORKERS), every
// match belongs to exactly one of them, by a hash of its id: only that process runs its moves,
// keeps it in memory, runs its bots and its answer clock, and holds its sockets. The primary
// process sends each request to the match's owner (see primary.ts), and a match is made by a
// worker with an id that it owns itself, so nothing about a match is ever shared between
// processes but the SQLite file.
import { randomBytes } from 'node:crypto';

/** The query parameter that names a socket's match, so the primary can route it before the
 *  socket says anything (boardgame.io's client names its match only in its first packet). */
export const MATCH_QUERY = 'matchID';

export interface Placement {
  /** this worker, 0 … count-1 */
  index: number;
  count: number;
}

/** The worker that owns a match (FNV-1a of its id): the same in every process. */
export function ownerOf(matchID: string, count: number): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < matchID.length; i++) {
    hash ^= matchID.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash % count;
}

/** Does this process own the match? A single process owns every match. */
export const owns = (placement: Placement | undefined, matchID: string): boolean =>
  !placement || ownerOf(matchID, placement.count) === placement.index;

/** A new, unpredictable match id that this process owns (a few tries on average: one in
 *  `count` ids is ours). */
export function newMatchID(placement: Placement | undefined): string {
  for (;;) {
    const id = randomBytes(9).toString('base64url');
    if (owns(placement, id)) return id;
  }
}
