// Runs batches of games on worker threads, one per core (or fewer when asked), and returns the
// records in the order of the batches: the same results as running them one after another.
import { Worker } from 'node:worker_threads';
import { availableParallelism } from 'node:os';
import { runBatch, type BatchSpec } from './batch';
import type { GameRecord } from './record';

const WORKER = new URL('./worker.ts', import.meta.url);
/** The worker is TypeScript: it starts by registering tsx's loader in its own thread. */
const BOOT = `import('tsx/esm/api').then((tsx) => { tsx.register(); return import(${JSON.stringify(WORKER.href)}); });`;

export const defaultThreads = (): number => Math.max(1, availableParallelism());

/** `onDone` is told each batch's records as soon as they are in (e.g. to keep them on disk). */
export async function runBatches(
  specs: readonly BatchSpec[], threads = defaultThreads(), onDone?: (index: number, records: GameRecord[]) => void,
): Promise<GameRecord[][]> {
  if (threads <= 1 || specs.length <= 1) {
    return specs.map((spec, i) => {
      const records = runBatch(spec);
      onDone?.(i, records);
      return records;
    });
  }
  const results: GameRecord[][] = new Array(specs.length);
  let next = 0;
  const lane = async (): Promise<void> => {
    const worker = new Worker(BOOT, { eval: true });
    try {
      while (next < specs.length) {
        const index = next++;
        results[index] = await new Promise<GameRecord[]>((resolve, reject) => {
          worker.once('message', resolve);
          worker.once('error', reject);
          worker.postMessage(specs[index]);
        });
        worker.removeAllListeners('error');
        onDone?.(index, results[index] as GameRecord[]);
      }
    } finally {
      await worker.terminate();
    }
  };
  await Promise.all(Array.from({ length: Math.min(threads, specs.length) }, lane));
  return results;
}
