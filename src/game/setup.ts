// Setup lays out only public things: tracks, forces, alliances in play. boardgame.io sends the
// initial state to every client unfiltered, so nothing is shuffled or dealt here: the first
// move (`begin`, flow.ts) does that.
import { POLITICS_DECKS, SEATS, type ActorId, type PoliticsDeck, type SeatId, type TheatreId } from './ids';
import type { Scenario } from './schema';
import type { ActorState, Controller, GState } from './state';
import { RULES, DEFAULT_SCENARIO } from './rules';

export interface SetupData {
  scenario?: string;
  /** which player id holds each seat; seats left out are played by the engine's autopilot.
   *  Default: the first numPlayers seats in the order US, CN, JP, KR, AU, PH. */
  seats?: Partial<Record<SeatId, string>>;
}

export class SetupError extends Error {}

export function controlFor(numPlayers: number, seats?: SetupData['seats']): Record<SeatId, Controller> {
  if (!Number.isInteger(numPlayers) || numPlayers < 2 || numPlayers > 6) throw new SetupError(`2 to 6 players, not ${numPlayers}`);
  const assigned: Partial<Record<SeatId, string>> = seats ?? Object.fromEntries(SEATS.slice(0, numPlayers).map((s, i) => [s, String(i)]));
  const used = new Set<string>();
  for (const [seat, player] of Object.entries(assigned)) {
    if (!(SEATS as readonly string[]).includes(seat)) throw new SetupError(`unknown seat ${seat}`);
    if (!/^\d+$/.test(player) || Number(player) >= numPlayers) throw new SetupError(`seat ${seat}: player id ${player} is not one of 0..${numPlayers - 1}`);
    used.add(player);
  }
  if (used.size !== numPlayers) throw new SetupError(`every one of the ${numPlayers} players needs a seat`);
  return Object.fromEntries(SEATS.map((s) => [s, assigned[s] !== undefined ? { player: assigned[s] } : { autopilot: true }])) as Record<SeatId, Controller>;
}

export function scenarioById(id: string = DEFAULT_SCENARIO): Scenario {
  const scenario = RULES.scenarios[id];
  if (!scenario) throw new SetupError(`unknown scenario ${id}; known: ${Object.keys(RULES.scenarios).join(', ')}`);
  return scenario;
}

function startActor(id: ActorId): ActorState | undefined {
  const start = RULES.actors[id]?.start;
  if (!start) return undefined;
  return {
    defence: start.defence,
    opinion: start.opinion,
    economy: start.economy,
    chinaTrade: start.chinaTrade,
    credibility: start.credibility,
    insurance: 0,
    nip: 0,
    // Thailand is a treaty ally that stands apart from the new network [F25].
    aligned: id !== 'TH',
    forces: { ...start.forces } as Partial<Record<TheatreId, number>>,
    flags: [],
  };
}

export function createInitialState(numPlayers: number, data: SetupData = {}): GState {
  const scenario = scenarioById(data.scenario);
  const actors: GState['actors'] = {};
  for (const id of Object.keys(RULES.actors) as ActorId[]) {
    const st = startActor(id);
    if (st) actors[id] = st;
  }
  const emptyDecks = () => Object.fromEntries(POLITICS_DECKS.map((d) => [d, [] as string[]])) as Record<PoliticsDeck, string[]>;
  return {
    scenario: scenario.id,
    numPlayers,
    control: controlFor(numPlayers, data.seats),
    round: scenario.firstRound,
    lastRound: scenario.firstRound + scenario.rounds - 1,
    actionRound: 0,
    actionRounds: scenario.actionRounds,
    electionRound: scenario.electionRound,
    handSize: scenario.handSize,
    phase: 'start',
    step: { kind: 'start' },
    actionQueue: [],
    tracks: { ...scenario.tracks },
    administration: scenario.administration,
    // A hidden fixed result is read from the scenario at `begin`: the initial state reaches
    // every client unfiltered.
    fixedElection: scenario.election === 'open' || scenario.hiddenElection ? null : scenario.election,
    hiddenElection: scenario.hiddenElection,
    tension: Object.fromEntries(Object.values(RULES.theatres).map((t) => [t.id, t.tension])) as Record<TheatreId, number>,
    actors,
    alliances: Object.fromEntries(Object.values(RULES.alliances).map((a) => [a.id, { level: a.start, suspended: 0 }])),
    exercised: [],
    decks: {
      strategy: [], strategyDiscard: [], removed: [],
      politics: emptyDecks(), politicsDiscard: emptyDecks(),
      regional: [], regionalDiscard: [], regionalLater: [], agendaPool: [],
    },
    hands: Object.fromEntries(SEATS.map((s) => [s, []])) as unknown as Record<SeatId, string[]>,
    agendas: Object.fromEntries(SEATS.map((s) => [s, null])) as Record<SeatId, string | null>,
    nationalUsed: [],
    nationalSpent: [],
    crisis: null,
    homeChoices: {},
    concessions: 0,
    log: [],
    history: [],
    logCount: 0,
    result: null,
  };
}
