// A new online match as the lobby form describes it, the checks the form makes before it asks
// the server (which checks again), and how a listed match's seats read. Pure data.
import { DEFAULT_SCENARIO, RULES, SEATS, type SeatId } from '../../game';
import type { CreateRequest, MatchInfo } from './lobby-client';

export type BotLevel = 'easy' | 'normal' | 'hard';
export const BOT_LEVELS: readonly BotLevel[] = ['easy', 'normal', 'hard'];
export type SeatChoice = 'person' | BotLevel;

export const MIN_ANSWER_SECONDS = 10;
export const MAX_ANSWER_SECONDS = 600;
export const MAX_NAME_LENGTH = 24;

export interface MatchForm {
  scenario: string;
  numPlayers: number;
  /** who plays each of the first numPlayers seats, in seat order */
  seats: SeatChoice[];
  unlisted: boolean;
  answerSeconds: number;
}

export function defaultForm(scenario: string): MatchForm {
  return { scenario, numPlayers: 2, seats: ['person', 'normal', 'normal', 'normal', 'normal', 'normal'], unlisted: false, answerSeconds: 120 };
}

/** The seat a player id plays: seats are dealt in order, US 0, CN 1, JP 2, KR 3, AU 4, PH 5. */
export const seatOfPlayer = (playerID: string | number): SeatId | undefined => SEATS[Number(playerID)];

/** What is wrong with the form, or null. */
export function formProblem(form: MatchForm): string | null {
  if (!RULES.scenarios[form.scenario]) return `Unknown scenario “${form.scenario}”.`;
  if (!Number.isInteger(form.numPlayers) || form.numPlayers < 2 || form.numPlayers > 6) return 'A match has 2 to 6 seats.';
  const seats = form.seats.slice(0, form.numPlayers);
  if (!seats.includes('person')) return 'At least one seat must be open for a person.';
  if (!Number.isInteger(form.answerSeconds) || form.answerSeconds < MIN_ANSWER_SECONDS || form.answerSeconds > MAX_ANSWER_SECONDS) {
    return `The answer time limit is a whole number of seconds from ${MIN_ANSWER_SECONDS} to ${MAX_ANSWER_SECONDS}.`;
  }
  return null;
}

export function createRequest(form: MatchForm): CreateRequest {
  const bots: Partial<Record<string, BotLevel>> = {};
  form.seats.slice(0, form.numPlayers).forEach((choice, i) => {
    if (choice !== 'person') bots[String(i)] = choice;
  });
  return {
    numPlayers: form.numPlayers,
    setupData: { scenario: form.scenario, ...(Object.keys(bots).length ? { bots } : {}), answerSeconds: form.answerSeconds },
    ...(form.unlisted ? { unlisted: true } : {}),
  };
}

/** The characters the server takes in a name: letters, digits, spaces, a little punctuation. */
const NAME_CHARS = /^[\p{L}\p{M}\p{N} .,'’\-_()!?&]+$/u;

/** What is wrong with a player name, or null (the same rule as the server's). */
export function nameProblem(raw: string): string | null {
  const name = raw.trim();
  if (!name) return 'Enter a name the others will see.';
  if (name.length > MAX_NAME_LENGTH) return `A name has at most ${MAX_NAME_LENGTH} characters.`;
  if (!NAME_CHARS.test(name)) return 'A name may hold letters, digits, spaces and . , \' - _ ( ) ! ? & only.';
  return null;
}

export interface SeatLine {
  playerID: string;
  seat: SeatId;
  /** the person's name, or the bot's label; undefined while the seat is free */
  name?: string;
  bot?: BotLevel;
  /** a bot seat the server has not taken yet (a moment after creation) */
  botPending: boolean;
  connected?: boolean;
}

/** Each seat of a listed match: who holds it, a bot, or free. */
export function seatLines(match: Pick<MatchInfo, 'players' | 'setupData'>): SeatLine[] {
  return match.players.map((p) => {
    const playerID = String(p.id);
    const bot = p.data?.bot ?? match.setupData?.bots?.[playerID];
    return {
      playerID,
      seat: seatOfPlayer(p.id) ?? 'US',
      ...(p.name ? { name: p.name } : {}),
      ...(bot ? { bot } : {}),
      botPending: !!bot && !p.name,
      // a person whose page has never connected is not there either (the server says nothing yet)
      ...(p.isConnected !== undefined ? { connected: p.isConnected } : p.name && !bot ? { connected: false } : {}),
    };
  });
}

/** Seats a person may join: free and not promised to a bot. */
export const freeSeats = (match: Pick<MatchInfo, 'players' | 'setupData'>): SeatLine[] => seatLines(match).filter((s) => !s.name && !s.bot);

/** A match made without a scenario (the Lobby API allows it) plays the default one. */
export const scenarioName = (id: string | undefined): string => RULES.scenarios[id ?? DEFAULT_SCENARIO]?.name ?? id ?? 'Unknown scenario';

export const botLabel = (level: BotLevel): string => `Bot · ${level[0]?.toUpperCase()}${level.slice(1)}`;
