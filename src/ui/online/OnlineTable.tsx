// The table of an online match: the same board as local play, fed by the match's socket, with
// the connection's state, the seats' names, the earlier rounds' log on request, the match's chat,
// the invite link, leaving the seat, and "play again" at the end. A spectator sees the public
// table and reads the chat, and cannot act or write.
import { useCallback, useEffect, useMemo, useState, useSyncExternalStore } from 'react';
import type { Action, SeatId } from '../../game';
import { TableBoard } from '../components/TableBoard';
import { SHORTCUTS } from '../components/Overlays';
import { OnlineGame, type OnlineSnapshot } from './online-game';
import { playAgain, leaveSeat } from './seat-actions';
import type { HeldSeat } from './seats-store';
import { InviteLink } from './InviteLink';
import { ChatAnnouncer, ChatPanel } from './ChatPanel';
import { botLabel } from './match-setup';
import { goTo, matchHash, watchHash } from './links';
import { services } from './services';
import './online.css';

declare global {
  interface Window {
    /** development builds only: the online match in view, for tests that check what reached it */
    __hubOnline?: OnlineGame;
  }
}

export function OnlineTable({ matchID, seat, onSeatChange }: { matchID: string; seat: HeldSeat | null; onSeatChange: () => void }) {
  const [game, setGame] = useState<OnlineGame | null>(null);
  const credentials = seat?.credentials;
  useEffect(() => {
    const next = new OnlineGame(matchID, seat, services.lobby);
    setGame(next);
    if (import.meta.env.DEV) window.__hubOnline = next;
    return () => next.destroy();
    // Keyed on the credentials: a new seat object with the same ones is the same connection.
  }, [matchID, credentials]);
  if (!game) return <p className="page-loading" role="status">Connecting…</p>;
  return <OnlineBoard game={game} onSeatChange={onSeatChange} />;
}

const ONLINE_SHORTCUTS: [string, string][] = [...SHORTCUTS, ['C', 'go to the chat']];

const CONNECTION_TEXT = {
  connecting: 'Connecting…',
  connected: 'Connected',
  lost: 'Connection lost',
} as const;

function ConnectionBadge({ snap }: { snap: OnlineSnapshot }) {
  const { status, attempts } = snap.connection;
  return (
    <span className={`online-connection is-${status}`} role="status" data-connection={status}>
      <span aria-hidden="true">●</span> {CONNECTION_TEXT[status]}
      {status === 'lost' && attempts > 0 ? ` — reconnecting (attempt ${attempts})` : ''}
    </span>
  );
}

function OnlineBoard({ game, onSeatChange }: { game: OnlineGame; onSeatChange: () => void }) {
  const snap = useSyncExternalStore(game.subscribe, game.getSnapshot, game.getSnapshot);
  const [error, setError] = useState<string | null>(null);
  const act = useCallback((a: Action) => { game.act(a); }, [game]);
  const seat = snap.seat;
  const { view } = snap;
  // the chat's lines up to this one have been on screen; the others' since are new
  const [chatSeen, setChatSeen] = useState(0);
  const lines = snap.chat.lines;
  const lastLine = lines[lines.length - 1]?.seq ?? 0;
  const onChatSeen = useCallback(() => setChatSeen(lastLine), [lastLine]);
  const unseen = lines.filter((l) => l.seq > chatSeen && !(l.kind === 'seat' && l.mine)).length;
  const say = useCallback((text: string) => game.say(text), [game]);

  useEffect(() => {
    document.title = `${seat ? 'Your seat' : 'Watching'} — Hub & Spokes online`;
  }, [seat]);

  const whoPlays = useCallback((s: SeatId) => {
    if (s === snap.viewer) return 'you';
    const holder = snap.names[s];
    if (holder?.bot) return `bot (${holder.bot})`;
    if (holder) return holder.connected === false ? `${holder.name} (away)` : holder.name;
    if (view && 'autopilot' in view.control[s]) return 'autopilot';
    return 'free seat';
  }, [snap.viewer, snap.names, view]);

  const leave = useMemo(() => seat
    ? {
        label: 'Leave seat',
        confirm: snap.over ? null : 'Give your seat back? Someone else may take it; the game waits for the seat until then.',
        onLeave: () => {
          leaveSeat(services, seat).then(() => {
            onSeatChange();
            goTo('#/online');
          }, (e: Error) => setError(e.message));
        },
      }
    : { label: 'Stop watching', confirm: null, onLeave: () => goTo('#/online') }, [seat, snap.over, onSeatChange]);

  const again = useMemo(() => seat
    ? {
        label: 'Play again',
        onAgain: () => {
          setError(null);
          playAgain(services, seat).then((next) => goTo(matchHash(next.matchID)), (e: Error) => setError(e.message));
        },
      }
    : {
        label: 'Watch the next match',
        onAgain: () => {
          services.lobby.getMatch(snap.matchID).then(
            (m) => (m.nextMatchID ? goTo(watchHash(m.nextMatchID)) : setError('Nobody has started the next match yet.')),
            (e: Error) => setError(e.message),
          );
        },
      }, [seat, snap.matchID]);

  const holders = useMemo(() => Object.fromEntries(Object.entries(snap.names).map(([s, h]) =>
    [s, h.bot ? botLabel(h.bot) : h.connected === false ? `${h.name} (away)` : h.name])), [snap.names]);

  if (!view) {
    return (
      <div className="page online-page">
        <main className="online-main online-connecting">
          <h1>{seat ? 'Back to your seat…' : 'Joining as a spectator…'}</h1>
          <p><ConnectionBadge snap={snap} /></p>
          {snap.problem && <p className="form-error" role="alert">{snap.problem}</p>}
          <p className="online-match-actions">
            <a className="btn" href="#/online">Lobby</a>
            {seat && snap.problem && (
              <button type="button" className="btn" onClick={() => { services.seats.forget(seat.matchID); onSeatChange(); }}>
                Forget this seat
              </button>
            )}
          </p>
        </main>
      </div>
    );
  }

  const notice = (
    <div className={`online-notice ${snap.connection.status !== 'connected' ? 'is-lost' : ''}`}>
      <ConnectionBadge snap={snap} />
      {!seat && <span className="online-spectating">Watching: public information only, no hand or secret choice; you cannot act.</span>}
      {seat && snap.answerSeconds !== null && !snap.over && (
        <span className="muted">
          Timed decisions — answers to proposals, crisis commitments and home-front budgets: {snap.answerSeconds} s each, then the
          normal bot answers for you.
        </span>
      )}
      {seat && snap.viewer && snap.names[snap.viewer]?.answered && (
        <span className="online-answered" data-answered={snap.names[snap.viewer]?.answered?.count}>
          Time ran out {snap.names[snap.viewer]?.answered?.count === 1 ? 'once' : `${snap.names[snap.viewer]?.answered?.count} times`}: the server answered for you
          (the normal bot, from your seat’s view). {snap.names[snap.viewer]?.answered?.last}
        </span>
      )}
      {snap.sending && <span className="muted">Sending…</span>}
      {(snap.problem ?? error) && <span className="form-error" role="alert">{snap.problem ?? error}</span>}
      <ChatAnnouncer announcement={snap.chat.announcement} />
    </div>
  );

  return (
    <TableBoard
      state={{ ...snap, view }}
      seating={seat ? 'online' : 'spectator'}
      onAct={act}
      whoPlays={whoPlays}
      shortcuts={ONLINE_SHORTCUTS}
      notice={notice}
      earlierLog={{ ...snap.earlier, onLoad: () => void game.loadEarlier() }}
      holders={holders}
      leave={leave}
      again={again}
      chat={{
        panel: <ChatPanel chat={snap.chat} seated={!!seat} connected={snap.connection.status === 'connected'} onSay={say} />,
        unseen,
        onSeen: onChatSeen,
      }}
      controls={
        <>
          <InviteLink matchID={snap.matchID} compact />
          <a className="btn" href="#/online">Lobby</a>
        </>
      }
    />
  );
}
