// The client `npm start` serves is built from this checkout: built on the first start, and built
// again when its sources changed since (after a `git pull`, say), so nobody plays a stale client.
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

/** The inputs of `vite build`: the page, the client's code, the rules it shows and the map data. */
const SOURCES = ['index.html', 'vite.config.ts', 'scripts/lib/precompress.ts', 'package-lock.json', 'src', 'rules', 'assets'];

function newestChange(path: string): number {
  if (!existsSync(path)) return 0;
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return readdirSync(path).reduce((newest, name) => Math.max(newest, newestChange(join(path, name))), stat.mtimeMs);
}

/** Why the client must be built before serving, or null when the build is up to date. */
export function clientBuildReason(clientDir: string, root: string): string | null {
  const built = join(clientDir, 'index.html');
  if (!existsSync(built)) return 'Building the browser client (first start only)…';
  const builtAt = statSync(built).mtimeMs;
  const changed = SOURCES.some((p) => newestChange(join(root, p)) > builtAt);
  return changed ? 'The client’s sources changed since it was built: building it again…' : null;
}
