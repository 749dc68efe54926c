// Things that cover the table: the hotseat cover between seats, the end of the game, and the
// list of keyboard shortcuts.
import { useEffect, useRef } from 'react';
import type { PlayerView, SeatId } from '../../game';
import { actorName, listNames } from '../selectors/names';
import { endSummary } from '../selectors/table';
import { ActorChip, Kbd } from './bits';

/** Hotseat: the screen is passing to another person. Nothing of any seat's secrets is behind it. */
export function Cover({ seat, onReady }: { seat: SeatId; onReady: () => void }) {
  const button = useRef<HTMLButtonElement>(null);
  useEffect(() => button.current?.focus(), [seat]);
  return (
    <div className="cover" role="dialog" aria-modal="true" aria-labelledby="cover-title" aria-describedby="cover-text" data-cover={seat}>
      <div className="cover-card">
        <p className="eyebrow">Hotseat</p>
        <h2 id="cover-title">
          Pass the screen to <ActorChip id={seat} /> {actorName(seat)}
        </h2>
        <p id="cover-text">
          Everyone else, look away: {actorName(seat)}’s hand, agenda and secret choices show when you are ready.
        </p>
        <button type="button" ref={button} className="btn btn-primary btn-large" onClick={onReady}>
          I am {actorName(seat)} — show my hand <Kbd>Enter</Kbd>
        </button>
      </div>
    </div>
  );
}

export function EndScreen({ view, viewer, onClose, onNewGame, newGameLabel = 'New game' }: {
  view: PlayerView;
  viewer: SeatId | null;
  onClose: () => void;
  onNewGame: () => void;
  newGameLabel?: string;
}) {
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  const end = endSummary(view);
  if (!end) return null;
  const you = viewer ? end.ranking.find((r) => r.seat === viewer) : undefined;
  const yourLine = you
    ? you.standing === 'winner'
      ? 'You share the win.'
      : you.standing === 'accommodated'
        ? 'You accommodated China: behind China, ahead of the other allies.'
        : end.side === 'network' && you.seat !== 'CN'
          ? 'The network won, but your agenda did not hold: you do not share the win.'
          : 'You lost.'
    : null;
  return (
    <div className="modal-backdrop">
      <div className="modal end-screen" role="dialog" aria-modal="true" aria-labelledby="end-title">
        <p className={`end-side side-${end.side}`} aria-hidden="true">{end.side === 'network' ? '◆' : '▲'}</p>
        <h2 id="end-title" ref={heading} tabIndex={-1}>{end.headline}</h2>
        <p className="end-reason">{end.reason} Regional order at the end: {end.order > 0 ? `+${end.order}` : end.order}.</p>
        {yourLine && <p className="end-you"><strong>{yourLine}</strong></p>}
        <table className="ranking">
          <caption>Ranking</caption>
          <thead>
            <tr><th scope="col">#</th><th scope="col">Seat</th><th scope="col">Standing</th><th scope="col">National-interest points</th></tr>
          </thead>
          <tbody>
            {end.ranking.map((r, i) => (
              <tr key={r.seat} className={`standing-${r.standing}`}>
                <td>{i + 1}</td>
                <th scope="row"><ActorChip id={r.seat} /> {r.name}</th>
                <td>
                  {r.standing === 'winner' ? '★ shares the win' : r.standing === 'accommodated' ? '↯ accommodated' : '—'}
                  {r.agendaHolds !== undefined && <span className="muted small"> (agenda {r.agendaHolds ? 'held' : 'not held'})</span>}
                </td>
                <td>{r.nip}</td>
              </tr>
            ))}
          </tbody>
        </table>
        {end.accommodated.length > 0 && (
          <p>Accommodated allies (their trade with China passed the hedging line): {listNames(end.accommodated)}.</p>
        )}
        {end.side === 'network' && <p className="muted small">Allies share the network’s win only if their secret agenda held; winners rank by national-interest points.</p>}
        <div className="modal-actions">
          <button type="button" className="btn" onClick={onClose}>Look at the table and the log</button>
          <button type="button" className="btn btn-primary" onClick={onNewGame}>{newGameLabel}</button>
        </div>
      </div>
    </div>
  );
}

export const SHORTCUTS: [string, string][] = [
  ['1 … 9', 'take the numbered choice in the prompt bar, or play the numbered card; the focus moves to the prompt'],
  ['← → ↑ ↓', 'move between the choices of the prompt bar, or the cards of the hand'],
  ['Home / End', 'the first or the last of those'],
  ['Enter or Space', 'take the focused choice'],
  ['Esc', 'back (when offered), or close a dialog'],
  ['W', 'show the network without America'],
  ['M', 'reset the map view'],
  ['L', 'go to the log'],
  ['?', 'this list'],
];

/** The map's own keys (src/render/scene.ts), once the map has the focus. */
const MAP_KEYS: [string, string][] = [
  ['← → ↑ ↓', 'pan the map'],
  ['+ / −', 'zoom in and out'],
  ['0', 'reset the map view'],
];

function KeyList({ keys }: { keys: [string, string][] }) {
  return (
    <dl className="keys">
      {keys.map(([k, text]) => (
        <div key={k}><dt><Kbd>{k}</Kbd></dt><dd>{text}</dd></div>
      ))}
    </dl>
  );
}

export function ShortcutsDialog({ shortcuts = SHORTCUTS, onClose }: { shortcuts?: [string, string][]; onClose: () => void }) {
  const close = useRef<HTMLButtonElement>(null);
  useEffect(() => close.current?.focus(), []);
  return (
    <div className="modal-backdrop" onClick={onClose}>
      <div className="modal" role="dialog" aria-modal="true" aria-labelledby="keys-title" onClick={(e) => e.stopPropagation()}>
        <h2 id="keys-title">Keyboard shortcuts</h2>
        <KeyList keys={shortcuts} />
        <h3 className="keys-title">On the map, once it has the focus</h3>
        <KeyList keys={MAP_KEYS} />
        <p className="muted small">
          Tab moves through the prompt, the hand, the map, the theatres, the log and your seat; the prompt’s choices and the
          hand’s cards are one stop each, walked with the arrow keys. The first Tab on the page offers links straight to
          your decision, your hand and the map.
        </p>
        <div className="modal-actions">
          <button type="button" className="btn btn-primary" ref={close} onClick={onClose}>Close</button>
        </div>
      </div>
    </div>
  );
}
