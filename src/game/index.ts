// The public face of the rules engine: the Game, its state types and the pure functions the
// UI, bots, server and tests use.
export { HubAndSpokes } from './game';
export type { GState, ActorState, Step, LogEntry, LogBody, Result, Controller, PlayerID } from './state';
export type { PlayerView, PagedView, HiddenCounts } from './view';
export type { Action, MoveName } from './actions';
export { MOVES, legalActions, legalActionsFor, applyAction, isLegal } from './actions';
export { playerView, pagedPlayerView, logPage } from './view';
export { fullLog } from './log';
export { createInitialState, type SetupData } from './setup';
export { deterrence, deterrenceBreakdown, networkWithoutAmerica, pressure, alliesPowerRatio } from './deterrence';
export { awaitedActors, awaitedPlayers, actingSeat, seatsOf, forceCap, totalForces } from './seats';
// Thresholds the table shows next to the tracks they govern.
export { CRISIS_LINE } from './crisis';
export { HEDGING_LINE } from './bounds';
export { TROOPS_PER_UNIT } from './effects';
export { BUDGET_STEP } from './home-front';
export { agendaHolds, finalScore, DOMINANCE_MARGIN } from './scoring';
export { liveDeck, dateOf } from './flow';
export { SeededRng, type Rng } from './random';
export { RULES, RULE_SOURCES, DEFAULT_SCENARIO } from './rules';
export { validateRules, RulesError, RULE_FILES, type Rules } from './rules-data';
export * from './ids';
