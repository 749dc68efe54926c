// The browser client: a start page, the rulebook, the sources, the game table, and online play
// (the lobby and the matches). Pages follow the address's hash (#/rules, #/sources, #/play,
// #/online) so the browser's Back button works.
import { Suspense, lazy, useCallback, useEffect, useRef, useState } from 'react';
import { StartPage } from './pages/StartPage';
import type { LocalGame, SavedGame } from './local/local-game';
import type { GameSetup } from './local/setup';
import { loadSaved, storeSaved } from './local/storage';
import { navigate, pageFromHash, type Page } from './nav';
import { loadTableCode, warmUpTable } from './warm-up';

// The start page loads first; the table (boardgame.io, the bots, the map) and the reading pages
// (the rulebook, marked) load when they are opened. The table is loaded with its game rather
// than through lazy(): a lazy component suspends on its first render even when its code is in,
// and React holds a revealed Suspense boundary back for up to 300 ms.
type TableComponent = typeof import('./components/Table').Table;
const RulesPage = lazy(() => import('./pages/RulesPage').then((m) => ({ default: m.RulesPage })));
const SourcesPage = lazy(() => import('./pages/SourcesPage').then((m) => ({ default: m.SourcesPage })));
const LobbyPage = lazy(() => import('./pages/LobbyPage').then((m) => ({ default: m.LobbyPage })));
const OnlineRoute = lazy(() => import('./online/OnlineRoute').then((m) => ({ default: m.OnlineRoute })));

const Loading = () => <p className="page-loading" role="status">Loading…</p>;

declare global {
  interface Window {
    /** development builds only: the running local game, for tests that check what must stay hidden */
    __hubGame?: LocalGame;
  }
}

export function App() {
  const [route, setRoute] = useState(() => pageFromHash(window.location.hash));
  const [game, setGame] = useState<LocalGame | null>(null);
  const [Table, setTable] = useState<TableComponent | null>(null);
  const [saved, setSaved] = useState<SavedGame | null>(() => loadSaved());
  const [problem, setProblem] = useState<string | null>(null);

  useEffect(() => {
    const onHash = () => setRoute(pageFromHash(window.location.hash));
    window.addEventListener('hashchange', onHash);
    return () => window.removeEventListener('hashchange', onHash);
  }, []);

  // The table's code and the map's data load while the start page is read.
  useEffect(() => warmUpTable(), []);

  // One game at a time; a new one replaces (and stops) the old.
  useEffect(() => {
    if (import.meta.env.DEV) window.__hubGame = game ?? undefined;
    return () => game?.destroy();
  }, [game]);

  // Keep the game in progress as it goes (and once more when the page goes away).
  useEffect(() => {
    if (!game) return;
    const flush = () => storeSaved(game.getSnapshot().over ? null : game.saved());
    window.addEventListener('pagehide', flush);
    return () => window.removeEventListener('pagehide', flush);
  }, [game]);

  const start = useCallback(async (setup: GameSetup, paceMs?: number, restore?: SavedGame) => {
    setProblem(null);
    loadTableCode();
    const [{ LocalGame }, table] = await Promise.all([import('./local/local-game'), import('./components/Table')]);
    setTable(() => table.Table);
    try {
      const next = new LocalGame(setup, {
        ...(paceMs === undefined ? {} : { paceMs }),
        ...(restore ? { restore } : {}),
        onSave: (s) => { storeSaved(s); setSaved(s); },
      });
      setGame(next);
      navigate('play');
    } catch (e) {
      // A saved game from an older set of rules may not replay.
      storeSaved(null);
      setSaved(null);
      setProblem(`The saved game could not be resumed: ${(e as Error).message}.`);
      navigate('start');
    }
  }, []);

  // #/play with a game kept from before (a reload, Back then Forward) resumes it at once: the
  // save holds every move, a half-finished one too. Once per page: strict mode runs effects twice.
  const resuming = useRef(false);
  const resumeAtOnce = route.page === 'play' && !game && !!saved;
  useEffect(() => {
    if (!resumeAtOnce || !saved || resuming.current) return;
    resuming.current = true;
    void start(saved.setup, saved.paceMs, saved).finally(() => { resuming.current = false; });
  }, [resumeAtOnce, saved, start]);

  const leave = useCallback(() => {
    storeSaved(null);
    setSaved(null);
    setGame(null);
    navigate('start');
  }, []);

  useEffect(() => {
    const titles: Record<Page, string> = {
      start: 'Hub & Spokes — a wargame of the Indo-Pacific',
      rules: 'How to play — Hub & Spokes',
      sources: 'Sources — Hub & Spokes',
      play: 'The table — Hub & Spokes',
      online: 'Play online — Hub & Spokes',
    };
    document.title = titles[route.page];
  }, [route.page]);

  let page;
  if (route.page === 'rules') page = <RulesPage {...(route.anchor ? { anchor: route.anchor } : {})} hasGame={!!game} />;
  else if (route.page === 'sources') page = <SourcesPage {...(route.anchor ? { anchor: route.anchor } : {})} hasGame={!!game} />;
  else if (route.page === 'play' && game && Table) page = <Table game={game} onLeave={leave} />;
  else if (route.page === 'online') page = route.anchor ? <OnlineRoute matchID={route.anchor} watch={!!route.watch} /> : <LobbyPage />;
  else if (resumeAtOnce) page = <Loading />;
  else {
    return (
      <StartPage
        onStart={(setup, pace) => void start(setup, pace)}
        hasGame={!!game}
        saved={game ? null : saved}
        onResume={(s) => void start(s.setup, s.paceMs, s)}
        problem={problem}
      />
    );
  }
  return <Suspense fallback={<Loading />}>{page}</Suspense>;
}
