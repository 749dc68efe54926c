// A worker thread of the simulator: plays each batch it is sent and posts back the records.
import { parentPort } from 'node:worker_threads';
import { runBatch, type BatchSpec } from './batch';

parentPort?.on('message', (spec: BatchSpec) => parentPort?.postMessage(runBatch(spec)));
