// WAL checkpoints off the main thread. SQLite copies the write-ahead log back into the database
// file every 1,000 pages by default, inside whichever commit crosses that mark, and syncs the
// file to disk there: at hundreds of moves a second that is a stall of the event loop (tens of
// ms on a slow disk) every second or so, in the middle of a move. Here the main connection
// never checkpoints on its own (but for a far limit, should this thread die) and a worker
// thread with a connection of its own runs a passive checkpoint every second: it waits for no
// writer and blocks none, and its sync to disk holds up no socket.
import { createRequire } from 'node:module';
import { Worker } from 'node:worker_threads';

/** The main connection checkpoints on its own only past this many pages (~80 MB of WAL). */
export const FALLBACK_AUTOCHECKPOINT_PAGES = 20_000;

// Plain CommonJS, so that the thread needs no loader. It never creates the database (the main
// connection has), and says through \`closed\` when its connection is closed.
const WORKER = `
const { workerData, parentPort } = require('node:worker_threads');
const Database = require(workerData.module);
const closed = new Int32Array(workerData.closed);
let db;
try {
  db = new Database(workerData.file, { fileMustExist: true });
  db.pragma('busy_timeout = 2000');
} catch {}
const checkpoint = () => { try { db?.pragma('wal_checkpoint(PASSIVE)'); } catch {} };
const timer = setInterval(checkpoint, workerData.everyMs);
parentPort.on('message', () => {
  clearInterval(timer);
  try { db?.close(); } catch {}
  Atomics.store(closed, 0, 1);
  Atomics.notify(closed, 0);
  parentPort.close();
});
`;

export class Checkpointer {
  private readonly worker: Worker;
  private readonly closed = new Int32Array(new SharedArrayBuffer(4));

  constructor(file: string, everyMs = 1000) {
    const module = createRequire(import.meta.url).resolve('better-sqlite3');
    this.worker = new Worker(WORKER, { eval: true, workerData: { file, module, everyMs, closed: this.closed.buffer } });
    this.worker.on('error', (e) => process.stderr.write(`storage: the checkpoint thread failed (${e.message}); checkpoints fall back to the main thread\n`));
    this.worker.unref();
  }

  /** Closes the thread's connection and waits for it (at most 2 s), so that nothing has the
   *  database open once the storage is closed: the last connection to close checkpoints it. */
  close(): void {
    this.worker.postMessage('close');
    Atomics.wait(this.closed, 0, 0, 2000);
  }
}
