// Headers for the built client's files. Vite names every file under assets/ by a hash of its
// content, so a new build brings new names: those files are kept by browsers for a year without
// asking again; index.html (which names them) and anything else is checked on every load. The
// build leaves a brotli and a gzip copy beside each text file (scripts/lib/precompress.ts),
// which koa-send picks by Accept-Encoding: caches are told the answer depends on it.
import type { ServerResponse } from 'node:http';
import { join, sep } from 'node:path';

export const IMMUTABLE = 'public, max-age=31536000, immutable';

export function staticHeaders(clientDir: string): (res: ServerResponse, path: string) => void {
  const assets = join(clientDir, 'assets') + sep;
  return (res, path) => {
    res.setHeader('Vary', 'Accept-Encoding');
    res.setHeader('Cache-Control', path.startsWith(assets) ? IMMUTABLE : 'no-cache');
  };
}
