// One `legalActions` for everyone: the UI, bots, ai.enumerate and the moves themselves, which
// re-check it. `applyAction` is the whole rules engine seen from outside: validate, perform,
// then run the game on until a seat (not the autopilot) must decide.
import {
  ACCEPT_REASONS, ALLY_SEATS, REFUSE_REASONS, SWEETENERS, THEATRES,
  type AnswerReason, type BudgetChoice, type OpKind, type SeatId, type Sweetener, type TheatreId,
} from './ids';
import type { GState, PlayerID, Step } from './state';
import { RULES } from './rules';
import { log } from './log';
import { applyEffects, holds } from './effects';
import { afterCommits, afterHomeFront, begin, endAction } from './flow';
import { opTargets, opsFor, resolveOp, TARGETLESS_OPS } from './ops';
import { answerProposal, startProposal } from './consent';
import { maxCommit } from './crisis';
import { budgetChoices } from './home-front';
import { actingSeat, awaitedActors, isAutopilot, sideOf } from './seats';
import { checkImmediateVictory } from './scoring';
import { autopilotChoice } from './autopilot';
import type { Rng } from './random';
import type { StrategyCard, NationalCard } from './schema';

export const MOVES = ['begin', 'pass', 'playCard', 'chooseMode', 'chooseOp', 'chooseTarget', 'chooseSweetener', 'back', 'answer', 'commit', 'budget'] as const;
export type MoveName = (typeof MOVES)[number];

export type Action =
  | { move: 'begin'; args: [] }
  | { move: 'pass'; args: [] }
  | { move: 'playCard'; args: [string] }
  | { move: 'chooseMode'; args: ['event' | 'ops'] }
  | { move: 'chooseOp'; args: [OpKind] }
  | { move: 'chooseTarget'; args: [string] }
  | { move: 'chooseSweetener'; args: [Sweetener] }
  | { move: 'back'; args: [] }
  | { move: 'answer'; args: [boolean, AnswerReason] }
  | { move: 'commit'; args: [number] }
  | { move: 'budget'; args: [BudgetChoice] };

const act = <M extends MoveName>(move: M, ...args: Extract<Action, { move: M }>['args']): Action => ({ move, args } as Action);

type ActionStep = Extract<Step, { kind: 'action' }>;
type PlayedCard = { kind: 'strategy'; card: StrategyCard } | { kind: 'national'; card: NationalCard };

export function cardOf(id: string | undefined): PlayedCard | undefined {
  if (!id) return undefined;
  if (RULES.strategy[id]) return { kind: 'strategy', card: RULES.strategy[id] };
  if (RULES.national[id]) return { kind: 'national', card: RULES.national[id] };
  return undefined;
}

/** The theatres a card's theatre target may be: those it names, or all. */
const targetTheatres = (card: StrategyCard | NationalCard): readonly TheatreId[] => card.theatres ?? THEATRES;

function eventTargets(G: GState, card: StrategyCard | NationalCard): string[] {
  if (card.target === 'theatre') return [...targetTheatres(card)];
  if (card.target === 'ally') return ALLY_SEATS.filter((a) => !!G.actors[a]);
  return ['-'];
}

/** May this seat play the card for its event? Its own side's or a neutral event, requirements met. */
export function eventPlayable(G: GState, seat: SeatId, played: PlayedCard): boolean {
  const { card } = played;
  if (played.kind === 'strategy' && played.card.side !== 'neutral' && played.card.side !== sideOf(seat)) return false;
  return !card.requires || holds(G, card.requires, { self: seat });
}

/** A seat may play one national card a round; a `once` card only once a game. */
function nationalAvailable(G: GState, seat: SeatId): string[] {
  const mine = Object.values(RULES.national).filter((c) => c.actor === seat);
  if (mine.some((c) => G.nationalUsed.includes(c.id))) return [];
  return mine
    .filter((c) => !G.nationalSpent.includes(c.id)
      && eventPlayable(G, seat, { kind: 'national', card: c }))
    .map((c) => c.id);
}

const opsValue = (played: PlayedCard | undefined): number => (played?.kind === 'strategy' ? played.card.ops : 0);

function actionStepActions(G: GState, seat: SeatId, step: ActionStep): Action[] {
  const played = cardOf(step.card);
  if (!played) {
    const cards = [...G.hands[seat], ...nationalAvailable(G, seat)].map((c) => act('playCard', c));
    // With no card at all (every card out of the game), a seat may only pass.
    return cards.length ? cards : [act('pass')];
  }
  const back = act('back');
  if (!step.mode) {
    const modes: Action[] = [];
    if (eventPlayable(G, seat, played)) modes.push(act('chooseMode', 'event'));
    modes.push(act('chooseMode', 'ops'));
    return [...modes, back];
  }
  if (step.mode === 'event') return [...eventTargets(G, played.card).map((t) => act('chooseTarget', t)), back];
  if (!step.op) {
    return [...opsFor(seat).filter((op) => opTargets(G, seat, op, opsValue(played)).length > 0).map((op) => act('chooseOp', op)), back];
  }
  if (step.op === 'alliance' && step.alliance) {
    return [...SWEETENERS.filter((s) => sweetenerAffordable(G, seat, s)).map((s) => act('chooseSweetener', s)), back];
  }
  return [...opTargets(G, seat, step.op, opsValue(played)).map((t) => act('chooseTarget', t)), back];
}

/** A sweetener is on offer when the proposer can pay its printed cost. */
function sweetenerAffordable(G: GState, seat: SeatId, s: Sweetener): boolean {
  const st = G.actors[seat];
  if (!st) return false;
  if (s === 'none') return true;
  return (RULES.sweeteners[s]?.effects ?? []).every((e) => e.op !== 'track' || e.actor !== 'self' || e.by >= 0 || st[e.track] >= -e.by);
}

/** Every legal action of the seat a player acts as now (empty if none). */
export function legalActions(G: GState, player: PlayerID | null | undefined): Action[] {
  const seat = actingSeat(G, player);
  return seat ? legalActionsFor(G, seat) : [];
}

/** Every legal action of one seat, whoever controls it. */
export function legalActionsFor(G: GState, seat: SeatId): Action[] {
  if (G.result || !awaitedActors(G).includes(seat)) return [];
  const step = G.step;
  switch (step.kind) {
    case 'start': return [act('begin')];
    case 'action': return actionStepActions(G, seat, step);
    case 'consent': return [
      ...ACCEPT_REASONS.map((r) => act('answer', true, r)),
      ...REFUSE_REASONS.map((r) => act('answer', false, r)),
    ];
    case 'commit': return Array.from({ length: maxCommit(G, seat) + 1 }, (_, n) => act('commit', n));
    case 'homeFront': return budgetChoices(G, seat).map((c) => act('budget', c));
    case 'over': return [];
  }
}

const sameAction = (a: Action, b: { move: string; args: readonly unknown[] }) =>
  a.move === b.move && Array.isArray(b.args) && a.args.length === b.args.length && a.args.every((x, i) => x === b.args[i]);

/** Is this (possibly malformed) action legal for the player now? */
export function isLegal(G: GState, player: PlayerID | null | undefined, action: { move: string; args: readonly unknown[] }): boolean {
  if (typeof action !== 'object' || action === null) return false;
  return legalActions(G, player).some((a) => sameAction(a, action));
}

/**
 * Applies a player's action to G (mutating it: an immer draft under boardgame.io, a private
 * copy on the pure path). Returns false, changing nothing, when the action is not legal.
 */
export function applyAction(G: GState, player: PlayerID | null | undefined, action: { move: string; args: readonly unknown[] }, rng: Rng): boolean {
  if (!isLegal(G, player, action)) return false;
  applyLegalAction(G, player, action, rng);
  return true;
}

/** applyAction for an action already checked with isLegal. */
export function applyLegalAction(G: GState, player: PlayerID | null | undefined, action: { move: string; args: readonly unknown[] }, rng: Rng): void {
  const seat = actingSeat(G, player);
  if (!seat) return;
  perform(G, seat, action as Action, rng);
  settle(G, rng);
}

/** Runs the autopilot's seats until a seat held by a player must decide, or the game ends. */
export function settle(G: GState, rng: Rng): void {
  for (let guard = 0; guard < 10_000; guard++) {
    if (checkImmediateVictory(G)) return;
    const seat = awaitedActors(G).find((a) => isAutopilot(G, a));
    if (!seat) return;
    perform(G, seat, autopilotChoice(G, seat, legalActionsFor(G, seat)), rng);
  }
  throw new Error('the autopilot did not settle');
}

function perform(G: GState, seat: SeatId, action: Action, rng: Rng): void {
  const step = G.step;
  switch (action.move) {
    case 'begin': begin(G, rng); return;
    case 'pass':
      log(G, { type: 'pass', actor: seat });
      endAction(G, rng);
      return;
    case 'answer':
      if (step.kind !== 'consent') return;
      if (answerProposal(G, seat, action.args[0], action.args[1], rng)) finishAction(G, step.card, rng);
      return;
    case 'commit':
      if (step.kind !== 'commit' || !G.crisis) return;
      G.crisis.commits[seat] = action.args[0];
      step.awaiting = step.awaiting.filter((a) => a !== seat);
      if (step.awaiting.length === 0) afterCommits(G, rng);
      return;
    case 'budget':
      if (step.kind !== 'homeFront') return;
      G.homeChoices[seat] = action.args[0];
      step.awaiting = step.awaiting.filter((a) => a !== seat);
      if (step.awaiting.length === 0) afterHomeFront(G, rng);
      return;
    default:
      if (step.kind === 'action') performActionStep(G, seat, step, action, rng);
  }
}

function performActionStep(G: GState, seat: SeatId, step: ActionStep, action: Action, rng: Rng): void {
  switch (action.move) {
    case 'back':
      if (step.alliance) delete step.alliance;
      else if (step.op) delete step.op;
      else if (step.mode && cardOf(step.card)?.kind === 'strategy') delete step.mode;
      else {
        // A national card has no mode to choose: back goes to the choice of card.
        delete step.mode;
        delete step.card;
      }
      return;
    case 'playCard': {
      step.card = action.args[0];
      const played = cardOf(step.card);
      if (played?.kind === 'national') {
        step.mode = 'event';
        if (!played.card.target) playEvent(G, seat, step.card, '-', rng);
      }
      return;
    }
    case 'chooseMode':
      step.mode = action.args[0];
      if (step.mode === 'event' && !cardOf(step.card)?.card.target) playEvent(G, seat, step.card as string, '-', rng);
      return;
    case 'chooseOp':
      step.op = action.args[0];
      if (TARGETLESS_OPS.includes(step.op)) playOps(G, seat, step, '-', rng);
      return;
    case 'chooseTarget':
      if (step.mode === 'event') playEvent(G, seat, step.card as string, action.args[0], rng);
      else if (step.op === 'alliance') step.alliance = action.args[0];
      else playOps(G, seat, step, action.args[0], rng);
      return;
    case 'chooseSweetener': {
      const card = step.card as string;
      log(G, { type: 'play', actor: seat, card, mode: 'ops', op: 'alliance', target: step.alliance });
      opponentEvent(G, seat, card, rng);
      if (startProposal(G, seat, step.alliance as string, action.args[0], card, rng) === 'done') finishAction(G, card, rng);
      return;
    }
  }
}

function playEvent(G: GState, seat: SeatId, cardId: string, target: string, rng: Rng): void {
  const played = cardOf(cardId);
  if (!played) return;
  log(G, { type: 'play', actor: seat, card: cardId, mode: played.kind === 'national' ? 'national' : 'event', ...(target !== '-' ? { target } : {}) });
  applyEffects(G, played.card.effects, { self: seat, ...(target !== '-' ? { target } : {}), source: cardId, rng });
  finishAction(G, cardId, rng, played.kind === 'strategy' && played.card.remove);
}

function playOps(G: GState, seat: SeatId, step: ActionStep, target: string, rng: Rng): void {
  const cardId = step.card as string;
  const op = step.op as OpKind;
  log(G, { type: 'play', actor: seat, card: cardId, mode: 'ops', op, ...(target !== '-' ? { target } : {}) });
  opponentEvent(G, seat, cardId, rng);
  resolveOp(G, seat, op, target, opsValue(cardOf(cardId)), cardId);
  finishAction(G, cardId, rng);
}

/** Played for operations, a card whose event belongs to the other side fires that event too
 *  (rulebook 4.1): 'self' is the side's leading seat; an ally target is the player if it is an
 *  ally, a theatre target the theatre under the most tension. */
function opponentEvent(G: GState, seat: SeatId, cardId: string, rng: Rng): void {
  const card = RULES.strategy[cardId];
  if (!card || card.side === 'neutral' || card.side === sideOf(seat)) return;
  const owner: SeatId = card.side === 'china' ? 'CN' : 'US';
  if (card.requires && !holds(G, card.requires, { self: owner })) return;
  let target: string | undefined;
  if (card.target === 'ally') target = (ALLY_SEATS as readonly string[]).includes(seat) ? seat : 'JP';
  if (card.target === 'theatre') target = [...targetTheatres(card)].sort((a, b) => G.tension[b] - G.tension[a])[0];
  log(G, { type: 'opponentEvent', actor: seat, card: cardId, side: card.side });
  applyEffects(G, card.effects, { self: owner, ...(target ? { target } : {}), source: cardId, rng });
}

/** The card leaves the hand (strategy: to the discard, or out of the game; national: used for
 *  the round) and the next seat acts. */
function finishAction(G: GState, cardId: string, rng: Rng, remove = false): void {
  const seat = G.actionQueue[0];
  const played = cardOf(cardId);
  if (seat && played?.kind === 'strategy') {
    G.hands[seat] = G.hands[seat].filter((c) => c !== cardId);
    (remove ? G.decks.removed : G.decks.strategyDiscard).push(cardId);
  } else if (played?.kind === 'national') {
    G.nationalUsed.push(cardId);
    if (played.card.once) G.nationalSpent.push(cardId);
  }
  if (G.result) return;
  endAction(G, rng);
}
