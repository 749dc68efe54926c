// The table needs, besides React: the local game (boardgame.io, the bots), the table's own code,
// the map's code (Pixi) and the map's data. Each is loaded by what first uses it — the game by
// the click, the table when it renders, the map when the table has rendered — which would fetch
// them one after another. They are asked for all at once instead: while the start page is read
// (in idle time), and again at once when a game starts (requests already made are shared).
// A failure here costs nothing: whoever uses a module loads it again.
import { preferredRenderer } from './map-address';

export function loadTableCode(): void {
  void import('../render/early').then((early) => early.loadMapAsset()).catch(() => {});
  void import('./local/local-game').catch(() => {});
  void import('./components/Table').catch(() => {});
  void import('../render').then((render) => render.preloadMap(preferredRenderer())).catch(() => {});
}

/** Loads the table's code while the start page is read; returns a cancel for the page's unmount.
 *  The software-GL probe starts at once: it runs in a worker, off the page's main thread. */
export function warmUpTable(): () => void {
  void import('../render/early').then((early) => early.probeSoftwareGl()).catch(() => {});
  if (typeof window.requestIdleCallback === 'function') {
    const id = window.requestIdleCallback(loadTableCode, { timeout: 2000 });
    return () => window.cancelIdleCallback(id);
  }
  const timer = window.setTimeout(loadTableCode, 200);
  return () => window.clearTimeout(timer);
}
