// Self-play on the pure rules path: the same applyAction the boardgame.io moves call, with
// the same seeded generator, without the framework around it. Used by the simulator, the
// property tests and the benchmarks.
import {
  SeededRng, applyAction, awaitedActors, awaitedPlayers, createInitialState, legalActionsFor,
  playerView, seatsOf, type Action, type GState, type SeatId,
} from '../game';
import type { Bot } from '../bots';

export interface PlayOptions {
  seed: string;
  players?: number;
  scenario?: string;
  /** one bot for every seat, or a bot per seat */
  bot: Bot | Partial<Record<SeatId, Bot>>;
  /** the bots' own generator (kept apart from the game's) */
  botSeed?: string;
  /** called once the first move has shuffled and dealt: a variant of the setup, such as a
   *  card taken out of the game for an ablation */
  afterBegin?: (G: GState) => void;
  /** called after every applied action */
  onAction?: (G: GState, player: string, action: Action) => void;
  maxActions?: number;
}

export interface Decision { player: string; seat: SeatId; action: Action }

/** The next decision of a bot game: the first awaited player, as its first awaited seat. */
export function nextDecision(G: GState, botFor: (seat: SeatId) => Bot, rng: SeededRng): Decision | undefined {
  const player = awaitedPlayers(G)[0];
  if (player === undefined) return undefined;
  const seat = awaitedActors(G).find((s) => seatsOf(G, player).includes(s)) as SeatId;
  const legal = legalActionsFor(G, seat);
  const action = botFor(seat).choose(playerView(G, player), seat, legal, rng);
  return { player, seat, action };
}

export function playGame(opts: PlayOptions): { G: GState; actions: Decision[] } {
  const G = createInitialState(opts.players ?? 6, opts.scenario ? { scenario: opts.scenario } : {});
  const rng = new SeededRng(opts.seed);
  const botRng = new SeededRng(opts.botSeed ?? `${opts.seed}/bots`);
  const botFor = (seat: SeatId): Bot => {
    const b = opts.bot as Partial<Record<SeatId, Bot>>;
    return 'choose' in opts.bot ? (opts.bot as Bot) : (b[seat] as Bot);
  };
  const actions: Decision[] = [];
  const max = opts.maxActions ?? 20_000;
  while (!G.result) {
    const d = nextDecision(G, botFor, botRng);
    if (!d) throw new Error(`no player to move at ${G.step.kind} in round ${G.round}`);
    const beginning = G.step.kind === 'start';
    if (!applyAction(G, d.player, d.action, rng)) throw new Error(`illegal action chosen: ${JSON.stringify(d.action)}`);
    if (beginning) opts.afterBegin?.(G);
    actions.push(d);
    opts.onAction?.(G, d.player, d.action);
    if (actions.length > max) throw new Error(`game did not end within ${max} actions`);
  }
  return { G, actions };
}
