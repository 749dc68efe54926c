// The game's own log: structured entries that tell the story (who did what and why), for the
// UI and the debrief. playerView filters it per seat like the state.
import type { GState, LogBody } from './state';

export function log(G: GState, body: LogBody): void {
  const seq = G.log.length;
  G.log.push({ round: G.round, phase: G.phase, seq, ...body });
}
