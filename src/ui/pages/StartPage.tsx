// The start page: a new game (solo against bots, or hotseat at one screen), the scenario and the
// bots' level, and the way to the rulebook and the sources.
import { useId, useState, type FormEvent } from 'react';
import { DEFAULT_SCENARIO, RULES, SEATS, type SeatId } from '../../game';
import { BOT_LEVELS, DEFAULT_BOT_LEVEL, PACES, freshSeed, hotseatSetup, setupProblem, soloSetup, type BotLevel, type GameSetup, type Mode } from '../local/setup';
import { navigate } from '../nav';
import { ActorChip } from '../components/bits';
import type { SavedGame } from '../local/local-game';
import { describeSaved } from '../local/storage';

const SEAT_BLURBS: Record<SeatId, string> = {
  US: 'The hub. Reassure the spokes, build the network — and live with whoever wins the election.',
  CN: 'The challenger. One against five: pressure, coerce and wedge the spokes apart.',
  JP: 'The keenest weaver. Reach 2% of GDP by 2027 without provoking your biggest trade partner.',
  KR: 'The most exposed. Keep America’s 28,500 troops — or build your own deterrent.',
  AU: 'AUKUS and the submarines. Will America sell them if it lacks enough for itself?',
  PH: 'The shoals. Hold the South China Sea with the trilateral — before the next election.',
};


interface Props {
  onStart: (setup: GameSetup, paceMs: number) => void;
  hasGame: boolean;
  /** a game kept from an earlier visit, to resume */
  saved?: SavedGame | null;
  onResume?: (saved: SavedGame) => void;
  /** why the last attempt to start or resume failed */
  problem?: string | null;
}

export function StartPage({ onStart, hasGame, saved, onResume, problem: startProblem }: Props) {
  const id = useId();
  const [mode, setMode] = useState<Mode>('solo');
  const [soloSeat, setSoloSeat] = useState<SeatId>('JP');
  const [hotseat, setHotseat] = useState<SeatId[]>(['US', 'CN']);
  const [bot, setBot] = useState<BotLevel>(DEFAULT_BOT_LEVEL);
  const [scenario, setScenario] = useState(DEFAULT_SCENARIO);
  const [pace, setPace] = useState(700);
  const [seed, setSeed] = useState(() => freshSeed());
  const [error, setError] = useState<string | null>(null);

  const setup: GameSetup = mode === 'solo' ? soloSetup(soloSeat, bot, scenario, seed) : hotseatSetup(hotseat, bot, scenario, seed);
  const problem = setupProblem(setup);
  const chosen = RULES.scenarios[scenario];

  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (problem) {
      setError(problem);
      return;
    }
    onStart(setup, pace);
  };

  const toggleHotseat = (seat: SeatId) =>
    setHotseat((seats) => (seats.includes(seat) ? seats.filter((s) => s !== seat) : SEATS.filter((s) => s === seat || seats.includes(s))));

  return (
    <div className="page start-page">
      <header className="start-hero">
        <p className="eyebrow">A card-driven wargame of the Indo-Pacific, 2024–2027</p>
        <h1>Hub &amp; Spokes</h1>
        <p className="lede">
          America’s Asian allies are tied to each other mostly through America. Can they weave a network between the spokes
          that holds if the hub wavers — and at what cost?
        </p>
        {saved && onResume && (
          <p className="resume">
            <button type="button" className="btn btn-primary" onClick={() => onResume(saved)}>
              Continue the saved game
            </button>{' '}
            <span>{describeSaved(saved)} · saved {new Date(saved.savedAt).toLocaleString(undefined, { dateStyle: 'medium', timeStyle: 'short' })}</span>
          </p>
        )}
        {startProblem && <p className="form-error on-dark" role="alert">{startProblem}</p>}
        <nav aria-label="About the game" className="start-links">
          <a href="#/online" onClick={(e) => { e.preventDefault(); navigate('online'); }}>Play online</a>
          <a href="#/rules" onClick={(e) => { e.preventDefault(); navigate('rules'); }}>How to play</a>
          <a href="#/sources" onClick={(e) => { e.preventDefault(); navigate('sources'); }}>Sources</a>
          {hasGame && <a href="#/play" onClick={(e) => { e.preventDefault(); navigate('play'); }}>Back to the game in progress</a>}
        </nav>
      </header>

      <main className="start-main">
        <form className="new-game panel" onSubmit={submit} aria-labelledby={`${id}-title`}>
          <h2 id={`${id}-title`}>New game</h2>

          <fieldset className="mode-choice">
            <legend>Who plays</legend>
            <label className={`option ${mode === 'solo' ? 'is-on' : ''}`}>
              <input type="radio" name="mode" value="solo" checked={mode === 'solo'} onChange={() => setMode('solo')} />
              <span><strong>Solo</strong> — you take one seat, bots play the other five</span>
            </label>
            <label className={`option ${mode === 'hotseat' ? 'is-on' : ''}`}>
              <input type="radio" name="mode" value="hotseat" checked={mode === 'hotseat'} onChange={() => setMode('hotseat')} />
              <span><strong>Hotseat</strong> — 2 to 6 people share this screen; bots play the empty seats</span>
            </label>
          </fieldset>

          {mode === 'solo' ? (
            <fieldset className="seat-choice">
              <legend>Your seat</legend>
              <div className="seat-grid">
                {SEATS.map((s) => (
                  <label key={s} className={`seat-option ${soloSeat === s ? 'is-on' : ''}`}>
                    <input type="radio" name="seat" value={s} checked={soloSeat === s} onChange={() => setSoloSeat(s)} aria-label={RULES.actors[s]?.name ?? s} aria-describedby={`${id}-blurb-${s}`} />
                    <span className="seat-option-head"><ActorChip id={s} /> {RULES.actors[s]?.name}</span>
                    <span className="seat-option-text" id={`${id}-blurb-${s}`}>{SEAT_BLURBS[s]}</span>
                  </label>
                ))}
              </div>
            </fieldset>
          ) : (
            <fieldset className="seat-choice">
              <legend>Seats taken by people ({hotseat.length} chosen; 2 to 6)</legend>
              <div className="seat-grid">
                {SEATS.map((s) => (
                  <label key={s} className={`seat-option ${hotseat.includes(s) ? 'is-on' : ''}`}>
                    <input type="checkbox" name="hotseat" value={s} checked={hotseat.includes(s)} onChange={() => toggleHotseat(s)} aria-label={RULES.actors[s]?.name ?? s} aria-describedby={`${id}-hblurb-${s}`} />
                    <span className="seat-option-head"><ActorChip id={s} /> {RULES.actors[s]?.name}</span>
                    <span className="seat-option-text" id={`${id}-hblurb-${s}`}>{SEAT_BLURBS[s]}</span>
                  </label>
                ))}
              </div>
            </fieldset>
          )}

          <div className="form-row">
            <label htmlFor={`${id}-scenario`}>Scenario</label>
            <select id={`${id}-scenario`} value={scenario} onChange={(e) => setScenario(e.target.value)}>
              {Object.values(RULES.scenarios).map((s) => <option key={s.id} value={s.id}>{s.name}</option>)}
            </select>
            {chosen && <p className="help">{chosen.description} <em>It teaches:</em> {chosen.teaches}</p>}
          </div>

          <div className="form-row two">
            <div>
              <label htmlFor={`${id}-bot`}>Bots</label>
              <select id={`${id}-bot`} value={bot} onChange={(e) => setBot(e.target.value as BotLevel)}>
                {BOT_LEVELS.map((b) => <option key={b.id} value={b.id}>{b.name}</option>)}
              </select>
              <p className="help">{BOT_LEVELS.find((b) => b.id === bot)?.text}</p>
            </div>
            <div>
              <label htmlFor={`${id}-pace`}>Bot pace</label>
              <select id={`${id}-pace`} value={pace} onChange={(e) => setPace(Number(e.target.value))}>
                {PACES.map((p) => <option key={p.ms} value={p.ms}>{p.name}</option>)}
              </select>
            </div>
          </div>

          <details className="advanced">
            <summary>Seed (the same seed and the same moves give the same game)</summary>
            <div className="form-row seed-row">
              <label htmlFor={`${id}-seed`}>Seed</label>
              <input id={`${id}-seed`} value={seed} onChange={(e) => setSeed(e.target.value)} spellCheck={false} autoComplete="off" />
              <button type="button" className="btn" onClick={() => setSeed(freshSeed())}>New seed</button>
            </div>
          </details>

          {(error && problem) && <p className="form-error" role="alert">{problem}</p>}
          <div className="form-actions">
            <button type="submit" className="btn btn-primary btn-large">
              {mode === 'solo' ? `Play as ${RULES.actors[soloSeat]?.name}` : `Start a hotseat game for ${hotseat.length}`}
            </button>
          </div>
        </form>

        <aside className="start-aside panel" aria-labelledby={`${id}-about`}>
          <h2 id={`${id}-about`}>The game in a minute</h2>
          <ul className="bullets">
            <li><strong>Nine rounds</strong>, spring 2024 to the end of 2027; the US election is decided after round 3.</li>
            <li>Each round: <strong>headlines</strong> from Washington and the region, three <strong>action rounds</strong> of cards,
              a <strong>flashpoint</strong> (a crisis breaks out where pressure is more than deterrence + 10), the <strong>home front</strong> (budgets,
              elections), then <strong>scoring</strong> (the network scores +1 for each theatre where deterrence is at least pressure, −1 where
              pressure is more than deterrence + 5 and China dominates it; the order track moves by the total, at most 1).</li>
            <li>A card gives its <strong>event</strong> or its <strong>operations</strong> — but played for operations, the other side’s event happens too.</li>
            <li><strong>Deterrence</strong> in each theatre is computed from the network of links. Toggle “without America” at any time and watch it fall.</li>
            <li>The <strong>regional-order track</strong> decides China against the network; allies win only if their secret agenda holds.</li>
          </ul>
          <p className="help">Everything can be played with the keyboard alone: number keys pick the offered actions, the arrow keys move between them, <kbd>Esc</kbd> goes back, <kbd>?</kbd> lists the shortcuts.</p>
        </aside>
      </main>
    </div>
  );
}
