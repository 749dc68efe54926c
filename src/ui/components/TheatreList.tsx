// The theatres as a list that mirrors the map: China's pressure against the network's deterrence,
// a status in words and icons. Focusing or hovering a theatre pans the map to it and shows its
// deterrence broken down (TheatreDetail); a theatre the current step offers has its own button.
import type { Action, PlayerView, SeatId, TheatreId } from '../../game';
import { actionLabel } from '../selectors/labels';
import { theatreRows, type BreakdownPart, type TheatreRow, type TheatreStatus } from '../selectors/table';
import { actorName } from '../selectors/names';
import { ActorChip } from './bits';

export const STATUS_ICON: Record<TheatreStatus, string> = { holds: '✓', contested: '≈', strained: '▼', 'crisis-risk': '✖' };

interface Props {
  view: PlayerView;
  legal: Action[];
  acting: SeatId | null;
  withoutAmerica: boolean;
  inspected: TheatreId | null;
  highlight: readonly string[];
  onInspect: (id: TheatreId | null, how: 'focus' | 'blur' | 'hover' | 'leave' | 'click') => void;
  onAct: (action: Action) => void;
}

function Bar({ row, withoutAmerica }: { row: TheatreRow; withoutAmerica: boolean }) {
  const max = Math.max(12, row.pressure, row.deterrence);
  const d = withoutAmerica ? row.withoutAmerica : row.deterrence;
  return (
    <span className="balance" aria-hidden="true">
      <span className="balance-row"><span className="balance-pressure" style={{ width: `${(row.pressure / max) * 100}%` }} /></span>
      <span className="balance-row">
        {withoutAmerica && <span className="balance-ghost" style={{ width: `${(row.deterrence / max) * 100}%` }} />}
        <span className="balance-deterrence" style={{ width: `${(d / max) * 100}%` }} />
      </span>
    </span>
  );
}

export function TheatreList({ view, legal, acting, withoutAmerica, inspected, highlight, onInspect, onAct }: Props) {
  const rows = theatreRows(view, legal, withoutAmerica);
  const targetAction = (id: string) => legal.find((a) => a.move === 'chooseTarget' && a.args[0] === id);
  return (
    <section className="panel theatre-panel" aria-labelledby="theatres-title">
      <h2 id="theatres-title">
        Theatres
        <span className="legend" aria-hidden="true">
          <span className="key key-pressure" /> pressure <span className="key key-deterrence" /> deterrence{withoutAmerica ? ' without America' : ''}
        </span>
      </h2>
      <ul className="theatre-list">
        {rows.map((row) => {
          const d = withoutAmerica ? row.withoutAmerica : row.deterrence;
          const action = targetAction(row.id);
          const label = action && acting ? actionLabel(view, acting, action).label : null;
          const lit = highlight.includes(row.id);
          return (
            <li
              key={row.id}
              className={`theatre-row status-${row.status} ${row.crisis ? 'crisis' : ''} ${action ? 'selectable' : ''} ${lit ? 'lit' : ''} ${inspected === row.id ? 'inspected' : ''}`}
              onMouseEnter={() => onInspect(row.id, 'hover')}
              onMouseLeave={() => onInspect(null, 'leave')}
            >
              <button
                type="button"
                className="theatre-button"
                data-theatre={row.id}
                aria-describedby="theatre-detail"
                onClick={() => onInspect(row.id, 'click')}
                onFocus={() => onInspect(row.id, 'focus')}
                onBlur={() => onInspect(null, 'blur')}
              >
                <span className={`status-icon status-${row.status}`} aria-hidden="true">{row.crisis ? '✸' : STATUS_ICON[row.status]}</span>
                <span className="theatre-name">{row.name}</span>
                <span className="theatre-nums" aria-hidden="true">
                  <span className="num-p">{row.pressure}</span>
                  <span className="vs">vs</span>
                  <span className="num-d">{d}</span>
                </span>
                <Bar row={row} withoutAmerica={withoutAmerica} />
                <span className="sr-only">
                  : pressure {row.pressure} (tension {row.tension}), deterrence {d}
                  {withoutAmerica ? ` without America, ${row.deterrence} with it` : ''}; {row.crisis ? 'crisis now' : row.statusText}
                  {row.exercised ? '; exercised this round' : ''}
                </span>
              </button>
              {action && label && (
                <button type="button" className="choose-button" onClick={() => onAct(action)} data-choose={row.id} aria-label={`Choose: ${label}`}>
                  <span aria-hidden="true">➤ </span>Choose
                </button>
              )}
            </li>
          );
        })}
      </ul>
    </section>
  );
}

function Parts({ parts, host }: { parts: BreakdownPart[]; host: string | null }) {
  if (parts.length === 0) return <p className="muted small">No network forces here.</p>;
  return (
    <table className="breakdown">
      <caption className="sr-only">Deterrence by actor{host ? `, counted for ${actorName(host)}` : ''}</caption>
      <thead>
        <tr><th scope="col">Forces of</th><th scope="col">Units</th><th scope="col">Link weight (path)</th><th scope="col">Adds</th></tr>
      </thead>
      <tbody>
        {parts.map((p) => (
          <tr key={p.actor}>
            <th scope="row"><ActorChip id={p.actor} /> {actorName(p.actor)}</th>
            <td>{p.forces}</td>
            <td>× {p.weight.toFixed(2)} <span className="muted small">({p.via})</span></td>
            <td>{p.contribution}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/** The inspected theatre, explained: where its pressure and its deterrence come from. */
export function TheatreDetail({ view, legal, id, withoutAmerica, onClose }: {
  view: PlayerView;
  legal: Action[];
  id: TheatreId | null;
  withoutAmerica: boolean;
  /** the detail is pinned open: a button closes it */
  onClose?: () => void;
}) {
  const row = id ? theatreRows(view, legal, withoutAmerica).find((r) => r.id === id) : undefined;
  if (!row) {
    return (
      <div className="theatre-detail is-empty" id="theatre-detail">
        <p>Hover or focus a theatre to see why its deterrence is what it is.</p>
      </div>
    );
  }
  return (
    <div className={`theatre-detail status-${row.status}`} id="theatre-detail">
      {onClose && <button type="button" className="detail-close" onClick={onClose} aria-label={`Close the detail of ${row.name}`}>×</button>}
      <h3>
        {row.name}: <span className={`status-text status-${row.status}`}>{row.crisis ? '✸ crisis now' : `${STATUS_ICON[row.status]} ${row.statusText}`}</span>
      </h3>
      <p className="small">
        Pressure <strong>{row.pressure}</strong> = tension {row.tension} + Chinese forces {row.chinaForces}.
        Deterrence <strong>{row.deterrence}</strong> with America, <strong>{row.withoutAmerica}</strong> without
        {row.host ? <> (counted for {actorName(row.host)})</> : null}.{row.exercised ? ' Exercised this round.' : ''}
      </p>
      {!row.crisis && <p className="small">{row.statusRule}</p>}
      <Parts parts={withoutAmerica ? row.partsWithout : row.parts} host={row.host} />
    </div>
  );
}
