// Alliance consent (rulebook §8): a proposal names the alliance and one sweetener; every member
// must agree. Members that are not seats accept on printed conditions. Each upgrade provokes
// China's reaction (the security dilemma).
import { isSeat, type ActorId, type AnswerReason, type SeatId, type Sweetener } from './ids';
import type { GState } from './state';
import { RULES } from './rules';
import { log } from './log';
import { applyEffects, changeAlliance, holds } from './effects';
import type { Rng } from './random';

export function startProposal(G: GState, proposer: SeatId, alliance: string, sweetener: Sweetener, card: string, rng: Rng): 'pending' | 'done' {
  const ally = RULES.alliances[alliance];
  if (!ally) return 'done';
  log(G, { type: 'proposal', proposer, alliance, sweetener });
  const answers: { actor: ActorId; accept: boolean; reason: 'printed-condition' }[] = [];
  for (const member of ally.members) {
    if (isSeat(member)) continue;
    const cond = ally.conditions[member];
    const accept = !cond || holds(G, cond, { self: proposer });
    answers.push({ actor: member, accept, reason: 'printed-condition' });
    log(G, { type: 'answer', actor: member, alliance, accept, reason: 'printed-condition' });
  }
  const awaiting = ally.members.filter((m): m is SeatId => isSeat(m) && m !== proposer);
  if (answers.some((a) => !a.accept) || awaiting.length === 0) {
    concludeProposal(G, proposer, alliance, sweetener, answers, rng);
    return 'done';
  }
  G.step = { kind: 'consent', proposer, alliance, sweetener, card, awaiting, answers };
  return 'pending';
}

/** Records one seat's answer; returns true when the proposal is concluded. */
export function answerProposal(G: GState, actor: SeatId, accept: boolean, reason: AnswerReason, rng: Rng): boolean {
  const step = G.step;
  if (step.kind !== 'consent') return false;
  step.answers.push({ actor, accept, reason });
  step.awaiting = step.awaiting.filter((a) => a !== actor);
  log(G, { type: 'answer', actor, alliance: step.alliance, accept, reason });
  if (accept && step.awaiting.length > 0) return false;
  concludeProposal(G, step.proposer, step.alliance, step.sweetener, step.answers, rng);
  return true;
}

function concludeProposal(G: GState, proposer: SeatId, alliance: string, sweetener: Sweetener, answers: { actor: ActorId; accept: boolean }[], rng: Rng): void {
  const accepted = answers.every((a) => a.accept);
  const ally = RULES.alliances[alliance];
  if (accepted && ally) {
    changeAlliance(G, alliance, 1, alliance);
    const sweet = sweetener === 'none' ? undefined : RULES.sweeteners[sweetener];
    if (sweet) {
      // The proposer pays once; each member that accepted gains.
      const source = `sweetener-${sweetener}`;
      const perMember = sweet.effects.filter((e) => 'actor' in e && e.actor === 'target');
      applyEffects(G, sweet.effects.filter((e) => !perMember.includes(e)), { self: proposer, source, rng });
      for (const a of answers) {
        if (isSeat(a.actor) && a.actor !== proposer) applyEffects(G, perMember, { self: proposer, target: a.actor, source, rng });
      }
      if (sweetener === 'tradeConcession' && answers.some((a) => a.actor === 'US')) G.concessions += 1;
    }
    // The security dilemma: every upgrade provokes China.
    applyEffects(G, ally.chinaReaction, { source: `${alliance}-reaction`, rng });
  }
  log(G, { type: 'allianceResult', alliance, accepted, level: G.alliances[alliance]?.level ?? 0 });
}
