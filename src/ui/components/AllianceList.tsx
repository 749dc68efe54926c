// The network itself: every alliance card with its kind, level, members and theatres.
import type { PlayerView } from '../../game';
import { allianceRows } from '../selectors/table';
import { levelName } from '../selectors/names';
import { ActorChip } from './bits';

const KIND_TEXT = { treaty: 'treaty — obliges', minilateral: 'minilateral', partnership: 'partnership — permits' } as const;
const KIND_ICON = { treaty: '━', minilateral: '┅', partnership: '┈' } as const;

export function AllianceList({ view, highlight, onHover }: { view: PlayerView; highlight: readonly string[]; onHover: (ids: string[] | null) => void }) {
  const rows = allianceRows(view);
  const inPlay = rows.filter((r) => r.level > 0);
  const notYet = rows.filter((r) => r.level === 0);
  const render = (r: (typeof rows)[number]) => (
    <li
      key={r.id}
      className={`alliance-row kind-${r.kind} ${highlight.includes(r.id) ? 'lit' : ''}`}
      onMouseEnter={() => onHover([r.id, ...r.members])}
      onMouseLeave={() => onHover(null)}
    >
      <div className="alliance-head">
        <span className="alliance-kind" aria-hidden="true">{KIND_ICON[r.kind]}</span>
        <strong>{r.name}</strong> <span className="muted small">{r.id}</span>
      </div>
      <div className="alliance-meta">
        <span className="level" aria-label={`level ${r.level} of ${r.max}: ${levelName(r.level)}`}>
          {Array.from({ length: r.max }, (_, i) => <span key={i} className={`lvl ${i < r.level ? 'on' : ''}`} aria-hidden="true" />)}
          <span aria-hidden="true"> {levelName(r.level)}</span>
        </span>
        <span className="muted small">{KIND_TEXT[r.kind]}</span>
        {r.suspended > 0 && <span className="tag tag-warn">suspended {r.suspended} {r.suspended === 1 ? 'round' : 'rounds'}</span>}
      </div>
      <div className="alliance-members">{r.members.map((m) => <ActorChip key={m} id={m} title />)} <span className="muted small">in {r.theatres.join(', ')}</span></div>
    </li>
  );
  return (
    <div className="alliance-list">
      <h3 className="list-title">In play</h3>
      <ul>{inPlay.map(render)}</ul>
      <h3 className="list-title">Not yet built</h3>
      <ul>{notYet.map(render)}</ul>
    </div>
  );
}
