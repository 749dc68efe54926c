// The game in progress, kept in the browser's localStorage so that a reload or a closed tab does
// not lose it. Only the setup and the moves are kept: the game is replayed from them.
import { RULES, SEATS } from '../../game';
import type { SavedGame } from './local-game';

const KEY = 'hub-and-spokes/saved-game';

function storage(): Storage | null {
  try {
    return typeof window !== 'undefined' ? window.localStorage : null;
  } catch {
    return null; // storage disabled (private mode, a sandboxed frame)
  }
}

export function loadSaved(): SavedGame | null {
  const raw = storage()?.getItem(KEY);
  if (!raw) return null;
  try {
    const saved = JSON.parse(raw) as SavedGame;
    const ok = saved.version === 1 && Array.isArray(saved.moves) && !!RULES.scenarios[saved.setup?.scenario]
      && SEATS.every((s) => typeof saved.setup.seats[s] === 'string');
    return ok ? saved : null;
  } catch {
    return null;
  }
}

export function storeSaved(saved: SavedGame | null): void {
  const s = storage();
  if (!s) return;
  try {
    if (saved) s.setItem(KEY, JSON.stringify(saved));
    else s.removeItem(KEY);
  } catch {
    // full or refused: the game goes on, unsaved
  }
}

/** "Solo as Japan, round 3" / "Hotseat for 3, round 1". */
export function describeSaved(saved: SavedGame): string {
  const humans = SEATS.filter((s) => saved.setup.seats[s] === 'human');
  const who = saved.setup.mode === 'solo' ? `Solo as ${RULES.actors[humans[0] ?? 'US']?.name}` : `Hotseat for ${humans.length}`;
  return `${who}, round ${saved.round}`;
}
