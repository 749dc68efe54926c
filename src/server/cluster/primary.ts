// The primary process of a server with several worker processes (WORKERS > 1): it holds the
// public port and hands each request to a worker. A WebSocket is handed over whole (the
// socket's file descriptor, with the bytes of its request) to the owner of the match named in
// its query, and is then the worker's alone; other HTTP requests (the page, the Lobby API, log
// pages) are passed on to the worker that routing.ts picks and their answers passed back. The
// workers listen on Unix sockets in a private folder, so nothing else reaches them, and trust
// the client address the primary sends (X-Forwarded-For, always replaced here). A worker that
// dies is started again; its matches' pages reconnect to it.
import { fork, type ChildProcess } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { createServer, request, Agent, type IncomingMessage, type ServerResponse } from 'node:http';
import type { Socket } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AddressInfo } from 'node:net';
import { publicUrl, type ServerConfig } from '../config';
import { SqliteStorage } from '../storage/sqlite';
import { reshard, shardFiles } from '../storage/shards';
import { workerFor } from './routing';
import type { WorkerSetup } from './worker';
import type { ProcessVitals } from '../vitals';

export interface RunningCluster {
  url: string;
  port: number;
  /** the match store, opened by the primary (it caches nothing: each match is a worker's) */
  storage: SqliteStorage;
  /** the workers' process ids, by index */
  pids(): number[];
  /** each worker's event-loop delay and GC pauses since last asked (undefined: no answer in 2 s) */
  vitals(): Promise<Array<ProcessVitals | undefined>>;
  stop(): Promise<void>;
}

/** Headers that belong to one hop of a connection, not to the request or the answer. */
const HOP = new Set(['connection', 'keep-alive', 'proxy-connection', 'transfer-encoding', 'upgrade', 'te', 'trailer']);
const endToEnd = (headers: IncomingMessage['headers']) => Object.fromEntries(Object.entries(headers).filter(([k]) => !HOP.has(k)));

class WorkerProcess {
  proc!: ChildProcess;
  private ready!: Promise<void>;
  stopping = false;

  constructor(private readonly setup: WorkerSetup, private readonly report: (line: string) => void) {
    this.spawn();
  }

  private spawn(): void {
    // TypeScript as the primary runs it: with tsx's loader (npm start has it; a test runner may not)
    const execArgv = process.execArgv.some((a) => a.includes('tsx')) ? process.execArgv : [...process.execArgv, '--import', 'tsx'];
    this.proc = fork(fileURLToPath(new URL('./worker.ts', import.meta.url)), [], {
      execArgv,
      env: { ...process.env, HS_WORKER: JSON.stringify(this.setup) },
      stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
    });
    let ready = false;
    this.ready = new Promise((resolve, reject) => {
      this.proc.once('message', () => {
        ready = true;
        resolve();
      });
      this.proc.once('exit', (code) => {
        if (!ready) reject(new Error(`worker ${this.setup.placement.index} exited (${code}) before it was ready`));
      });
    });
    this.ready.catch(() => undefined);
    this.proc.on('exit', (code, signal) => {
      // one that never started would only fail again
      if (this.stopping || !ready) return;
      this.report(`worker ${this.setup.placement.index} stopped (${signal ?? code}); starting it again`);
      this.spawn();
    });
  }

  started(): Promise<void> {
    return this.ready;
  }

  /** Hands an upgraded connection over (stopReading first), with the bytes of its request. */
  handOver(socket: Socket, bytes: Buffer): void {
    if (!this.proc.connected) return void socket.destroy();
    this.proc.send({ type: 'hs:socket', bytes: bytes.toString('base64') }, socket, (err) => {
      if (err) socket.destroy();
    });
  }

  vitals(): Promise<ProcessVitals | undefined> {
    return new Promise((resolve) => {
      if (!this.proc.connected) return resolve(undefined);
      const proc = this.proc;
      const answer = (message: { type?: string; vitals?: ProcessVitals }) => {
        if (message.type !== 'hs:vitals') return;
        done(message.vitals);
      };
      const timer = setTimeout(() => done(undefined), 2000);
      const done = (vitals: ProcessVitals | undefined) => {
        clearTimeout(timer);
        proc.off('message', answer);
        resolve(vitals);
      };
      proc.on('message', answer);
      proc.send({ type: 'hs:vitals' });
    });
  }

  async stop(): Promise<void> {
    this.stopping = true;
    if (this.proc.exitCode !== null || this.proc.signalCode !== null) return;
    const exited = new Promise<void>((resolve) => this.proc.once('exit', () => resolve()));
    if (this.proc.connected) this.proc.send({ type: 'hs:stop' });
    const timer = setTimeout(() => this.proc.kill('SIGKILL'), 10_000);
    await exited;
    clearTimeout(timer);
  }
}

/** The raw bytes of a request's head, as the client sent them (for the worker's own parser). */
function requestHead(req: IncomingMessage): Buffer {
  const lines = [`${req.method} ${req.url} HTTP/${req.httpVersion}`];
  for (let i = 0; i < req.rawHeaders.length; i += 2) lines.push(`${req.rawHeaders[i]}: ${req.rawHeaders[i + 1]}`);
  return Buffer.from(`${lines.join('\r\n')}\r\n\r\n`, 'latin1');
}

export async function startCluster(config: ServerConfig, count: number): Promise<RunningCluster> {
  const report = (line: string) => process.stderr.write(`cluster: ${line}\n`);
  // the store put in order for this many workers (and its schema brought up to date) once,
  // here, before any worker opens it
  mkdirSync(config.dataDir, { recursive: true });
  const moved = reshard(config.dataDir, count);
  if (moved) report(`${moved} matches moved to the file of their worker (the number of workers changed)`);
  const storage = new SqliteStorage(shardFiles(config.dataDir, count), { cacheable: () => false, checkpoints: 'inline' });
  const sockets = mkdtempSync(join(tmpdir(), 'hub-and-spokes-'));
  const server = createServer();
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(config.port, config.host, () => resolve());
  });
  const port = (server.address() as AddressInfo).port;
  const url = publicUrl(config.host, port);
  const workers = Array.from({ length: count }, (_, index) => new WorkerProcess({
    config, placement: { index, count }, socketPath: join(sockets, `worker-${index}.sock`), publicUrl: url.replace(/\/$/, ''),
  }, report));
  try {
    await Promise.all(workers.map((w) => w.started()));
  } catch (e) {
    await Promise.all(workers.map((w) => w.stop()));
    server.close();
    storage.close();
    rmSync(sockets, { recursive: true, force: true });
    throw e;
  }
  const agent = new Agent({ keepAlive: true, maxSockets: 64 });
  const target = (req: IncomingMessage) => workerFor(req.url ?? '/', req.socket.remoteAddress ?? '', count);

  // a request for a worker that is starting again waits for it (a second or two)
  server.on('request', (req: IncomingMessage, res: ServerResponse) => {
    const index = target(req);
    req.pause();
    (workers[index] as WorkerProcess).started().then(() => pass(index, req, res), () => {
      res.writeHead(503, { 'content-type': 'application/json' });
      res.end(JSON.stringify({ error: 'the server is restarting: try again in a moment' }));
    });
  });
  server.on('upgrade', (req: IncomingMessage, socket: Socket, head: Buffer) => {
    const worker = workers[target(req)] as WorkerProcess;
    // (read() may start reading again: take what is buffered first, then stop)
    const bytes = Buffer.concat([requestHead(req), head, unread(socket)]);
    stopReading(socket);
    worker.started().then(() => worker.handOver(socket, bytes), () => socket.destroy());
  });
  const pass = (index: number, req: IncomingMessage, res: ServerResponse) => {
    const forward = request({
      agent,
      socketPath: join(sockets, `worker-${index}.sock`),
      method: req.method,
      path: req.url,
      headers: { ...endToEnd(req.headers), 'x-forwarded-for': req.socket.remoteAddress ?? '' },
    }, (answer) => {
      res.writeHead(answer.statusCode ?? 502, endToEnd(answer.headers));
      answer.pipe(res);
    });
    forward.on('error', () => {
      if (!res.headersSent) res.writeHead(502, { 'content-type': 'application/json' });
      res.end(JSON.stringify({ error: 'the server is restarting: try again in a moment' }));
    });
    req.pipe(forward);
    req.resume();
  };

  return {
    url,
    port,
    storage,
    pids: () => workers.map((w) => w.proc.pid ?? 0),
    vitals: () => Promise.all(workers.map((w) => w.vitals())),
    stop: async () => {
      // the server's close waits for the sockets handed to the workers too: they close them
      const closed = new Promise<void>((resolve) => server.close(() => resolve()));
      server.closeAllConnections();
      agent.destroy();
      await Promise.all(workers.map((w) => w.stop()));
      await closed;
      storage.close();
      rmSync(sockets, { recursive: true, force: true });
    },
  };
}

/** Stops the primary reading a connection it hands to a worker. Its copy of the socket stays
 *  open until the worker acknowledges the handle (handles go one at a time, so with hundreds
 *  of connections at once that takes a while), and whatever it read meanwhile — the client's
 *  first frames, sent as soon as the worker answered — Node drops: the client then waits for
 *  an answer that never comes (seen as a seat that never synced). Node has no public call for
 *  this: pause() alone stops reading only once the stream's buffer is full. */
function stopReading(socket: Socket): void {
  socket.pause();
  const handle = (socket as unknown as { _handle?: { reading?: boolean; readStop?: () => number } })._handle;
  if (handle?.readStop) {
    handle.reading = false;
    handle.readStop();
  }
}

/** Bytes the primary read from a socket before it stopped reading, for the worker. */
function unread(socket: Socket): Buffer {
  const chunks: Buffer[] = [];
  for (let chunk = socket.read() as Buffer | null; chunk; chunk = socket.read() as Buffer | null) chunks.push(chunk);
  return Buffer.concat(chunks);
}
