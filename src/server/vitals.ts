// A process's event-loop delay and GC pauses since it was last asked: what bench:server reports
// for the server, and for each worker process of a server with several (asked over IPC).
// Nothing is watched until the first reading is asked for.
import { PerformanceObserver, monitorEventLoopDelay, type IntervalHistogram } from 'node:perf_hooks';

export interface ProcessVitals {
  /** the event loop's delay p99 and max (ms) */
  loopDelayP99Ms: number;
  loopDelayMaxMs: number;
  /** the longest GC pause and all pauses together (ms) */
  gcMaxMs: number;
  gcTotalMs: number;
  heapUsed: number;
}

let loop: IntervalHistogram | undefined;
const gc = { max: 0, total: 0 };

/** The readings since the last call (the first call starts watching and reads ~nothing). */
export function takeVitals(): ProcessVitals {
  if (!loop) {
    loop = monitorEventLoopDelay({ resolution: 10 });
    loop.enable();
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) {
        gc.max = Math.max(gc.max, e.duration);
        gc.total += e.duration;
      }
    }).observe({ entryTypes: ['gc'] });
  }
  const vitals = {
    loopDelayP99Ms: loop.percentile(99) / 1e6, loopDelayMaxMs: loop.max / 1e6,
    gcMaxMs: gc.max, gcTotalMs: gc.total, heapUsed: process.memoryUsage().heapUsed,
  };
  loop.reset();
  gc.max = 0;
  gc.total = 0;
  return vitals;
}
