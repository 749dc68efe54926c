// A local game's settings: who plays each seat, the scenario and the seed. Pure data, shared by
// the start page and the local game.
import { DEFAULT_SCENARIO, RULES, SEATS, type SeatId } from '../../game';

export type BotLevel = 'easy' | 'normal' | 'hard';
export type SeatRole = 'human' | BotLevel;
export type Mode = 'solo' | 'hotseat';

export interface GameSetup {
  mode: Mode;
  seats: Record<SeatId, SeatRole>;
  scenario: string;
  seed: string;
}

export const BOT_LEVELS: { id: BotLevel; name: string; text: string }[] = [
  { id: 'easy', name: 'Easy', text: 'a simple rule of thumb: its own side’s events first, forces where the balance is closest' },
  { id: 'normal', name: 'Normal', text: 'looks one whole action ahead on the table as its seat sees it, and pursues its secret agenda' },
  { id: 'hard', name: 'Hard', text: 'tries its best lines against many guesses at the hidden cards (thinks up to a second a move)' },
];
export const DEFAULT_BOT_LEVEL: BotLevel = 'normal';

/** Every seat's player id: its place in the seat order (US 0, CN 1, JP 2, KR 3, AU 4, PH 5). */
export const playerOf = (seat: SeatId): string => String(SEATS.indexOf(seat));
export const seatOfPlayer = (player: string): SeatId | undefined => SEATS[Number(player)];

export function soloSetup(seat: SeatId, bot: BotLevel, scenario = DEFAULT_SCENARIO, seed = freshSeed()): GameSetup {
  return {
    mode: 'solo',
    seats: Object.fromEntries(SEATS.map((s) => [s, s === seat ? 'human' : bot])) as Record<SeatId, SeatRole>,
    scenario,
    seed,
  };
}

export function hotseatSetup(humans: readonly SeatId[], bot: BotLevel, scenario = DEFAULT_SCENARIO, seed = freshSeed()): GameSetup {
  return {
    mode: 'hotseat',
    seats: Object.fromEntries(SEATS.map((s) => [s, humans.includes(s) ? 'human' : bot])) as Record<SeatId, SeatRole>,
    scenario,
    seed,
  };
}

export const humanSeats = (setup: GameSetup): SeatId[] => SEATS.filter((s) => setup.seats[s] === 'human');

/** What is wrong with a setup, or null. */
export function setupProblem(setup: GameSetup): string | null {
  const humans = humanSeats(setup);
  if (!RULES.scenarios[setup.scenario]) return `Unknown scenario ${setup.scenario}.`;
  if (setup.mode === 'solo' && humans.length !== 1) return 'A solo game needs exactly one seat for you.';
  if (setup.mode === 'hotseat' && (humans.length < 2 || humans.length > 6)) return 'A hotseat game needs 2 to 6 people, each at a seat.';
  if (!setup.seed.trim()) return 'The seed may not be empty.';
  return null;
}

/** A seed for a new game: random, readable, and shown so a game can be replayed. */
export function freshSeed(): string {
  const bytes = new Uint32Array(2);
  globalThis.crypto.getRandomValues(bytes);
  return `${(bytes[0] ?? 0).toString(36)}-${(bytes[1] ?? 0).toString(36)}`.slice(0, 12);
}

/** How long a bot's visible move stays before the next, to follow the game by. */
export const PACES: { ms: number; name: string }[] = [
  { ms: 1400, name: 'Slow (1.4 s a move)' },
  { ms: 700, name: 'Normal (0.7 s a move)' },
  { ms: 250, name: 'Fast (0.25 s a move)' },
  { ms: 0, name: 'Instant' },
];
