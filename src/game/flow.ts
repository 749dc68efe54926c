// The round as a chain of steps (rulebook §3–§7). Automatic steps (Headlines, scoring) run
// inside the move that ends the step before them; the chain stops where a seat must decide.
//
// Why not boardgame.io phases and turn order: our decisions belong to actors, several at once
// (secret crisis commitments, the home front), and China acts between network seats. One
// source of truth — G.step — keeps legality in one place (legalActions); boardgame.io's
// active players are only set from it to gate who may send a move.
import { NETWORK_SEATS, POLITICS_DECKS, SEATS, type PoliticsDeck, type SeatId } from './ids';
import type { GState } from './state';
import { RULES } from './rules';
import { log, turnLogPage } from './log';
import { applyEffects, changeTension } from './effects';
import { drawPolitics, drawRegional, fillHand, reinsertRegional } from './decks';
import { pick, shuffleInPlace, type Rng } from './random';
import { resolveCrisis, startFlashpoints } from './crisis';
import { resolveHomeFront, startHomeFront } from './home-front';
import { scoreRound } from './scoring';
import { scenarioById } from './setup';

const DATES = ['', '2024 Q2', '2024 Q3', '2024 Q4', '2025 H1', '2025 H2', '2026 H1', '2026 H2', '2027 H1', '2027 H2'];
export const dateOf = (round: number): string => DATES[round] ?? `round ${round}`;

/** The first move: shuffle every deck, deal each seat a secret agenda, start the first round. */
export function begin(G: GState, rng: Rng): void {
  const scenario = scenarioById(G.scenario);
  if (scenario.election !== 'open') G.fixedElection = scenario.election;
  const strategy = scenario.strategy ?? Object.keys(RULES.strategy);
  const regional = scenario.regional ?? Object.keys(RULES.regional);
  G.decks.strategy = [...strategy];
  shuffleInPlace(rng, G.decks.strategy);
  for (const deck of POLITICS_DECKS) {
    G.decks.politics[deck] = Object.values(RULES.politics).filter((c) => c.deck === deck).map((c) => c.id);
    shuffleInPlace(rng, G.decks.politics[deck]);
  }
  G.decks.regional = regional.filter((id) => (RULES.regional[id]?.from ?? 1) <= G.round);
  G.decks.regionalLater = regional.filter((id) => (RULES.regional[id]?.from ?? 1) > G.round);
  shuffleInPlace(rng, G.decks.regional);
  G.decks.agendaPool = Object.keys(RULES.agendas);
  for (const seat of SEATS) {
    const mine = G.decks.agendaPool.filter((id) => RULES.agendas[id]?.actor === seat && RULES.agendas[id]?.kind === 'standard');
    const agenda = pick(rng, mine);
    G.decks.agendaPool = G.decks.agendaPool.filter((id) => id !== agenda);
    G.agendas[seat] = agenda;
    log(G, { type: 'agendaDealt', actor: seat, agenda });
  }
  log(G, { type: 'begin', scenario: G.scenario });
  startRound(G, rng);
}

/** The live US-politics deck follows the election [F30]. */
export function liveDeck(G: GState): PoliticsDeck {
  if (G.administration === 'americaFirst') return 'mo';
  if (G.administration === 'continuity') return 'continuity';
  return G.tracks.election > 0 ? 'hobo' : 'moshi';
}

export function startRound(G: GState, rng: Rng): void {
  turnLogPage(G);
  G.phase = 'headlines';
  log(G, { type: 'round', date: dateOf(G.round) });
  headlines(G, rng);
  if (G.result) return;
  startActions(G, rng);
}

function headlines(G: GState, rng: Rng): void {
  const deck = liveDeck(G);
  const politics = drawPolitics(G, deck, rng);
  if (politics) {
    log(G, { type: 'headline', deck, card: politics });
    applyEffects(G, RULES.politics[politics]?.effects ?? [], { source: politics, rng });
    G.decks.politicsDiscard[deck].push(politics);
  }
  // Regional cards due this round join the deck (launches grow more frequent) [F10].
  const due = G.decks.regionalLater.filter((id) => (RULES.regional[id]?.from ?? 1) <= G.round);
  if (due.length) {
    G.decks.regionalLater = G.decks.regionalLater.filter((id) => !due.includes(id));
    G.decks.regional.push(...due);
    shuffleInPlace(rng, G.decks.regional);
  }
  const regional = drawRegional(G, rng);
  if (regional) {
    log(G, { type: 'regional', card: regional });
    applyEffects(G, RULES.regional[regional]?.effects ?? [], { source: regional, rng });
    if (RULES.regional[regional]?.recurring) reinsertRegional(G, regional, rng);
    else G.decks.regionalDiscard.push(regional);
  }
  // If Russia is seen to prevail in Ukraine, Asia reads the signal [F03, F33].
  if (G.tracks.ukraine >= 4) {
    log(G, { type: 'ukraineSignal', theatre: 'TWN' });
    changeTension(G, 'TWN', 1, 'ukraine-signal');
  }
}

/** China acts after every second network action [rulebook 4]. */
export function actionOrder(): SeatId[] {
  const order: SeatId[] = [];
  NETWORK_SEATS.forEach((seat, i) => {
    order.push(seat);
    if (i % 2 === 1) order.push('CN');
  });
  return order;
}

function startActions(G: GState, rng: Rng): void {
  G.phase = 'actions';
  G.nationalUsed = [];
  G.actionRound = 1;
  startActionRound(G, rng);
}

/** Hands are filled at the start of every action round: China, acting twice in each, never
 *  runs dry. */
function startActionRound(G: GState, rng: Rng): void {
  for (const seat of SEATS) fillHand(G, seat, rng);
  G.actionQueue = actionOrder();
  G.step = { kind: 'action', actor: G.actionQueue[0] as SeatId };
}

/** After an action: the next actor, the next action round, or the Flashpoints. */
export function endAction(G: GState, rng: Rng): void {
  G.actionQueue.shift();
  if (G.actionQueue.length > 0) {
    G.step = { kind: 'action', actor: G.actionQueue[0] as SeatId };
  } else if (G.actionRound < G.actionRounds) {
    G.actionRound += 1;
    startActionRound(G, rng);
  } else if (!startFlashpoints(G)) {
    startHomeFront(G);
  }
}

/** Every crisis commitment is in: the dice, then the home front. */
export function afterCommits(G: GState, rng: Rng): void {
  resolveCrisis(G, rng);
  if (!G.result) startHomeFront(G);
}

/** Every home-front choice is in: apply them, score, then the next round or the end. */
export function afterHomeFront(G: GState, rng: Rng): void {
  resolveHomeFront(G, rng);
  if (G.result) return;
  G.phase = 'scoring';
  scoreRound(G);
  if (G.result) return;
  G.round += 1;
  startRound(G, rng);
}
