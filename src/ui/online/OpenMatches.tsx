// The public matches that are still open (not over), newest first, with their seats; a free seat
// can be joined at once, any match watched.
import { useCallback, useEffect, useRef, useState } from 'react';
import type { MatchInfo } from './lobby-client';
import { freeSeats, scenarioName } from './match-setup';
import { SeatList } from './SeatList';
import { watchHash } from './links';
import { services } from './services';
import { useEvery } from './use-every';

interface Props {
  busy: boolean;
  onJoin: (match: MatchInfo, playerID: string) => void;
}

/** How often the list asks the server again while the page is in view. */
const OPEN_MATCHES_REFRESH_MS = 5_000;

const when = (ms: number) => new Date(ms).toLocaleString(undefined, { dateStyle: 'medium', timeStyle: 'short' });

export function OpenMatches({ busy, onJoin }: Props) {
  const [matches, setMatches] = useState<MatchInfo[] | null>(null);
  const [loading, setLoading] = useState(false);
  const [error, setError] = useState<string | null>(null);

  const inFlight = useRef(false);

  // A timed refresh is quiet: the list changes in place (its items keep their keys, so focus
  // and scroll stay where they were) without "Refreshing…" flashing every few seconds.
  const refresh = useCallback(async (quiet: boolean) => {
    if (inFlight.current) return;
    inFlight.current = true;
    if (!quiet) setLoading(true);
    try {
      const list = await services.lobby.listMatches();
      setMatches([...list].sort((a, b) => b.createdAt - a.createdAt));
      setError(null);
    } catch (e) {
      setError((e as Error).message);
    } finally {
      inFlight.current = false;
      if (!quiet) setLoading(false);
    }
  }, []);

  useEffect(() => { void refresh(false); }, [refresh]);
  useEvery(OPEN_MATCHES_REFRESH_MS, () => void refresh(true));

  return (
    <section className="panel online-list" aria-labelledby="open-matches-title" aria-busy={loading}>
      <div className="online-list-head">
        <h2 id="open-matches-title">Open matches</h2>
        {/* never disabled: a disabled button would drop the keyboard focus that pressed it */}
        <button type="button" className="btn btn-small" onClick={() => void refresh(false)}>
          {loading ? 'Refreshing…' : '↻ Refresh'}
        </button>
      </div>
      {error && <p className="form-error" role="alert">{error}</p>}
      {matches && matches.length === 0 && <p className="muted">No public match is open. Create one, or join by an invite link.</p>}
      <ul className="online-matches">
        {(matches ?? []).map((m) => {
          const free = freeSeats(m).length;
          return (
            <li key={m.matchID} className="online-match" data-match={m.matchID}>
              <h3>{scenarioName(m.setupData?.scenario)}</h3>
              <p className="muted small">
                {m.players.length} seats · {free ? `${free} free` : 'full'} · created {when(m.createdAt)}
                {m.setupData?.answerSeconds ? ` · ${m.setupData.answerSeconds} s to answer` : ''}
              </p>
              <SeatList match={m} busy={busy} onJoin={(playerID) => onJoin(m, playerID)} />
              <p className="online-match-actions">
                <a className="btn btn-small" href={watchHash(m.matchID)}>Watch</a>
              </p>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
