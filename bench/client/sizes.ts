// What a player downloads: the initial JS (the entry and what index.html preloads), and the map
// data, as gzip would send them (our server sends files as they are; a proxy would gzip).
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

export const gzipBytes = (file: string): number => gzipSync(readFileSync(file), { level: 9 }).length;

/** The script and modulepreload files index.html loads before anything is clicked. */
export function initialScripts(clientDir: string): string[] {
  const html = readFileSync(join(clientDir, 'index.html'), 'utf8');
  const refs = [...html.matchAll(/<(?:script[^>]*\bsrc|link[^>]*rel="modulepreload"[^>]*\bhref)="([^"]+\.js)"/g)].map((m) => m[1]!);
  return [...new Set(refs)].map((ref) => join(clientDir, ref.replace(/^\//, '')));
}

/** The files index.html prefetches at the lowest priority for the table (none runs before a game
 *  starts): fetched at start, so counted apart from the initial JS. */
export function prefetchedFiles(clientDir: string): string[] {
  const html = readFileSync(join(clientDir, 'index.html'), 'utf8');
  return [...html.matchAll(/<link[^>]*rel="prefetch"[^>]*\bhref="([^"]+)"/g)].map((m) => join(clientDir, m[1]!.replace(/^\//, '')));
}

export function mapDataFiles(clientDir: string): string[] {
  const dir = join(clientDir, 'assets');
  return readdirSync(dir).filter((f) => /^indo-pacific.*\.json$/.test(f)).map((f) => join(dir, f));
}

/** gzip bytes of the files behind URLs the page fetched (paths under clientDir). */
export function gzipOfUrls(clientDir: string, urls: string[]): number {
  return urls.reduce((sum, url) => sum + gzipBytes(join(clientDir, new URL(url).pathname.replace(/^\//, ''))), 0);
}
