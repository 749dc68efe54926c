// The game state G: plain JSON only (boardgame.io serialises it and sends it, filtered by
// playerView, to every client). Ids, not objects; arrays of ids for every card zone.
import type {
  ActorId, Administration, AnswerReason, BudgetChoice, Flag, OpKind, PoliticsDeck, SeatId,
  Sweetener, TheatreId,
} from './ids';

export type PlayerID = string;

/** Who plays a seat: a person or bot client behind a boardgame.io player id, or the engine's
 *  own autopilot (a seat no player holds, e.g. the four allies of a two-player game). */
export type Controller = { player: PlayerID } | { autopilot: true };

export interface ActorState {
  defence: number;
  opinion: number;
  economy: number;
  chinaTrade: number;
  credibility: number;
  insurance: number;
  nip: number;
  aligned: boolean;
  forces: Partial<Record<TheatreId, number>>;
  flags: Flag[];
}

export type Phase = 'start' | 'headlines' | 'actions' | 'flashpoints' | 'homeFront' | 'scoring' | 'over';

/** The decision the game waits for. A choice with several parts is built up here step by
 *  step (card → mode → op → target), so each step offers only a short list of moves. */
export type Step =
  | { kind: 'start' }
  | {
      kind: 'action';
      actor: SeatId;
      card?: string;
      mode?: 'event' | 'ops';
      op?: OpKind;
      /** alliance being proposed, when op is 'alliance' */
      alliance?: string;
    }
  | {
      kind: 'consent';
      proposer: SeatId;
      alliance: string;
      sweetener: Sweetener;
      card: string;
      awaiting: SeatId[];
      answers: { actor: ActorId; accept: boolean; reason: AnswerReason | 'printed-condition' }[];
    }
  | { kind: 'commit'; theatre: TheatreId; awaiting: SeatId[] }
  | { kind: 'homeFront'; awaiting: SeatId[] }
  | { kind: 'over' };

export interface Crisis {
  theatre: TheatreId;
  eligible: SeatId[];
  /** secret until every eligible seat has committed */
  commits: Partial<Record<SeatId, number>>;
}

export interface Decks {
  strategy: string[];
  strategyDiscard: string[];
  removed: string[];
  politics: Record<PoliticsDeck, string[]>;
  politicsDiscard: Record<PoliticsDeck, string[]>;
  regional: string[];
  regionalDiscard: string[];
  /** regional cards that enter the deck in a later round */
  regionalLater: string[];
  /** agendas not dealt, and those swapped out */
  agendaPool: string[];
}

export interface Result {
  side: 'network' | 'china';
  reason: 'order-network' | 'order-china' | 'taiwan-unanswered' | 'final-order';
  /** seats that share the win, best first */
  winners: SeatId[];
  /** allies that hedged into China's orbit (only when China wins) */
  accommodated: SeatId[];
  /** every seat, best first */
  ranking: SeatId[];
}

export interface GlobalTracks {
  order: number;
  election: number;
  reliability: number;
  ukraine: number;
  troops: number;
  taiwanDefence: number;
}

export interface GState {
  scenario: string;
  numPlayers: number;
  control: Record<SeatId, Controller>;
  round: number;
  lastRound: number;
  actionRound: number;
  actionRounds: number;
  electionRound: number;
  handSize: number;
  phase: Phase;
  step: Step;
  /** actors still to act in this action round, in order */
  actionQueue: SeatId[];
  tracks: GlobalTracks;
  administration: Administration;
  /** the scenario's fixed election result; hidden from players when `hiddenElection` */
  fixedElection: null | 'americaFirst' | 'continuity';
  hiddenElection: boolean;
  tension: Record<TheatreId, number>;
  actors: Partial<Record<ActorId, ActorState>>;
  alliances: Record<string, { level: number; suspended: number }>;
  exercised: TheatreId[];
  decks: Decks;
  hands: Record<SeatId, string[]>;
  agendas: Record<SeatId, string | null>;
  /** national cards used this round, and once-per-game cards used at all */
  nationalUsed: string[];
  nationalSpent: string[];
  crisis: Crisis | null;
  homeChoices: Partial<Record<SeatId, BudgetChoice>>;
  /** trade concessions the US received this round (America-First scoring) */
  concessions: number;
  /** this round's story; earlier rounds are pages in `history` (a move then copies one short
   *  page, not the whole game's log) */
  log: LogEntry[];
  history: LogEntry[][];
  /** entries written so far, for each entry's sequence number */
  logCount: number;
  result: Result | null;
}

// ---------- the log: structured entries, filtered per seat like the state ----------
export type LogEntry = { round: number; phase: Phase; seq: number } & LogBody;

export type LogBody =
  | { type: 'begin'; scenario: string }
  | { type: 'round'; date: string }
  | { type: 'headline'; deck: PoliticsDeck; card: string }
  | { type: 'regional'; card: string }
  | { type: 'ukraineSignal'; theatre: TheatreId }
  | { type: 'pass'; actor: SeatId }
  | { type: 'play'; actor: SeatId; card: string; mode: 'event' | 'ops' | 'national'; op?: OpKind; target?: string }
  | { type: 'opponentEvent'; actor: SeatId; card: string; side: 'network' | 'china' }
  | { type: 'effect'; what: string; actor?: ActorId; theatre?: TheatreId; alliance?: string; from: number; to: number; source?: string }
  | { type: 'proposal'; proposer: SeatId; alliance: string; sweetener: Sweetener }
  | { type: 'answer'; actor: ActorId; alliance: string; accept: boolean; reason: AnswerReason | 'printed-condition' }
  | { type: 'allianceResult'; alliance: string; accepted: boolean; level: number }
  | { type: 'crisis'; theatre: TheatreId; pressure: number; deterrence: number; eligible: SeatId[] }
  | { type: 'crisisResult'; theatre: TheatreId; commits: Partial<Record<SeatId, number>>; networkRoll: number; chinaRoll: number; network: number; china: number; winner: 'network' | 'china' }
  | { type: 'treatyCall'; actor: SeatId; theatre: TheatreId; answered: boolean }
  | { type: 'budget'; actor: SeatId; choice: BudgetChoice }
  | { type: 'government'; actor: ActorId; aligned: boolean; cause: string }
  | { type: 'election'; winner: 'americaFirst' | 'continuity'; track: number; fixed: boolean }
  | { type: 'score'; order: number; delta: number }
  | { type: 'hand'; actor: SeatId; drew: string[] }
  | { type: 'agendaDealt'; actor: SeatId; agenda: string }
  | { type: 'end'; result: Result };
