// Determinization: from what one seat sees (its PlayerView), a full game state in which
// everything that seat cannot see is dealt at random — other seats' hands, the order of every
// deck, other seats' agendas, secret crisis commitments and budget choices, a hidden fixed
// election. A searching bot plays its lookahead on such states, dealt afresh for each search,
// so it never plays on knowledge a person in that seat would not have.
import {
  POLITICS_DECKS, RULES, SEATS, type Action, type GState, type PlayerView, type PoliticsDeck, type Rng, type SeatId,
} from '../game';
import { autopilotChoice } from '../game/autopilot';
import { cloneJson } from '../game/json';
import { budgetChoices } from '../game/home-front';
import { maxCommit } from '../game/crisis';
import { scenarioById } from '../game/setup';
import { pick, shuffleInPlace } from '../game/random';

/** Everything in `all` that is not in any of `seen`, keeping the order of `all`. */
function unseen(all: readonly string[], ...seen: readonly (readonly string[])[]): string[] {
  const out = new Set(all);
  for (const zone of seen) for (const c of zone) out.delete(c);
  return [...out];
}

/** The seats whose cards and agenda the viewer holds: the deciding seat and any other it plays. */
const ownSeats = (view: PlayerView, seat: SeatId): SeatId[] => [...new Set([seat, ...view.viewer.seats])];

function dealHands(G: GState, view: PlayerView, seat: SeatId, rng: Rng): void {
  const scenario = scenarioById(view.scenario);
  const all = scenario.strategy ?? Object.keys(RULES.strategy);
  // The card a proposer put on the table is public while its members answer, and still in hand.
  const shown: Partial<Record<SeatId, string[]>> = {};
  const own = ownSeats(view, seat);
  if (view.step.kind === 'consent' && !own.includes(view.step.proposer) && RULES.strategy[view.step.card]) {
    shown[view.step.proposer] = [view.step.card];
  }
  const pool = unseen(all, ...own.map((s) => view.hands[s]), view.decks.strategyDiscard, view.decks.removed, ...Object.values(shown));
  shuffleInPlace(rng, pool);
  for (const other of SEATS) {
    if (own.includes(other)) continue;
    const known = shown[other] ?? [];
    G.hands[other] = [...known, ...pool.splice(0, view.counts.hands[other] - known.length)];
  }
  G.decks.strategy = pool;
}

function dealPolitics(G: GState, view: PlayerView, rng: Rng): void {
  for (const deck of POLITICS_DECKS) {
    const cards = unseen(Object.values(RULES.politics).filter((c) => c.deck === deck).map((c) => c.id), view.decks.politicsDiscard[deck]);
    shuffleInPlace(rng, cards);
    G.decks.politics[deck as PoliticsDeck] = cards.slice(0, view.counts.politics[deck]);
  }
}

function dealRegional(G: GState, view: PlayerView, rng: Rng): void {
  const all = scenarioById(view.scenario).regional ?? Object.keys(RULES.regional);
  const rest = unseen(all, view.decks.regionalDiscard);
  // Cards that join the deck in a later round are known by their printed round.
  G.decks.regionalLater = rest.filter((id) => (RULES.regional[id]?.from ?? 1) > view.round);
  const deck = rest.filter((id) => !G.decks.regionalLater.includes(id));
  shuffleInPlace(rng, deck);
  G.decks.regional = deck.slice(0, view.counts.regional);
}

/** Seats whose government has turned away from the network at some point (public in the log):
 *  they hold their hedging agenda, if there is one. */
function turnedAway(view: PlayerView): Set<SeatId> {
  const out = new Set<SeatId>();
  for (const page of [...view.history, view.log]) {
    for (const e of page) if (e.type === 'government' && !e.aligned) out.add(e.actor as SeatId);
  }
  for (const s of SEATS) if (view.actors[s] && !view.actors[s]?.aligned) out.add(s);
  return out;
}

function dealAgendas(G: GState, view: PlayerView, seat: SeatId, rng: Rng): void {
  const hedged = turnedAway(view);
  const own = ownSeats(view, seat);
  const dealt = new Set<string>(own.map((s) => view.agendas[s] ?? ''));
  for (const other of SEATS) {
    if (own.includes(other)) continue;
    const mine = Object.values(RULES.agendas).filter((a) => a.actor === other);
    const hedging = mine.filter((a) => a.kind === 'hedging');
    const options = hedged.has(other) && hedging.length ? hedging : mine.filter((a) => a.kind === 'standard' && !dealt.has(a.id));
    const agenda = options.length ? pick(rng, options).id : null;
    G.agendas[other] = agenda;
    if (agenda) dealt.add(agenda);
  }
  G.decks.agendaPool = Object.keys(RULES.agendas).filter((id) => !dealt.has(id));
}

/** A plausible secret choice: what the plain heuristic would pick, or now and then any legal one. */
function plausible(G: GState, seat: SeatId, legal: Action[], rng: Rng): Action {
  return rng.number() < 0.5 ? autopilotChoice(G, seat, legal) : pick(rng, legal);
}

/** Secret crisis commitments and budget choices already made by other seats. */
function dealSecretChoices(G: GState, view: PlayerView, seat: SeatId, rng: Rng): void {
  const step = G.step;
  if (step.kind === 'commit' && G.crisis) {
    const commits: Partial<Record<SeatId, number>> = {};
    for (const s of G.crisis.eligible) {
      if (step.awaiting.includes(s)) continue;
      if (ownSeats(view, seat).includes(s)) commits[s] = view.crisis?.commits[s] ?? 0;
      else {
        const legal = Array.from({ length: maxCommit(G, s) + 1 }, (_, n): Action => ({ move: 'commit', args: [n] }));
        commits[s] = plausible(G, s, legal, rng).args[0] as number;
      }
    }
    G.crisis.commits = commits;
  }
  if (step.kind === 'homeFront') {
    const choices: GState['homeChoices'] = {};
    for (const s of SEATS) {
      if (step.awaiting.includes(s)) continue;
      if (ownSeats(view, seat).includes(s)) { choices[s] = view.homeChoices[s] ?? 'hold'; continue; }
      const legal = budgetChoices(G, s).map((c): Action => ({ move: 'budget', args: [c] }));
      choices[s] = plausible(G, s, legal, rng).args[0] as GState['homeChoices'][SeatId];
    }
    G.homeChoices = choices;
  }
}

/** A hidden fixed result is dealt as the open election would be drawn from the track: the seat
 *  cannot tell a hidden fixed election from an open one. */
function dealElection(G: GState, view: PlayerView, rng: Rng): void {
  if (!view.hiddenElection || view.administration !== 'undecided') return;
  const chance = (view.tracks.election + 6) / 12;
  G.fixedElection = rng.number() < chance ? 'americaFirst' : 'continuity';
}

/**
 * A full game state consistent with everything `seat` sees in `view`, with the rest dealt at
 * random from `rng`. It reads nothing but the view and the public rules data.
 */
export function determinize(view: PlayerView, seat: SeatId, rng: Rng): GState {
  const { history, log, counts: _counts, viewer: _viewer, ...rest } = view;
  const G: GState = { ...cloneJson(rest), log: log.slice(), history };
  dealHands(G, view, seat, rng);
  dealPolitics(G, view, rng);
  dealRegional(G, view, rng);
  dealAgendas(G, view, seat, rng);
  dealSecretChoices(G, view, seat, rng);
  dealElection(G, view, rng);
  return G;
}
