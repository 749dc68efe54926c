// The engine's autopilot: plays a seat that no player holds (e.g. the four allies of a
// two-player game), so their consent and their choices still count. A plain greedy policy
// with no randomness. It reads only what a person in that seat could see: public tracks,
// its own hand and its own agenda (a test swaps the hidden parts and checks the choice holds).
import { THEATRES, type SeatId, type TheatreId } from './ids';
import type { GState } from './state';
import type { Action } from './actions';
import { RULES } from './rules';
import { deterrence, pressure, weightToTheatre } from './deterrence';
import { sideOf } from './seats';
import { KOREA_GARRISON } from './home-front';

/** How badly the network needs strength in a theatre (China's view: how weak it is there). */
const need = (G: GState, t: TheatreId) => pressure(G, t) - deterrence(G, t);

function cardValue(G: GState, seat: SeatId, cardId: string): number {
  const card = RULES.strategy[cardId];
  if (!card) return 2.5; // a national card: worth using, not before a strong own event
  if (card.side === 'neutral') return 2 + card.ops * 0.5;
  if (card.side === sideOf(seat)) return 4 + card.ops * 0.5;
  return card.ops - 2.5; // playing it fires the opponent's event
}

const argOf = (a: Action) => a.args[0] as string;

function best<T>(items: T[], score: (x: T) => number): T | undefined {
  let top: T | undefined;
  let topScore = -Infinity;
  for (const x of items) {
    const s = score(x);
    if (s > topScore) { top = x; topScore = s; }
  }
  return top;
}

function chooseOp(G: GState, seat: SeatId, legal: Action[]): Action | undefined {
  const has = (op: string) => legal.find((a) => a.move === 'chooseOp' && a.args[0] === op);
  const st = G.actors[seat];
  const urgent = THEATRES.some((t) => need(G, t) > 0);
  if (seat === 'CN') {
    const exposed = ['JP', 'KR', 'AU', 'PH'].some((a) => (G.actors[a as SeatId]?.chinaTrade ?? 0) >= 6);
    return (G.actionRound === 1 && has('build')) || (exposed && G.actionRound === 3 && has('coerce')) || has('pressure') || has('build');
  }
  if (st?.aligned && has('alliance')) return has('alliance');
  if (urgent && has('build')) return has('build');
  if (seat === 'US') return has('reassure') ?? has('build') ?? has('exercise');
  if (G.administration === 'undecided' && (st?.insurance ?? 0) < 2 && has('lobby')) return has('lobby');
  if ((st?.economy ?? 0) < 5 && has('trade')) return has('trade');
  return has('exercise') ?? has('build') ?? has('lobby') ?? has('trade');
}

function chooseTarget(G: GState, seat: SeatId, legal: Action[]): Action | undefined {
  const targets = legal.filter((a) => a.move === 'chooseTarget');
  const step = G.step;
  const op = step.kind === 'action' ? step.op : undefined;
  if (op === 'coerce') return best(targets, (a) => G.actors[argOf(a) as SeatId]?.chinaTrade ?? 0);
  if (targets.some((a) => (THEATRES as readonly string[]).includes(argOf(a)))) {
    // Build, exercise and pressure where the balance is closest to breaking; a network seat's
    // own events help where the network is weakest too.
    return best(targets, (a) => need(G, argOf(a) as TheatreId) + (seat !== 'CN' ? weightToTheatre(G, seat, argOf(a) as TheatreId) : 0));
  }
  if (seat === 'CN') return best(targets, (a) => G.actors[argOf(a) as SeatId]?.chinaTrade ?? 0);
  return targets[0];
}

function answer(G: GState, seat: SeatId, legal: Action[]): Action | undefined {
  const st = G.actors[seat];
  const step = G.step;
  const sweetened = step.kind === 'consent' && step.sweetener !== 'none';
  const find = (accept: boolean, reason: string) => legal.find((a) => a.move === 'answer' && a.args[0] === accept && a.args[1] === reason);
  if (!st?.aligned) return find(false, 'distrust-hub');
  // Wary of provoking the biggest trade partner [F24].
  if (st.chinaTrade >= 8 && !sweetened) return find(false, 'provokes-china');
  return sweetened ? find(true, 'sweetener') : find(true, 'deters-china');
}

function commit(G: GState, seat: SeatId, legal: Action[]): Action | undefined {
  const max = legal.length - 1;
  const t = G.step.kind === 'commit' ? G.step.theatre : undefined;
  if (!t) return legal[0];
  const hosts = RULES.theatres[t]?.hosts ?? [];
  let n = 0;
  if (seat === 'CN') n = t === 'TWN' ? 3 : 2;
  else if (hosts.includes(seat)) n = 3;
  else if (seat === 'US') n = 2;
  else if (weightToTheatre(G, seat, t) >= 0.5) n = 1;
  return legal[Math.min(n, max)];
}

function budget(G: GState, seat: SeatId, legal: Action[]): Action | undefined {
  const st = G.actors[seat];
  const has = (c: string) => legal.find((a) => a.args[0] === c);
  if (!st) return legal[0];
  if (seat === 'KR' && G.tracks.troops < KOREA_GARRISON && st.opinion >= 6 && has('nuclear')) return has('nuclear');
  if (st.opinion <= 3) return has('cut') ?? has('hold');
  if (seat === 'JP' && st.defence < 20) return st.economy >= st.opinion ? has('raiseEconomy') : has('raiseOpinion');
  if (st.economy >= 5) return st.economy >= st.opinion ? has('raiseEconomy') : has('raiseOpinion');
  return has('hold');
}

/** The autopilot's choice among the legal actions of its seat. */
export function autopilotChoice(G: GState, seat: SeatId, legal: Action[]): Action {
  const fallback = legal.find((a) => a.move !== 'back') ?? legal[0];
  if (!fallback) throw new Error(`no legal action for ${seat} at ${G.step.kind}`);
  const step = G.step;
  let choice: Action | undefined;
  switch (step.kind) {
    case 'start': choice = legal[0]; break;
    case 'consent': choice = answer(G, seat, legal); break;
    case 'commit': choice = commit(G, seat, legal); break;
    case 'homeFront': choice = budget(G, seat, legal); break;
    case 'action': {
      if (!step.card) choice = best(legal.filter((a) => a.move === 'playCard'), (a) => cardValue(G, seat, argOf(a)));
      else if (!step.mode) {
        const card = RULES.strategy[step.card];
        const wantsEvent = !card || card.side === sideOf(seat) || (card.side === 'neutral' && card.ops <= 2);
        choice = legal.find((a) => a.move === 'chooseMode' && a.args[0] === (wantsEvent ? 'event' : 'ops'));
      } else if (step.mode === 'ops' && !step.op) choice = chooseOp(G, seat, legal);
      else if (step.op === 'alliance' && step.alliance) choice = legal.find((a) => a.args[0] === 'none');
      else choice = chooseTarget(G, seat, legal);
      break;
    }
    case 'over': break;
  }
  return choice ?? fallback;
}
