// The game's own log: structured entries that tell the story (who did what and why), for the
// UI and the debrief. playerView filters it per seat like the state.
import type { GState, LogBody, LogEntry } from './state';

export function log(G: GState, body: LogBody): void {
  G.log.push({ round: G.round, phase: G.phase, seq: G.logCount, ...body });
  G.logCount += 1;
}

/** Starts a new page of the log (at each round). */
export function turnLogPage(G: GState): void {
  if (G.log.length === 0) return;
  // A new array: archived pages are shared between states, never written again.
  G.history = [...G.history, G.log];
  G.log = [];
}

/** The whole story so far, oldest first. */
export const fullLog = (G: Pick<GState, 'log' | 'history'>): LogEntry[] => [...G.history.flat(), ...G.log];
