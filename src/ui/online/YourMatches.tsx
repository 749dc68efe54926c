// The seats this browser holds, to go back to; leaving gives the seat back to the server.
import { useState } from 'react';
import { RULES } from '../../game';
import { ActorChip } from '../components/bits';
import { scenarioName, seatOfPlayer } from './match-setup';
import { leaveSeat } from './seat-actions';
import type { HeldSeat } from './seats-store';
import { matchHash } from './links';
import { services } from './services';

export function YourMatches({ seats, onChange }: { seats: HeldSeat[]; onChange: () => void }) {
  const [error, setError] = useState<string | null>(null);
  if (!seats.length) return null;
  const leave = async (seat: HeldSeat) => {
    if (!window.confirm('Give this seat back? Someone else may take it, and this browser will no longer hold it.')) return;
    setError(null);
    try {
      await leaveSeat(services, seat);
    } catch (e) {
      setError((e as Error).message);
    }
    onChange();
  };
  return (
    <section className="panel online-yours" aria-labelledby="your-matches-title">
      <h2 id="your-matches-title">Your matches</h2>
      {error && <p className="form-error" role="alert">{error}</p>}
      <ul>
        {seats.map((s) => {
          const seat = seatOfPlayer(s.playerID) ?? 'US';
          return (
            <li key={s.matchID} data-match={s.matchID}>
              <ActorChip id={seat} /> <strong>{RULES.actors[seat]?.name}</strong> as {s.playerName}
              <span className="muted small"> · {scenarioName(s.scenario)} · joined {new Date(s.joinedAt).toLocaleDateString()}</span>
              <span className="online-yours-actions">
                <a className="btn btn-small btn-primary" href={matchHash(s.matchID)}>Back to the table</a>
                <button type="button" className="btn btn-small" onClick={() => void leave(s)}>Leave</button>
              </span>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
