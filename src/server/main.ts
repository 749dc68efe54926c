// npm start: build the client if it is not built (or its sources changed), then serve the game
// on one port.
//   PORT (default 8000), HOST (default 127.0.0.1; 0.0.0.0 serves a classroom), DATA_DIR (data/),
//   WORKERS (default 1; auto: one process per core)
import { join } from 'node:path';
import { ConfigError, readConfig } from './config';
import { startServer } from './server';
import { startCluster } from './cluster/primary';
import { clientBuildReason } from './client-build';

async function main(): Promise<void> {
  let config;
  try {
    config = readConfig();
  } catch (e) {
    if (e instanceof ConfigError) {
      process.stderr.write(`hub-and-spokes: ${e.message}\n`);
      process.exit(2);
    }
    throw e;
  }
  const buildReason = clientBuildReason(config.clientDir, process.cwd());
  if (buildReason) {
    process.stdout.write(`${buildReason}\n`);
    const { build } = await import('vite');
    // A slow machine's build is not the newcomer's problem: no bundler timing report.
    await build({ logLevel: 'warn', build: { rolldownOptions: { checks: { bundlerTimings: false } } } });
  }
  const workers = config.workers ?? 1;
  const server = workers > 1 ? await startCluster(config, workers) : await startServer(config);
  const processes = workers > 1 ? `\n  matches are played in ${workers} worker processes` : '';
  process.stdout.write(`Hub & Spokes is running at ${server.url}\n  matches are kept in ${join(config.dataDir, 'matches.db')}${processes}\n  stop with Ctrl+C\n`);
  let stopping = false;
  const stop = (signal: string) => {
    if (stopping) return;
    stopping = true;
    process.stdout.write(`\n${signal}: stopping…\n`);
    server.stop().then(() => process.exit(0), () => process.exit(1));
  };
  process.on('SIGINT', () => stop('SIGINT'));
  process.on('SIGTERM', () => stop('SIGTERM'));
}

main().catch((e: unknown) => {
  process.stderr.write(`hub-and-spokes: could not start: ${(e as Error).stack ?? e}\n`);
  process.exit(1);
});
