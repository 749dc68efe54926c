// A few worker threads that take bots' decisions, one at a time each, in the order asked.
// A worker that dies fails only the decision it held and is replaced on the next request.
import { Worker } from 'node:worker_threads';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Action, PlayerView, SeatId } from '../../game';

export interface DecisionRequest {
  id: number;
  /** the match asking: each match has its own bot in the worker */
  matchID: string;
  level: string;
  view: PlayerView;
  seat: SeatId;
  legal: Action[];
  seed: string;
}

/** What a worker is sent: a decision to take, or a match that ended (its bots are dropped). */
export type WorkerMessage = DecisionRequest | { forget: string };

export type DecisionReply = { id: number; action: Action; failure?: string } | { id: number; error: string };

type Task = { request: DecisionRequest; resolve: (a: Action) => void; reject: (e: Error) => void };

/** Source files (under tsx or vitest) load the worker through tsx's loader; built files directly. */
function spawn(): Worker {
  const here = import.meta.url;
  if (!here.endsWith('.ts')) return new Worker(new URL('./decide-worker.js', here));
  const tsxRoot = dirname(createRequire(here).resolve('tsx/package.json'));
  const tsxApi = pathToFileURL(join(tsxRoot, 'dist/esm/api/index.mjs')).href;
  const worker = new URL('./decide-worker.ts', here).href;
  return new Worker(`import(${JSON.stringify(tsxApi)}).then((tsx) => { tsx.register(); return import(${JSON.stringify(worker)}); })`, { eval: true });
}

class PoolWorker {
  readonly worker = spawn();
  task: Task | undefined;
  dead = false;
}

export class DecisionPool {
  private readonly workers: PoolWorker[] = [];
  private readonly queue: Task[] = [];
  private nextId = 1;
  private closed = false;

  constructor(private readonly size: number, private readonly report: (message: string) => void = () => undefined) {}

  decide(request: Omit<DecisionRequest, 'id'>): Promise<Action> {
    if (this.closed) return Promise.reject(new Error('the decision pool is closed'));
    return new Promise((resolve, reject) => {
      this.queue.push({ request: { ...request, id: this.nextId++ }, resolve, reject });
      this.pump();
    });
  }

  /** The match ended: every worker drops its bots (and the plans they keep). */
  forget(matchID: string): void {
    for (const w of this.workers) w.worker.postMessage({ forget: matchID } satisfies WorkerMessage);
  }

  async close(): Promise<void> {
    this.closed = true;
    for (const task of this.queue.splice(0)) task.reject(new Error('the decision pool is closed'));
    await Promise.all(this.workers.splice(0).map((w) => {
      w.task?.reject(new Error('the decision pool is closed'));
      return w.worker.terminate();
    }));
  }

  private pump(): void {
    while (this.queue.length > 0) {
      const idle = this.workers.find((w) => !w.task) ?? (this.workers.length < this.size ? this.add() : undefined);
      if (!idle) return;
      const task = this.queue.shift() as Task;
      idle.task = task;
      idle.worker.postMessage(task.request);
    }
  }

  private add(): PoolWorker {
    const pw = new PoolWorker();
    const fail = (error: Error) => {
      if (pw.dead) return;
      pw.dead = true;
      this.workers.splice(this.workers.indexOf(pw), 1);
      pw.task?.reject(error);
      pw.task = undefined;
      if (!this.closed) this.pump();
    };
    pw.worker.on('message', (reply: DecisionReply) => {
      const task = pw.task;
      pw.task = undefined;
      if (task && task.request.id === reply.id) {
        if ('action' in reply) {
          if (reply.failure) this.report(reply.failure);
          task.resolve(reply.action);
        }
        else task.reject(new Error(`the bot failed: ${reply.error}`));
      }
      this.pump();
    });
    pw.worker.on('error', fail);
    pw.worker.on('exit', (code) => fail(new Error(`a decision worker stopped (exit code ${code})`)));
    this.workers.push(pw);
    return pw;
  }
}
