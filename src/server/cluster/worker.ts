// A worker process of a server with several (see primary.ts): the whole game server
// (startServer) for the matches it owns, listening on a Unix socket for the requests the
// primary passes on, and taking over the WebSockets the primary hands it.
import { rmSync } from 'node:fs';
import type { Socket } from 'node:net';
import type { ServerConfig } from '../config';
import { startServer } from '../server';
import type { Placement } from './placement';
import { takeVitals } from '../vitals';

export interface WorkerSetup {
  config: ServerConfig;
  placement: Placement;
  /** where this worker listens for the primary */
  socketPath: string;
  /** the address people (and this worker's bots) reach the server at: the primary's */
  publicUrl: string;
}

async function main(): Promise<void> {
  const setup = JSON.parse(process.env.HS_WORKER ?? '') as WorkerSetup;
  // a worker started again finds its predecessor's socket file
  rmSync(setup.socketPath, { force: true });
  const server = await startServer(setup.config, { placement: setup.placement, socketPath: setup.socketPath, publicUrl: setup.publicUrl });
  process.on('message', (message: { type?: string; bytes?: string }, socket?: Socket) => {
    if (message.type === 'hs:socket' && socket) server.adopt(socket, Buffer.from(message.bytes ?? '', 'base64'));
    if (message.type === 'hs:vitals') process.send?.({ type: 'hs:vitals', vitals: takeVitals() });
    if (message.type === 'hs:stop') void server.stop().then(() => process.exit(0), () => process.exit(1));
  });
  // Ctrl+C reaches every process of the terminal: the primary stops the workers in order
  for (const signal of ['SIGINT', 'SIGTERM'] as const) process.on(signal, () => undefined);
  // the primary gone (killed): nobody can reach this worker any more
  process.on('disconnect', () => void server.stop().finally(() => process.exit(0)));
  process.send?.({ type: 'hs:ready' });
}

main().catch((e: unknown) => {
  process.stderr.write(`worker: could not start: ${(e as Error).stack ?? String(e)}\n`);
  process.exit(1);
});
