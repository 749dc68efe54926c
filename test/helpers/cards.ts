// Helpers for the one-file-per-card tests (test/cards/<ID>.test.ts): a known opening position,
// a flat snapshot of every public number so a test can assert exactly what a card changed, and
// short ways to play a card, propose an alliance, answer it and run the Headlines.
import { expect, it } from 'vitest';
import {
  ACTOR_TRACKS, POLITICS_DECKS, RULES, SEATS, THEATRES, fullLog, legalActionsFor, liveDeck,
  type ActorId, type ActorState, type GState, type LogEntry, type OpKind, type SeatId, type SeededRng,
  type Administration, type PoliticsDeck, type Sweetener, type TheatreId,
} from '../../src/game';
import { eligibleSeats, resolveCrisis } from '../../src/game/crisis';
import { startRound } from '../../src/game/flow';
import { sideOf } from '../../src/game/seats';
import type { Agenda, AllianceCard, NationalCard, PoliticsCard, RegionalCard, StrategyCard } from '../../src/game/schema';
import { A, actionFor, giveCards, play, startedGame } from './builders';

export type Game = { G: GState; rng: SeededRng };

function must<T>(x: T | undefined, what: string): T {
  if (x === undefined) throw new Error(`no ${what} in the rules data`);
  return x;
}
export const strategyCard = (id: string): StrategyCard => must(RULES.strategy[id], `strategy card ${id}`);
export const nationalCard = (id: string): NationalCard => must(RULES.national[id], `national card ${id}`);
export const allianceCard = (id: string): AllianceCard => must(RULES.alliances[id], `alliance card ${id}`);
export const politicsCard = (id: string): PoliticsCard => must(RULES.politics[id], `politics card ${id}`);
export const regionalCard = (id: string): RegionalCard => must(RULES.regional[id], `regional card ${id}`);
export const agendaCard = (id: string): Agenda => must(RULES.agendas[id], `agenda ${id}`);

/** The opening position every card test starts from, fixed here (it was spring-2024's when
 *  these tests were written) so a change to the scenario's numbers does not move them. */
export const OPENING = {
  tracks: { order: 0, election: 0, reliability: 6, ukraine: 2, troops: 28_500, taiwanDefence: 25 },
  tension: { KOR: 4, ECS: 3, TWN: 5, SCS: 5, WPAC: 1, SEA: 2, OCE: 1 },
  //       defence opinion economy chinaTrade credibility, forces
  actors: {
    US: [34, 5, 7, 4, 6, { KOR: 3, ECS: 2, WPAC: 3, SCS: 1, OCE: 1, TWN: 1 }],
    CN: [17, 7, 7, 0, 6, { TWN: 4, SCS: 3, ECS: 2, KOR: 1, SEA: 1 }],
    JP: [16, 6, 6, 6, 7, { ECS: 3, WPAC: 1 }],
    KR: [28, 6, 6, 6, 6, { KOR: 4 }],
    AU: [20, 6, 7, 5, 7, { OCE: 2, SCS: 1 }],
    PH: [13, 6, 5, 4, 6, { SCS: 1, SEA: 1 }],
    TW: [25, 6, 6, 5, 5, { TWN: 2 }],
    TH: [12, 5, 5, 6, 5, { SEA: 1 }],
  } as Record<string, [number, number, number, number, number, Partial<Record<TheatreId, number>>]>,
  /** alliances not listed are at level 0 */
  alliances: { 'T-JP': 3, 'T-KR': 3, 'T-AU': 3, 'T-PH': 3, 'T-TH': 3, 'P-TW': 1, 'A-AUKUS': 1 } as Record<string, number>,
} as const;

/**
 * A started six-player game (every seat held by a player, so nothing moves by itself), US to
 * act, with the public position set to OPENING: the round-1 Headlines drew random cards, and
 * card tests want known numbers. Every government is aligned but Thailand's; no insurance, no
 * flags, no national-interest points; the administration undecided.
 */
export function openingGame(seed = 'cards'): Game {
  const { G, rng } = startedGame({ seed });
  G.tracks = { ...OPENING.tracks };
  G.tension = { ...OPENING.tension };
  for (const [id, [defence, opinion, economy, chinaTrade, credibility, forces]] of Object.entries(OPENING.actors)) {
    const st = actor(G, id as ActorId);
    Object.assign(st, { defence, opinion, economy, chinaTrade, credibility, insurance: 0, nip: 0, aligned: id !== 'TH', forces: { ...forces }, flags: [] });
  }
  for (const id of Object.keys(G.alliances)) G.alliances[id] = { level: OPENING.alliances[id] ?? 0, suspended: 0 };
  G.administration = 'undecided';
  G.exercised = [];
  G.concessions = 0;
  G.nationalUsed = [];
  G.nationalSpent = [];
  return { G, rng };
}

export function actor(G: GState, id: ActorId): ActorState {
  return must(G.actors[id], `actor ${id}`);
}

export type Value = number | string | boolean;
export type Snapshot = Record<string, Value>;

/** Every public number of the position, flat: 'order', 'tension.TWN', 'JP.credibility',
 *  'TW.forces.TWN', 'AU.flags', 'JP.aligned', 'A-IAMD' (level), 'A-IAMD.suspended',
 *  'agenda.JP', 'administration', 'exercised', 'concessions'. */
export function snapshot(G: GState): Snapshot {
  const s: Snapshot = { administration: G.administration, exercised: [...G.exercised].sort().join(','), concessions: G.concessions };
  for (const [k, v] of Object.entries(G.tracks)) s[k] = v;
  for (const t of THEATRES) s[`tension.${t}`] = G.tension[t];
  for (const [id, st] of Object.entries(G.actors)) {
    if (!st) continue;
    for (const tr of ACTOR_TRACKS) s[`${id}.${tr}`] = st[tr];
    s[`${id}.aligned`] = st.aligned;
    s[`${id}.flags`] = [...st.flags].sort().join(',');
    for (const t of THEATRES) s[`${id}.forces.${t}`] = st.forces[t] ?? 0;
  }
  for (const [id, a] of Object.entries(G.alliances)) {
    s[id] = a.level;
    s[`${id}.suspended`] = a.suspended;
  }
  for (const seat of SEATS) s[`agenda.${seat}`] = G.agendas[seat] ?? '';
  return s;
}

/** What changed between a snapshot and the position now: key → [from, to]. */
export function changes(before: Snapshot, G: GState): Record<string, [Value, Value]> {
  const after = snapshot(G);
  const out: Record<string, [Value, Value]> = {};
  for (const k of new Set([...Object.keys(before), ...Object.keys(after)])) {
    if (before[k] !== after[k]) out[k] = [before[k] as Value, after[k] as Value];
  }
  return out;
}

/** Runs `fn` and returns exactly what it changed in the public position. */
export function changed(G: GState, fn: () => void): Record<string, [Value, Value]> {
  const before = snapshot(G);
  fn();
  return changes(before, G);
}

/** Plays a card for its event as `seat` (a strategy card is first put in the seat's hand;
 *  a national card is played from the seat's own set). */
export function playEvent({ G, rng }: Game, seat: SeatId, id: string, target?: string): void {
  const national = !!RULES.national[id];
  if (!national) giveCards(G, seat, [id]);
  actionFor(G, seat);
  play(G, rng, seat, A.card(id), ...(national ? [] : [A.event()]), ...(target ? [A.target(target)] : []));
}

/** Plays a strategy card for an operation as `seat`. */
export function playOps({ G, rng }: Game, seat: SeatId, id: string, op: OpKind, target?: string): void {
  giveCards(G, seat, [id]);
  actionFor(G, seat);
  play(G, rng, seat, A.card(id), A.ops(), A.op(op), ...(target ? [A.target(target)] : []));
}

/** The modes a seat is offered for a strategy card in its hand (the step is put back). */
export function modesOffered({ G, rng }: Game, seat: SeatId, id: string): string[] {
  giveCards(G, seat, [id]);
  actionFor(G, seat);
  play(G, rng, seat, A.card(id));
  const modes = legalActionsFor(G, seat).filter((a) => a.move === 'chooseMode').map((a) => String(a.args[0]));
  play(G, rng, seat, A.back());
  return modes;
}

/** The national cards a seat is offered if it acts now. */
export function nationalOffered(G: GState, seat: SeatId): string[] {
  actionFor(G, seat);
  return legalActionsFor(G, seat)
    .filter((a) => a.move === 'playCard' && !!RULES.national[String(a.args[0])])
    .map((a) => String(a.args[0]));
}

/** Where a strategy card is now. */
export function whereIs(G: GState, id: string): string {
  if (G.decks.strategyDiscard.includes(id)) return 'discard';
  if (G.decks.removed.includes(id)) return 'removed';
  if (G.decks.strategy.includes(id)) return 'deck';
  const seat = SEATS.find((s) => G.hands[s].includes(id));
  return seat ? `hand.${seat}` : 'nowhere';
}

/** The log entries written since `from` (a G.logCount taken before). */
export const logSince = (G: GState, from: number): LogEntry[] => fullLog(G).filter((e) => e.seq >= from);

/** A strategy card of the proposer's own side with at least `minOps` (the smallest such, so its
 *  event never fires when played for operations). */
export function ownSideCard(seat: SeatId, minOps: number): string {
  const side = sideOf(seat);
  const card = Object.values(RULES.strategy)
    .filter((c) => c.side === side && c.ops >= minOps)
    .sort((a, b) => a.ops - b.ops || a.id.localeCompare(b.id))[0];
  return must(card, `${side} card with ${minOps}+ ops`).id;
}

/** The proposer plays a card of its own side (enough ops for the next level) for the alliance
 *  operation and proposes the alliance with a sweetener. Returns the card played. */
export function propose({ G, rng }: Game, proposer: SeatId, alliance: string, sweetener: Sweetener = 'none', card?: string): string {
  const level = G.alliances[alliance]?.level ?? 0;
  const id = card ?? ownSideCard(proposer, level + 1);
  giveCards(G, proposer, [id]);
  actionFor(G, proposer);
  play(G, rng, proposer, A.card(id), A.ops(), A.op('alliance'), A.target(alliance), A.sweetener(sweetener));
  return id;
}

/** Every member seat asked answers in turn (accept unless `answers` says no). Returns the seats
 *  asked, in order. */
export function answerAll({ G, rng }: Game, answers: Partial<Record<SeatId, boolean>> = {}): SeatId[] {
  const asked: SeatId[] = [];
  for (let guard = 0; guard < 10 && G.step.kind === 'consent'; guard++) {
    const seat = G.step.awaiting[0] as SeatId;
    const yes = answers[seat] ?? true;
    asked.push(seat);
    play(G, rng, seat, A.answer(yes, yes ? 'deters-china' : 'provokes-china'));
  }
  return asked;
}

/**
 * Runs the Headlines of the current round (and the start of its Actions) with chosen cards on
 * top: `politics` on top of its own deck (null: the live deck and its discard emptied, so no
 * politics card is drawn); `regional` the only card in the regional deck (null: none drawn).
 * The other regional cards go to the discard; those not yet due stay aside. Returns the log
 * entries written.
 */
export function runHeadlines({ G, rng }: Game, opts: { politics?: string | null; regional?: string | null } = {}): LogEntry[] {
  const from = G.logCount;
  if (opts.politics === null) {
    for (const d of Object.keys(G.decks.politics) as (keyof GState['decks']['politics'])[]) {
      G.decks.politics[d] = [];
      G.decks.politicsDiscard[d] = [];
    }
  } else if (opts.politics) {
    const id = opts.politics;
    const deck = politicsCard(id).deck;
    for (const d of Object.keys(G.decks.politics) as (keyof GState['decks']['politics'])[]) {
      G.decks.politics[d] = G.decks.politics[d].filter((c) => c !== id);
      G.decks.politicsDiscard[d] = G.decks.politicsDiscard[d].filter((c) => c !== id);
    }
    G.decks.politics[deck].push(id);
  }
  if (opts.regional !== undefined) {
    const all = [...G.decks.regional, ...G.decks.regionalDiscard, ...G.decks.regionalLater];
    const due = (c: string) => (RULES.regional[c]?.from ?? 1) <= G.round;
    G.decks.regionalLater = all.filter((c) => !due(c) && c !== opts.regional);
    G.decks.regionalDiscard = opts.regional === null ? [] : all.filter((c) => due(c) && c !== opts.regional);
    G.decks.regional = opts.regional === null ? [] : [opts.regional];
  }
  startRound(G, rng);
  return logSince(G, from);
}

/** Moves the game on to the next round's Actions (no politics or regional card drawn). */
export function nextRound(g: Game): void {
  g.G.round += 1;
  runHeadlines(g, { politics: null, regional: null });
}

/** How to make each politics deck the live one (3.2): the administration, and before the
 *  election the election track (above 0: hobo). */
export const LIVE_WHEN: Record<PoliticsDeck, { administration: Administration; election: number }> = {
  moshi: { administration: 'undecided', election: 0 },
  hobo: { administration: 'undecided', election: 1 },
  mo: { administration: 'americaFirst', election: 0 },
  continuity: { administration: 'continuity', election: 0 },
};

export function makeLive(G: GState, deck: PoliticsDeck): void {
  G.administration = LIVE_WHEN[deck].administration;
  G.tracks.election = LIVE_WHEN[deck].election;
}

/** Runs the Headlines with politics card `id` on top of its own deck and no regional card;
 *  returns the politics card drawn (from whichever deck is live). */
export function headlineDrawn(g: Game, id: string): string | undefined {
  const entries = runHeadlines(g, { politics: id, regional: null });
  const h = entries.find((e) => e.type === 'headline');
  return h && h.type === 'headline' ? h.card : undefined;
}

/** Runs the Headlines with regional card `id` the only one in the deck and no politics card;
 *  returns the regional card drawn. */
export function regionalDrawn(g: Game, id: string): string | undefined {
  const entries = runHeadlines(g, { politics: null, regional: id });
  const r = entries.find((e) => e.type === 'regional');
  return r && r.type === 'regional' ? r.card : undefined;
}

/** Runs the Headlines of `round` with exactly these regional piles and no politics card;
 *  returns the regional card drawn. */
export function headlinesWithRegional(g: Game, round: number, piles: { deck?: string[]; later?: string[]; discard?: string[] }): string | undefined {
  g.G.round = round;
  g.G.decks.regional = [...(piles.deck ?? [])];
  g.G.decks.regionalLater = [...(piles.later ?? [])];
  g.G.decks.regionalDiscard = [...(piles.discard ?? [])];
  const entries = runHeadlines(g, { politics: null });
  const r = entries.find((e) => e.type === 'regional');
  return r && r.type === 'regional' ? r.card : undefined;
}

/** A crisis in `theatre` resolved at once with these commitments (5.4–5.7). */
export function crisisIn({ G, rng }: Game, theatre: TheatreId, commits: Partial<Record<SeatId, number>>): void {
  G.phase = 'flashpoints';
  G.crisis = { theatre, eligible: eligibleSeats(G, theatre), commits: { ...commits } };
  resolveCrisis(G, rng);
}

/**
 * The two rulings every US-politics card shares: it belongs to its deck and is drawn and
 * resolved at Headlines (with `diff` as its effect) when that deck is live, and never while
 * another deck is. Registers the tests inside the caller's describe block.
 */
export function politicsDeckRulings(card: PoliticsCard, deck: PoliticsDeck, deckName: string, liveWhen: string, diff: Record<string, [Value, Value]>): void {
  it(`${card.id} belongs to the ${deckName} deck, live ${liveWhen}: drawn and resolved at Headlines when that deck is live`, () => {
    expect(card.deck).toBe(deck);
    const g = openingGame();
    makeLive(g.G, deck);
    expect(liveDeck(g.G)).toBe(deck);
    let drawn: string | undefined;
    const changes = changed(g.G, () => { drawn = headlineDrawn(g, card.id); });
    expect(drawn).toBe(card.id);
    expect(changes).toEqual(diff);
    expect(g.G.decks.politicsDiscard[deck]).toContain(card.id);
  });

  it(`${card.id} is never drawn while another politics deck is live`, () => {
    for (const other of POLITICS_DECKS.filter((d) => d !== deck)) {
      const g = openingGame();
      makeLive(g.G, other);
      expect(liveDeck(g.G)).toBe(other);
      expect(headlineDrawn(g, card.id)).not.toBe(card.id);
      expect(g.G.decks.politics[deck].at(-1)).toBe(card.id);
    }
  });
}
