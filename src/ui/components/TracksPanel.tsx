// The public tracks: the regional order (who is winning), the US election and the live politics
// deck, the hub's reliability, the Ukraine signal, US troops in Korea and Taiwan's defence.
import type { PlayerView } from '../../game';
import { POLITICS_DECKS } from '../../game';
import { ADMINISTRATION_NAMES, DECK_NAMES, percentOfGdp, thousands } from '../selectors/names';
import { trackSummary } from '../selectors/table';
import { Pips, TugTrack } from './bits';

export function TracksPanel({ view }: { view: PlayerView }) {
  const t = trackSummary(view);
  const decided = t.administration !== 'undecided';
  return (
    <section className="panel tracks-panel" aria-labelledby="tracks-title">
      <h2 id="tracks-title">The region</h2>

      <div className="track">
        <h3>Regional order</h3>
        <TugTrack value={t.order} range={10} left="China −10" right="network +10" label="Regional order" />
      </div>

      <div className="track">
        <h3>Washington</h3>
        {decided ? (
          <p className="admin">
            <strong>{ADMINISTRATION_NAMES[t.administration]}</strong> administration
          </p>
        ) : (
          <>
            <TugTrack value={t.election} range={5} left="continuity leads" right="America First leads" label="Election track" />
            <p className="muted small">Decided at the end of round {t.electionRound} ({t.electionDate}); only American domestic events move it.</p>
          </>
        )}
        <p className="deck-line">
          Live deck: <strong>{t.liveDeckName}</strong> <span className="muted">{t.liveDeckGloss}</span> · {t.liveDeckCount} cards
        </p>
        <ol className="deck-ladder" aria-label="The politics decks, in the order the election moves them">
          {POLITICS_DECKS.map((d) => (
            <li key={d} className={d === t.liveDeck ? 'live' : ''} {...(d === t.liveDeck ? { 'aria-current': 'true' as const } : {})}>
              {d === t.liveDeck && <span aria-hidden="true">▶ </span>}
              {DECK_NAMES[d].name}
            </li>
          ))}
        </ol>
      </div>

      <dl className="stat-grid">
        <dt>Hub reliability</dt>
        <dd><Pips value={t.reliability} max={10} label="Hub reliability" /> {t.reliability}</dd>
        <dt>Ukraine signal</dt>
        <dd>
          <Pips value={t.ukraine} max={6} label="Ukraine signal" mark={4} /> {t.ukraine}
          {t.ukraine >= 4 && <span className="warn"> ⚠ Taiwan Strait tension +1 a round</span>}
        </dd>
        <dt>US troops in Korea</dt>
        <dd>{thousands(t.troops)} <span className="muted">({t.troopUnits} force units)</span></dd>
        <dt>Taiwan’s defence</dt>
        <dd>{percentOfGdp(t.taiwanDefence)} <span className="muted">(target 3.0%)</span></dd>
        <dt>Strategy deck</dt>
        <dd>{t.strategyDeck} cards · {t.discard} discarded</dd>
      </dl>
      <p className="sr-only">{view.counts.politics[t.liveDeck]} cards in the live politics deck.</p>
    </section>
  );
}
