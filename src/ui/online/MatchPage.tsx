// A match's own page, where its invite link leads when this browser holds no seat in it: the
// seats, a free seat to join under a name, watching as a spectator, and the link to pass on.
import { useCallback, useEffect, useRef, useState } from 'react';
import { navigate } from '../nav';
import { LobbyError, type MatchInfo } from './lobby-client';
import { freeSeats, nameProblem, scenarioName } from './match-setup';
import { joinSeat } from './seat-actions';
import { NameField } from './NameField';
import { SeatList } from './SeatList';
import { InviteLink } from './InviteLink';
import { matchHash, watchHash } from './links';
import { services } from './services';
import { useEvery } from './use-every';

export function MatchPage({ matchID, onSeated }: { matchID: string; onSeated: () => void }) {
  const [match, setMatch] = useState<MatchInfo | null>(null);
  const [missing, setMissing] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [name, setName] = useState(() => services.seats.lastName());
  const [nameIssue, setNameIssue] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const nameRef = useRef<HTMLInputElement>(null);

  const load = useCallback(async () => {
    setError(null);
    try {
      setMatch(await services.lobby.getMatch(matchID));
    } catch (e) {
      if (e instanceof LobbyError && e.status === 404) setMissing(true);
      else setError((e as Error).message);
    }
  }, [matchID]);

  useEffect(() => { void load(); }, [load]);
  // seats fill as people join: the page follows without a click (not while a join is under way)
  useEvery(10_000, () => { if (!busy) void load(); });

  const join = async (playerID: string) => {
    const issue = nameProblem(name);
    setNameIssue(issue);
    if (issue) {
      nameRef.current?.focus();
      return;
    }
    setBusy(true);
    setError(null);
    try {
      await joinSeat(services, matchID, playerID, name, match ?? undefined);
      onSeated();
    } catch (e) {
      setError((e as Error).message);
      void load();
    } finally {
      setBusy(false);
    }
  };

  const over = !!match?.gameover;
  const free = match ? freeSeats(match).length : 0;
  return (
    <div className="page online-page">
      <header className="doc-header">
        <a className="brand" href="#/" onClick={(e) => { e.preventDefault(); navigate('start'); }}>Hub &amp; Spokes</a>
        <nav aria-label="Pages" className="doc-nav">
          <a href="#/online" onClick={(e) => { e.preventDefault(); navigate('online'); }}>Lobby</a>
          <a href="#/rules" onClick={(e) => { e.preventDefault(); navigate('rules'); }}>How to play</a>
        </nav>
      </header>
      <main className="online-main online-match-page">
        {missing ? (
          <>
            <h1>No such match</h1>
            <p>This server has no match <code>{matchID}</code>. The link may be mistyped, or the match belongs to another server.</p>
            <p><a className="btn btn-primary" href="#/online">Go to the lobby</a></p>
          </>
        ) : (
          <>
            <h1>{match ? scenarioName(match.setupData?.scenario) : 'Loading the match…'}</h1>
            {match && (
              <p className="muted">
                {match.players.length} seats · {over ? 'the game is over' : free ? `${free} free` : 'every seat is taken'}
                {match.unlisted ? ' · invite only' : ' · public'}
                {match.setupData?.answerSeconds ? ` · ${match.setupData.answerSeconds} s to answer a proposal, a crisis or a budget` : ''}
              </p>
            )}
            {error && <p className="form-error" role="alert">{error}</p>}
            {match && (
              <section className="panel online-join" aria-labelledby="join-title">
                <h2 id="join-title">{over ? 'Seats' : free ? 'Take a seat' : 'Seats'}</h2>
                {!over && free > 0 && (
                  <NameField ref={nameRef} value={name} onChange={(v) => { setName(v); if (nameIssue) setNameIssue(nameProblem(v)); }} problem={nameIssue} />
                )}
                <SeatList match={match} busy={busy} {...(!over ? { onJoin: (p: string) => void join(p) } : {})} />
                <p className="online-match-actions">
                  <a className="btn" href={watchHash(matchID)}>Watch{over ? ' the finished game' : ''}</a>
                  <button type="button" className="btn" onClick={() => void load()}>↻ Refresh</button>
                  {match.nextMatchID && <a className="btn btn-primary" href={matchHash(match.nextMatchID)}>Go to the next match</a>}
                </p>
                <InviteLink matchID={matchID} />
              </section>
            )}
          </>
        )}
      </main>
    </div>
  );
}
