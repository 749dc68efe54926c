// The game table, for every way of playing: the seat at the screen, the region's tracks, the
// prompt bar with the legal actions, the map with its accessible lists, the hand and the log.
// All game state comes in as `state` (a local game's or an online match's snapshot); this
// component keeps only what the screen shows (tabs, highlights, the "without America" toggle).
// What differs between local and online play — the top bar's extra controls, a notice line, the
// leave and play-again buttons, extra shortcuts, the online match's chat — comes in as props.
import { useCallback, useEffect, useLayoutEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import type { Action, ActorId, PlayerView, SeatId, TheatreId } from '../../game';
import type { MapScene } from '../../render';
import { buildMapViewModel } from '../selectors/map';
import { isActorId, isTheatreId } from '../selectors/names';
import { trackSummary } from '../selectors/table';
import { navigate } from '../nav';
import { ActorChip } from './bits';
import { PromptBar } from './PromptBar';
import { SeatPanel } from './SeatPanel';
import { TracksPanel } from './TracksPanel';
import { Hand } from './Hand';
import { TheatreDetail, TheatreList } from './TheatreList';
import { ActorList } from './ActorList';
import { AllianceList } from './AllianceList';
import { LogPanel, type EarlierLog } from './LogPanel';
import { MapPanel } from './MapPanel';
import { Cover, EndScreen, ShortcutsDialog } from './Overlays';

/** What the table shows, from whichever game drives it. */
export interface TableState {
  view: PlayerView;
  viewer: SeatId | null;
  /** exactly legalActions of the seat at the screen (empty when it is not asked anything) */
  legal: Action[];
  acting: SeatId | null;
  /** hotseat: the screen is covered until this seat's person says they are ready */
  cover: SeatId | null;
  /** a bot is deciding for this seat now */
  botThinking: SeatId | null;
  highlight: string[];
  freshAfter: number;
  announcement: { id: number; text: string };
  paused: boolean;
  over: boolean;
  /** online: when the server answers for the seat at the screen (ms since the epoch), if it is
   *  asked a timed decision */
  answerBy?: number | null;
}

/** Who sits at the screen: one person of a solo game, the people of a hotseat game in turn, a
 *  person online, or an online spectator. */
export type Seating = 'solo' | 'hotseat' | 'online' | 'spectator';

export interface TableBoardProps {
  state: TableState;
  seating: Seating;
  onAct: (action: Action) => void;
  /** hotseat: the person named on the cover is at the screen */
  onReveal?: () => void;
  /** who plays a seat, as the seat list says it ("you", "Alice", "bot (standard)") */
  whoPlays: (seat: SeatId) => string;
  /** the top bar's controls that only this way of playing has */
  controls?: ReactNode;
  /** a line under the top bar (the connection, spectating) */
  notice?: ReactNode;
  /** single-key shortcuts that only this way of playing has, by lower-case key */
  keys?: Record<string, () => void>;
  /** every shortcut, for the list behind "?" */
  shortcuts: [string, string][];
  earlierLog?: EarlierLog;
  /** online: who holds each seat, for the waiting line */
  holders?: Partial<Record<SeatId, string>>;
  leave: { label: string; confirm: string | null; onLeave: () => void };
  /** what follows the end of the game: a new game, or the next match */
  again: { label: string; onAgain: () => void };
  /** online: the match's chat, a tab beside the log, with how many lines came while it was not shown */
  chat?: { panel: ReactNode; unseen: number; onSeen: () => void };
}

type Tab = 'log' | 'actors' | 'alliances' | 'chat';
const TABS: { id: Tab; name: string }[] = [
  { id: 'log', name: 'Log' },
  { id: 'actors', name: 'Actors' },
  { id: 'alliances', name: 'Alliances' },
];
const WITH_CHAT: { id: Tab; name: string }[] = [...TABS, { id: 'chat', name: 'Chat' }];

const PHASE_NAMES: Record<string, string> = {
  start: 'Setting up',
  headlines: 'Headlines',
  actions: 'Actions',
  flashpoints: 'Flashpoints',
  homeFront: 'Home front',
  scoring: 'Scoring',
  over: 'Game over',
};

/** Focuses the first of the elements that exists. */
function focusFirst(...selectors: string[]): void {
  for (const selector of selectors) {
    const el = document.querySelector<HTMLElement>(selector);
    if (el) {
      el.focus();
      return;
    }
  }
}

/** Links past the top bar, shown when the keyboard reaches them: the decision, the hand, the map. */
function SkipLinks() {
  const to = (...selectors: string[]) => (e: React.MouseEvent) => {
    e.preventDefault(); // the address's hash is the page, not a place on it
    focusFirst(...selectors);
  };
  return (
    <nav className="skip-links" aria-label="Skip to">
      <a href="#prompt-title" onClick={to('.prompt-bar [data-roving][tabindex="0"]', '.prompt-bar [data-action-key]', '.cards [data-roving][tabindex="0"]', '#prompt-title')}>
        To your decision
      </a>
      <a href="#hand-title" onClick={to('.cards [data-roving][tabindex="0"]', '#hand-title')}>To your hand</a>
      <a href="#map" onClick={to('.map-panel canvas', '.theatre-list button')}>To the map</a>
    </nav>
  );
}

const isTyping = (el: EventTarget | null) =>
  el instanceof HTMLElement && (el.tagName === 'INPUT' || el.tagName === 'SELECT' || el.tagName === 'TEXTAREA' || el.isContentEditable);

export function TableBoard({ state: snap, seating, onAct, onReveal, whoPlays, controls, notice, keys, shortcuts, earlierLog, holders, leave, again, chat }: TableBoardProps) {
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
  const hasChat = !!chat;
  const tabs = hasChat ? WITH_CHAT : TABS;
  const tabsLabel = hasChat ? 'Log, seats, alliances and chat' : 'Log, seats and alliances';
  const onChatSeen = chat?.onSeen;
  const chatShown = tab === 'chat' && !!chat?.unseen;
  // before the paint: a line that arrives while the chat is open is never counted as new
  useLayoutEffect(() => { if (chatShown) onChatSeen?.(); }, [chatShown, onChatSeen]);

  const act = onAct;
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
    if (a) onAct(a);
    else setPinned((p) => (p === id ? null : id));
  }, [onAct, targetFor]);

  const onActorClick = useCallback((id: ActorId) => {
    const a = targetFor(id);
    if (a) onAct(a);
    else {
      setTab('actors');
      document.querySelector<HTMLButtonElement>(`.actor-list [data-actor="${id}"]`)?.focus();
    }
  }, [onAct, targetFor]);

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
          onReveal?.();
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
          // the keyboard follows the choice into the prompt, whose next choices take it from there
          document.getElementById('prompt-title')?.focus();
          onAct(a);
        }
        return;
      }
      const extra = keys?.[e.key.toLowerCase()];
      if (extra) {
        extra();
        return;
      }
      switch (e.key) {
        case 'Escape': {
          const back = legal.find((a) => a.move === 'back');
          if (back) {
            e.preventDefault();
            onAct(back);
          }
          return;
        }
        case 'w': case 'W': setWithoutAmerica((w) => !w); return;
        case 'm': case 'M': sceneRef.current?.resetView(); return;
        case 'l': case 'L':
          setTab('log');
          requestAnimationFrame(() => document.querySelector<HTMLElement>('.log-list')?.focus());
          return;
        case 'c': case 'C':
          if (!hasChat) return;
          setTab('chat');
          requestAnimationFrame(() => focusFirst('.chat-form input', '.chat-list'));
          return;
        case '?': setShowKeys(true); return;
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [onAct, onReveal, keys, legal, snap.cover, snap.over, showKeys, endClosed, hasChat]);

  const onTabKey = (e: React.KeyboardEvent, i: number) => {
    const dir = e.key === 'ArrowRight' ? 1 : e.key === 'ArrowLeft' ? -1 : 0;
    if (!dir) return;
    e.preventDefault();
    const next = tabs[(i + dir + tabs.length) % tabs.length] as (typeof tabs)[number];
    setTab(next.id);
    tabRefs.current[next.id]?.focus();
  };

  const covered = !!cover || showKeys || (snap.over && !endClosed);
  const youAre = viewer
    ? <><ActorChip id={viewer} /> {seating === 'hotseat' ? 'at the screen' : 'you'}</>
    : <span className="muted">{seating === 'spectator' ? 'watching' : 'table view'}</span>;

  return (
    <div className="table-app">
      <div className="table-shell" inert={covered}>
        <SkipLinks />
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
            {controls}
            <button type="button" className="btn" onClick={() => setShowKeys(true)} aria-keyshortcuts="?">Keys</button>
            <a className="btn" href="#/rules" target="_blank" rel="noopener">Rules</a>
            <button type="button" className="btn" onClick={() => { if (!leave.confirm || window.confirm(leave.confirm)) leave.onLeave(); }}>{leave.label}</button>
          </div>
        </header>
        {notice}

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
            answerBy={snap.answerBy ?? null}
            onShowResult={() => setEndClosed(false)}
            onNewGame={again.onAgain}
            newGameLabel={again.label}
            {...(holders ? { holders } : {})}
          />

          {/* In the page's order the decision comes first, then the hand it is made with; the grid
              puts every part in its place on the screen. */}
          <Hand view={view} viewer={viewer} legal={legal} seating={seating} onAct={act} />

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
            <section className="panel tabs-panel" aria-label={tabsLabel}>
              <div className="tabs" role="tablist" aria-label={tabsLabel}>
                {tabs.map((t, i) => (
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
                    {t.id === 'chat' && !!chat?.unseen && <span className="tab-count">{chat.unseen}<span className="sr-only"> new</span></span>}
                  </button>
                ))}
              </div>
              <div role="tabpanel" id="tabpanel-log" aria-labelledby="tab-log" hidden={tab !== 'log'} className="tabpanel">
                <LogPanel view={view} freshAfter={snap.freshAfter} onHighlight={setHover} onFocusPlace={focusPlace} {...(earlierLog ? { earlier: earlierLog } : {})} />
              </div>
              <div role="tabpanel" id="tabpanel-actors" aria-labelledby="tab-actors" hidden={tab !== 'actors'} className="tabpanel">
                <ActorList
                  view={view}
                  legal={legal}
                  acting={acting}
                  whoPlays={whoPlays}
                  highlight={highlight}
                  onFocusActor={(id) => { sceneRef.current?.focus(id); if (isActorId(id)) setHover([id]); }}
                  onHover={setHover}
                  onAct={act}
                />
              </div>
              <div role="tabpanel" id="tabpanel-alliances" aria-labelledby="tab-alliances" hidden={tab !== 'alliances'} className="tabpanel">
                <AllianceList view={view} highlight={highlight} onHover={setHover} />
              </div>
              {chat && (
                <div role="tabpanel" id="tabpanel-chat" aria-labelledby="tab-chat" hidden={tab !== 'chat'} className="tabpanel">
                  {chat.panel}
                </div>
              )}
            </section>
          </aside>

          <aside className="col-left" aria-label="Your seat and the region" tabIndex={0}>
            <SeatPanel view={view} viewer={viewer} seating={seating} />
            <TracksPanel view={view} />
          </aside>
        </main>

        <div className="sr-only" role="status" aria-live="polite" aria-atomic="true">
          {/* a zero-width space on every other message, so the same words twice still announce */}
          {snap.announcement.text}{snap.announcement.id % 2 ? '\u200b' : ''}
        </div>
      </div>

      {cover && <Cover seat={cover} onReady={() => onReveal?.()} />}
      {snap.over && !endClosed && !cover && (
        <EndScreen view={view} viewer={viewer} onClose={() => setEndClosed(true)} onNewGame={again.onAgain} newGameLabel={again.label} />
      )}
      {showKeys && <ShortcutsDialog shortcuts={shortcuts} onClose={() => setShowKeys(false)} />}
    </div>
  );
}
