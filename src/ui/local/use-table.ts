// The table's store hook: React reads the local game's snapshot through useSyncExternalStore,
// so the game state lives in the controller, never in component state.
import { useSyncExternalStore } from 'react';
import type { LocalGame, TableSnapshot } from './local-game';

export function useTable(game: LocalGame): TableSnapshot {
  return useSyncExternalStore(game.subscribe, game.getSnapshot, game.getSnapshot);
}
