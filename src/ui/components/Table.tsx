// The game table: the seat at the screen, the region's tracks, the prompt bar with the legal
// actions, the map with its accessible lists, the hand and the log. All game state comes from the
// local game's snapshot; this component keeps only what the screen shows (tabs, highlights, the
// "without America" toggle).
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { Action, ActorId, TheatreId } from '../../game';
import type { MapScene } from '../../render';
import type { LocalGame } from '../local/local-game';
import { useTable } from '../local/use-table';
import { buildMapViewModel } from '../selectors/map';
import { isActorId, isTheatreId } from '../selectors/names';
import { trackSummary } from '../selectors/table';
import { navigate } from '../nav';
import { PACES } from '../local/setup';
import { ActorChip } from './bits';
import { PromptBar } from './PromptBar';
import { SeatPanel } from './SeatPanel';
import { TracksPanel } from './TracksPanel';
import { Hand } from './Hand';
import { TheatreDetail, TheatreList } from './TheatreList';
import { ActorList } from './ActorList';
import { AllianceList } from './AllianceList';
import { LogPanel } from './LogPanel';
import { MapPanel } from './MapPanel';
import { Cover, EndScreen, ShortcutsDialog } from './Overlays';

type Tab = 'log' | 'actors' | 'alliances';
const TABS: { id: Tab; name: string }[] = [
  { id: 'log', name: 'Log' },
  { id: 'actors', name: 'Actors' },
  { id: 'alliances', name: 'Alliances' },
];

const PHASE_NAMES: Record<string, string> = {
  start: 'Setting up',
  headlines: 'Headlines',
  actions: 'Actions',
  flashpoints: 'Flashpoints',
  homeFront: 'Home front',
  scoring: 'Scoring',
  over: 'Game over',
};

const isTyping = (el: EventTarget | null) =>
  el instanceof HTMLElement && (el.tagName === 'INPUT' || el.tagName === 'SELECT' || el.tagName === 'TEXTAREA' || el.isContentEditable);

export function Table({ game, onLeave }: { game: LocalGame; onLeave: () => void }) {
  const snap = useTable(game);
  const { view, legal, acting, viewer, cover } = snap;
  const [withoutAmerica, setWithoutAmerica] = useState(false);
  const [hover, setHover] = useState<string[] | null>(null);
  // The theatre whose deterrence is explained: the one under the pointer or the focus, else the
  // one pinned by a click.
  const [inspected, setInspected] = useState<TheatreId | null>(null);
  const [pinned, setPinned] = useState<TheatreId | null>(null);
  const shownTheatre = inspected ?? pinned;
  const [tab, setTab] = useState<Tab>('log');
  const [showKeys, setShowKeys] = useState(false);
  const [endClosed, setEndClosed] = useState(false);
  const sceneRef = useRef<MapScene | null>(null);
  const tabRefs = useRef<Partial<Record<Tab, HTMLButtonElement | null>>>({});

  const act = useCallback((a: Action) => { game.act(a); }, [game]);
  const highlight = hover ?? snap.highlight;
  // The map redraws only when what it shows has changed (a card picked, a step taken, leaves the
  // map as it was): the model keeps its identity while its content stays the same.
  const freshModel = buildMapViewModel(view, legal, { withoutAmerica, highlight });
  const modelKey = JSON.stringify(freshModel);
  const model = useMemo(() => freshModel, [modelKey]);
  const tracks = trackSummary(view);

  const focusPlace = useCallback((id: string) => {
    sceneRef.current?.focus(id);
    if (isTheatreId(id)) setPinned(id);
  }, []);

  const targetFor = useCallback((id: string) => legal.find((a) => a.move === 'chooseTarget' && a.args[0] === id), [legal]);

  const onTheatreClick = useCallback((id: TheatreId) => {
    const a = targetFor(id);
    if (a) game.act(a);
    else setPinned((p) => (p === id ? null : id));
  }, [game, targetFor]);

  const onActorClick = useCallback((id: ActorId) => {
    const a = targetFor(id);
    if (a) game.act(a);
    else {
      setTab('actors');
      document.querySelector<HTMLButtonElement>(`.actor-list [data-actor="${id}"]`)?.focus();
    }
  }, [game, targetFor]);

  const onMapHover = useCallback((id: string | null) => {
    setHover(id ? [id] : null);
    setInspected(id && isTheatreId(id) ? id : null);
  }, []);

  // Keyboard: number keys for the numbered actions, Esc for Back, letters for the toggles.
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.defaultPrevented || e.ctrlKey || e.metaKey || e.altKey || isTyping(e.target)) return;
      if (snap.cover) {
        if (e.key === 'Enter') {
          e.preventDefault();
          game.reveal();
        }
        return;
      }
      if (showKeys) {
        if (e.key === 'Escape') setShowKeys(false);
        return;
      }
      if (snap.over && !endClosed) {
        if (e.key === 'Escape') setEndClosed(true);
        return;
      }
      const choices = legal.filter((a) => a.move !== 'back');
      if (/^[1-9]$/.test(e.key)) {
        const a = choices[Number(e.key) - 1];
        if (a) {
          e.preventDefault();
          game.act(a);
        }
        return;
      }
      switch (e.key) {
        case 'Escape': {
          const back = legal.find((a) => a.move === 'back');
          if (back) {
            e.preventDefault();
            game.act(back);
          }
          return;
        }
        case 'w': case 'W': setWithoutAmerica((w) => !w); return;
        case 'f': case 'F': game.setFaster(!snap.faster); return;
        case 'p': case 'P': game.setPaused(!snap.paused); return;
        case 'm': case 'M': sceneRef.current?.resetView(); return;
        case 'l': case 'L':
          setTab('log');
          requestAnimationFrame(() => document.querySelector<HTMLElement>('.log-list')?.focus());
          return;
        case '?': setShowKeys(true); return;
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [game, legal, snap.cover, snap.faster, snap.paused, snap.over, showKeys, endClosed]);

  const onTabKey = (e: React.KeyboardEvent, i: number) => {
    const dir = e.key === 'ArrowRight' ? 1 : e.key === 'ArrowLeft' ? -1 : 0;
    if (!dir) return;
    e.preventDefault();
    const next = TABS[(i + dir + TABS.length) % TABS.length] as (typeof TABS)[number];
    setTab(next.id);
    tabRefs.current[next.id]?.focus();
  };

  const covered = !!cover || showKeys || (snap.over && !endClosed);
  const youAre = viewer ? <><ActorChip id={viewer} /> {snap.setup.mode === 'hotseat' ? 'at the screen' : 'you'}</> : <span className="muted">table view</span>;

  return (
    <div className="table-app">
      <div className="table-shell" inert={covered}>
        <header className="topbar">
          <div className="brand">
            <a href="#/" onClick={(e) => { e.preventDefault(); navigate('start'); }} aria-label="Hub & Spokes — start page">Hub &amp; Spokes</a>
          </div>
          <p className="when" aria-label="Game clock">
            <strong>Round {tracks.round}/{tracks.lastRound}</strong> · {tracks.date} · {PHASE_NAMES[tracks.phase] ?? tracks.phase}
            {tracks.phase === 'actions' && <> {tracks.actionRound}/{tracks.actionRounds}</>}
          </p>
          <p className="who">{youAre}</p>
          <div className="controls" role="group" aria-label="Table controls">
            <button
              type="button"
              className={`btn btn-toggle ${withoutAmerica ? 'is-on' : ''}`}
              aria-pressed={withoutAmerica}
              aria-keyshortcuts="W"
              onClick={() => setWithoutAmerica((w) => !w)}
              title="Recompute deterrence with the hub's forces and links removed (W)"
            >
              {withoutAmerica ? '⊘' : '◎'} Without America
            </button>
            <label className="pace">
              <span className="sr-only">Bot pace</span>
              <select value={snap.paceMs} onChange={(e) => game.setPace(Number(e.target.value))} aria-label="Bot pace">
                {PACES.map((p) => <option key={p.ms} value={p.ms}>{p.name}</option>)}
              </select>
            </label>
            <button type="button" className={`btn btn-toggle ${snap.faster ? 'is-on' : ''}`} aria-pressed={snap.faster} aria-keyshortcuts="F" onClick={() => game.setFaster(!snap.faster)}>
              Faster ×4
            </button>
            <button type="button" className={`btn btn-toggle ${snap.paused ? 'is-on' : ''}`} aria-pressed={snap.paused} aria-keyshortcuts="P" onClick={() => game.setPaused(!snap.paused)}>
              {snap.paused ? '▶ Resume bots' : 'Pause bots'}
            </button>
            <button type="button" className="btn" onClick={() => setShowKeys(true)} aria-keyshortcuts="?">Keys</button>
            <a className="btn" href="#/rules" target="_blank" rel="noopener">Rules</a>
            <button type="button" className="btn" onClick={() => { if (window.confirm('Leave this game? It cannot be resumed.')) onLeave(); }}>Leave</button>
          </div>
        </header>

        <main className="table-grid">
          <h1 className="sr-only">Hub &amp; Spokes: the game table</h1>
          <PromptBar
            view={view}
            legal={legal}
            acting={acting}
            viewer={viewer}
            botThinking={snap.botThinking}
            paused={snap.paused}
            onAct={act}
            onShowResult={() => setEndClosed(false)}
            onNewGame={onLeave}
          />

          <aside className="col-left" aria-label="Your seat and the region" tabIndex={0}>
            <SeatPanel view={view} viewer={viewer} mode={snap.setup.mode} />
            <TracksPanel view={view} />
          </aside>

          <MapPanel model={model} sceneRef={sceneRef} onTheatreClick={onTheatreClick} onActorClick={onActorClick} onHover={onMapHover}>
            {withoutAmerica && <p className="map-banner">⊘ The network without America: the hub’s forces and links are removed and deterrence recomputed.</p>}
            <TheatreDetail
              view={view}
              legal={legal}
              id={shownTheatre}
              withoutAmerica={withoutAmerica}
              {...(pinned && shownTheatre === pinned ? { onClose: () => setPinned(null) } : {})}
            />
          </MapPanel>

          <aside className="col-right" aria-label="Theatres, actors and log">
            <TheatreList
              view={view}
              legal={legal}
              acting={acting}
              withoutAmerica={withoutAmerica}
              inspected={shownTheatre}
              highlight={highlight}
              onInspect={(id, how) => {
                if (how === 'click') {
                  setPinned((p) => (p === id ? null : id));
                  if (id) sceneRef.current?.focus(id);
                  return;
                }
                setInspected(id);
                if (id && how === 'focus') sceneRef.current?.focus(id);
                setHover(id ? [id] : null);
              }}
              onAct={act}
            />
            <section className="panel tabs-panel" aria-label="Log, seats and alliances">
              <div className="tabs" role="tablist" aria-label="Log, seats and alliances">
                {TABS.map((t, i) => (
                  <button
                    key={t.id}
                    type="button"
                    role="tab"
                    id={`tab-${t.id}`}
                    ref={(el) => { tabRefs.current[t.id] = el; }}
                    aria-selected={tab === t.id}
                    aria-controls={`tabpanel-${t.id}`}
                    tabIndex={tab === t.id ? 0 : -1}
                    onClick={() => setTab(t.id)}
                    onKeyDown={(e) => onTabKey(e, i)}
                  >
                    {t.name}
                  </button>
                ))}
              </div>
              <div role="tabpanel" id="tabpanel-log" aria-labelledby="tab-log" hidden={tab !== 'log'} className="tabpanel">
                <LogPanel view={view} freshAfter={snap.freshAfter} onHighlight={setHover} onFocusPlace={focusPlace} />
              </div>
              <div role="tabpanel" id="tabpanel-actors" aria-labelledby="tab-actors" hidden={tab !== 'actors'} className="tabpanel">
                <ActorList
                  view={view}
                  legal={legal}
                  acting={acting}
                  viewer={viewer}
                  setup={snap.setup}
                  highlight={highlight}
                  onFocusActor={(id) => { sceneRef.current?.focus(id); if (isActorId(id)) setHover([id]); }}
                  onHover={setHover}
                  onAct={act}
                />
              </div>
              <div role="tabpanel" id="tabpanel-alliances" aria-labelledby="tab-alliances" hidden={tab !== 'alliances'} className="tabpanel">
                <AllianceList view={view} highlight={highlight} onHover={setHover} />
              </div>
            </section>
          </aside>

          <Hand view={view} viewer={viewer} legal={legal} mode={snap.setup.mode} onAct={act} />
        </main>

        <div className="sr-only" role="status" aria-live="polite" aria-atomic="true">
          {/* a zero-width space on every other message, so the same words twice still announce */}
          {snap.announcement.text}{snap.announcement.id % 2 ? '\u200b' : ''}
        </div>
      </div>

      {cover && <Cover seat={cover} onReady={() => game.reveal()} />}
      {snap.over && !endClosed && !cover && <EndScreen view={view} viewer={viewer} onClose={() => setEndClosed(true)} onNewGame={onLeave} />}
      {showKeys && <ShortcutsDialog onClose={() => setShowKeys(false)} />}
    </div>
  );
}
