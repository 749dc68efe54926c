// Where the primary sends a request: to the owner of the match it names (a socket's query, a
// Lobby route with a match id, a log page), else to a worker picked by the client's address, so
// that one address's Lobby requests (and their rate limits) stay in one process.
import { MATCH_QUERY, ownerOf } from './placement';

/** A path's parts, decoded; null when a %-escape is malformed (any worker answers that 400). */
function parts(path: string): string[] | null {
  try {
    return path.split('/').map(decodeURIComponent);
  } catch {
    return null;
  }
}

/** The match a request is about, if it names one. */
export function matchOf(url: string): string | undefined {
  const [path = '', query = ''] = url.split('?', 2);
  if (/^\/socket\.io\/?$/.test(path)) return new URLSearchParams(query).get(MATCH_QUERY) ?? undefined;
  const p = parts(path);
  if (!p) return undefined;
  // /games/:name/:matchID[/action] (the router ignores letter case: so does this)
  if (p[1]?.toLowerCase() === 'games' && p.length >= 4 && p[3] && p[3].toLowerCase() !== 'create') return p[3];
  // /hub/matches/:matchID/log/:page
  if (p[1] === 'hub' && p[2] === 'matches' && p[3]) return p[3];
  return undefined;
}

export function workerFor(url: string, clientAddress: string, count: number): number {
  const matchID = matchOf(url);
  return ownerOf(matchID ?? `address:${clientAddress}`, count);
}
