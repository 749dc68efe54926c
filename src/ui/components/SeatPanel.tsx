// The seat at the screen: its tracks, its government, its secret agenda. In the public view (no
// seat at the screen) it says so instead.
import type { PlayerView, SeatId } from '../../game';
import type { Seating } from './TableBoard';
import { HEDGING, seatSummary, type AgendaSummary } from '../selectors/table';
import { ActorChip, Pips, SideMark } from './bits';

const NO_SEAT_TEXT: Record<Seating, string> = {
  solo: 'Public information only.',
  hotseat: 'No seat’s hand or secrets are shown while bots play. The screen will be covered before it passes to the next person.',
  online: 'Public information only.',
  spectator: 'You are watching: the public table only, no seat’s hand, agenda or secret choices.',
};

/** Where the agenda stands: for now while the game goes on, for good once it is over (10.3). */
function agendaState(agenda: AgendaSummary, over: boolean): string {
  if (over) return agenda.holds ? `✓ met at the end · its ${agenda.points} points count in the final ranking` : '✗ not met at the end · no agenda points';
  return `${agenda.holds ? '✓ holds now' : '✗ not met yet'} · worth ${agenda.points} points at the end`;
}

export function SeatPanel({ view, viewer, seating }: { view: PlayerView; viewer: SeatId | null; seating: Seating }) {
  if (!viewer) {
    return (
      <section className="panel seat-panel" aria-labelledby="seat-title">
        <h2 id="seat-title">Table view</h2>
        <p className="muted">{NO_SEAT_TEXT[seating]}</p>
      </section>
    );
  }
  const s = seatSummary(view, viewer);
  if (!s) return null;
  const flags: Record<string, string> = {
    nuclear: 'Own nuclear deterrent',
    fiveEyes: 'In the Five Eyes',
    infoSecurity: 'Information-security law',
    subsRefused: 'Submarines refused',
  };
  return (
    <section className="panel seat-panel" aria-labelledby="seat-title">
      <h2 id="seat-title" className="seat-title">
        <ActorChip id={viewer} /> <span>{s.name}</span> <span className="seat-you">your seat</span>
      </h2>
      <p className="seat-gov">
        <SideMark side={s.side} />
        {' · '}
        {s.aligned ? <span className="gov gov-aligned">✓ government aligned</span> : <span className="gov gov-hedging">↯ government hedging</span>}
      </p>
      <dl className="stat-grid">
        <dt>Defence</dt>
        <dd><strong>{s.defenceText}</strong></dd>
        <dt>Forces</dt>
        <dd>
          {/* the cap limits building only: cards add forces past it (6.2) */}
          {s.forces > s.forceCap
            ? <>{s.forces} <span className="muted">(cap {s.forceCap} for building; cards may add more)</span></>
            : <>{s.forces} of {s.forceCap} <span className="muted">(building cap, from defence)</span></>}
        </dd>
        <dt>Opinion</dt>
        <dd><Pips value={s.opinion} max={10} label="Opinion" /> {s.opinion}</dd>
        <dt>Economy</dt>
        <dd><Pips value={s.economy} max={10} label="Economy" /> {s.economy}</dd>
        {s.side === 'network' && (
          <>
            <dt>China trade</dt>
            <dd>
              <Pips value={s.chinaTrade} max={10} label="China trade" mark={HEDGING} /> {s.chinaTrade}
              {s.hedging && <span className="warn"> ⚠ past the hedging line</span>}
            </dd>
          </>
        )}
        <dt>Credibility</dt>
        <dd><Pips value={s.credibility} max={10} label="Credibility" /> {s.credibility}</dd>
        {s.side === 'network' && s.seat !== 'US' && (
          <>
            <dt>Insurance</dt>
            <dd><Pips value={s.insurance} max={3} label="Insurance" /> {s.insurance}</dd>
          </>
        )}
        <dt>National interest</dt>
        <dd><strong>{s.nip}</strong> {s.nip === 1 ? "point" : "points"}</dd>
      </dl>
      {s.flags.length > 0 && <p className="flags">{s.flags.map((f) => <span key={f} className="flag">{flags[f] ?? f}</span>)}</p>}
      {s.agenda && (
        <div className={`agenda ${s.agenda.holds ? 'holds' : ''}`}>
          <h3>
            Secret agenda{s.agenda.kind === 'hedging' ? ' (hedging)' : ''}: {s.agenda.name}
          </h3>
          <p>{s.agenda.text}</p>
          <p className="agenda-state">{agendaState(s.agenda, !!view.result)}</p>
        </div>
      )}
    </section>
  );
}
