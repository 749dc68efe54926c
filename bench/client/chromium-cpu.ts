// CPU time of every Chromium process of one browser (renderer, GPU, browser, utility): the
// page's own counters miss the GPU process, where a render loop that never stops would show.
import { readFileSync, readdirSync } from 'node:fs';

const TICKS_PER_SECOND = 100; // USER_HZ on Linux

/** Seconds of CPU used so far by the processes whose command line names `profileDir`. */
export function chromiumCpuSeconds(profileDir: string): number {
  let ticks = 0;
  for (const pid of readdirSync('/proc').filter((d) => /^\d+$/.test(d))) {
    try {
      if (!readFileSync(`/proc/${pid}/cmdline`, 'utf8').includes(profileDir)) continue;
      // fields after the command name (which may hold spaces, inside parentheses)
      const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      ticks += Number(fields[11]) + Number(fields[12]); // utime, stime
    } catch {
      // the process ended while we read it
    }
  }
  return ticks / TICKS_PER_SECOND;
}
