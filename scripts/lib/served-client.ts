// The production client as a player gets it: `vite build`, then served by our own server (the
// same process `npm start` runs, on a free port, with a throw-away data folder), opened in
// Debian's Chromium with the flags of the browser tests. Used by bench:client and screenshot.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build } from 'vite';
import { readConfig } from '../../src/server/config';
import { startServer, type RunningServer } from '../../src/server/server';
import { ROOT, launchBrowser, type TestBrowser } from '../../test/browser/harness';

export interface ServedClient {
  server: RunningServer;
  clientDir: string;
  close(): Promise<void>;
}

export async function buildClient(): Promise<string> {
  const started = performance.now();
  process.stderr.write('building the client (vite build)…\n');
  // HS_NO_MINIFY=1: an unminified build, whose CPU profiles name functions and lines
  await build({ root: ROOT, logLevel: 'warn', ...(process.env['HS_NO_MINIFY'] ? { build: { minify: false } } : {}) });
  process.stderr.write(`  built in ${((performance.now() - started) / 1000).toFixed(1)} s\n`);
  return readConfig({}, ROOT).clientDir;
}

export async function serveClient(): Promise<ServedClient> {
  const clientDir = await buildClient();
  const dataDir = await mkdtemp(join(tmpdir(), 'hs-served-'));
  const server = await startServer(readConfig({ PORT: '0', DATA_DIR: dataDir }, ROOT));
  return {
    server,
    clientDir,
    close: async () => {
      await server.stop();
      await rm(dataDir, { recursive: true, force: true });
    },
  };
}

export { launchBrowser, type TestBrowser };
