// The actors as a list that mirrors the map: every seat's public tracks (and who plays it), the
// partners and outsiders. Focusing an actor pans the map to it; an actor the current step offers
// (an ally to coerce, an ally for an event) has its own button.
import { ACTORS, RULES, SEATS, type Action, type PlayerView, type SeatId } from '../../game';
import { actionLabel } from '../selectors/labels';
import { percentOfGdp } from '../selectors/names';
import { allSeats } from '../selectors/table';
import { ActorChip, SideMark } from './bits';

interface Props {
  view: PlayerView;
  legal: Action[];
  acting: SeatId | null;
  /** who plays a seat: "you", a person's name, a bot */
  whoPlays: (seat: SeatId) => string;
  highlight: readonly string[];
  onFocusActor: (id: string) => void;
  onHover: (ids: string[] | null) => void;
  onAct: (action: Action) => void;
}

export function ActorList({ view, legal, acting, whoPlays, highlight, onFocusActor, onHover, onAct }: Props) {
  const seats = allSeats(view);
  const targetAction = (id: string) => legal.find((a) => a.move === 'chooseTarget' && a.args[0] === id);
  const others = ACTORS.filter((a) => !(SEATS as readonly string[]).includes(a));
  return (
    <div className="actor-list">
      <h3 className="sr-only">Seats</h3>
      <ul className="seat-rows">
        {seats.map((s) => {
          const action = targetAction(s.seat);
          return (
            <li key={s.seat} className={`seat-row ${highlight.includes(s.seat) ? 'lit' : ''} ${action ? 'selectable' : ''}`}>
              <button
                type="button"
                className="actor-button"
                data-actor={s.seat}
                onFocus={() => onFocusActor(s.seat)}
                onClick={() => onFocusActor(s.seat)}
                onMouseEnter={() => onHover([s.seat])}
                onMouseLeave={() => onHover(null)}
              >
                <ActorChip id={s.seat} />
                <span className="actor-name">{s.name}</span>
                <span className="actor-who">{whoPlays(s.seat)}</span>
                <span className="actor-gov">
                  <SideMark side={s.side} withText={false} />
                  {s.aligned ? ' aligned' : ' ↯ hedging'}
                </span>
              </button>
              <dl className="seat-stats">
                <div><dt>Defence</dt><dd>{percentOfGdp(s.defence).replace(' of GDP', '')}</dd></div>
                <div><dt>Forces</dt><dd>{s.forces}/{s.forceCap}</dd></div>
                <div><dt>Opinion</dt><dd>{s.opinion}</dd></div>
                <div><dt>Economy</dt><dd>{s.economy}</dd></div>
                {s.side === 'network' && <div><dt>China trade</dt><dd>{s.chinaTrade}{s.hedging ? ' ⚠' : ''}</dd></div>}
                <div><dt>Credibility</dt><dd>{s.credibility}</dd></div>
                <div><dt>Points</dt><dd>{s.nip}</dd></div>
                <div><dt>Cards</dt><dd>{s.handCount}</dd></div>
              </dl>
              {action && acting && (
                <button type="button" className="choose-button" onClick={() => onAct(action)} aria-label={`Choose: ${actionLabel(view, acting, action).label}`}>
                  <span aria-hidden="true">➤ </span>Choose
                </button>
              )}
            </li>
          );
        })}
      </ul>
      <h3 className="list-title">Partners and others</h3>
      <ul className="other-rows">
        {others.map((a) => {
          const st = view.actors[a];
          const actor = RULES.actors[a];
          return (
            <li key={a} className={highlight.includes(a) ? 'lit' : ''}>
              <button
                type="button"
                className="actor-button"
                data-actor={a}
                onFocus={() => onFocusActor(a)}
                onClick={() => onFocusActor(a)}
                onMouseEnter={() => onHover([a])}
                onMouseLeave={() => onHover(null)}
              >
                <ActorChip id={a} />
                <span className="actor-name">{actor?.name ?? a}</span>
                <span className="actor-gov">
                  <SideMark side={actor?.side ?? 'neutral'} withText={false} />
                  {st ? (st.aligned ? ' aligned' : ' ↯ apart') : ''}
                </span>
              </button>
            </li>
          );
        })}
      </ul>
    </div>
  );
}
