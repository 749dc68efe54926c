// A match's seats as a list: who holds each (a person's name, a bot and its level) or that it is
// free, with a button to join a free seat when the page offers one.
import { RULES } from '../../game';
import { ActorChip } from '../components/bits';
import type { MatchInfo } from './lobby-client';
import { botLabel, seatLines } from './match-setup';

interface Props {
  match: Pick<MatchInfo, 'players' | 'setupData'>;
  /** offered on free seats */
  onJoin?: (playerID: string) => void;
  /** the seat this browser holds here */
  mine?: string;
  busy?: boolean;
}

export function SeatList({ match, onJoin, mine, busy }: Props) {
  return (
    <ul className="online-seats">
      {seatLines(match).map((s) => {
        const actor = RULES.actors[s.seat]?.name ?? s.seat;
        const free = !s.name && !s.bot;
        return (
          <li key={s.playerID} className={free ? 'is-free' : s.bot ? 'is-bot' : 'is-taken'} data-player={s.playerID}>
            <ActorChip id={s.seat} /> <span className="online-seat-actor">{actor}</span>
            <span className="online-seat-who">
              {s.bot ? (
                <span className="tag">{botLabel(s.bot)}{s.botPending ? ' (joining…)' : ''}</span>
              ) : s.name ? (
                <>
                  <strong>{s.name}</strong>
                  {s.playerID === mine && <span className="tag tag-progress">you</span>}
                  {s.connected === false && <span className="muted small"> (away)</span>}
                </>
              ) : (
                <span className="muted">free</span>
              )}
            </span>
            {free && onJoin && (
              <button type="button" className="btn btn-small" disabled={busy} onClick={() => onJoin(s.playerID)} aria-label={`Join as ${actor}`}>
                Join as {actor}
              </button>
            )}
          </li>
        );
      })}
    </ul>
  );
}
