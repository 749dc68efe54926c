// Creating an online match: the scenario, how many seats, who plays each (a person or a bot at a
// level), the creator's own seat, public or invite-only, and the time a person has to answer a
// proposal or a crisis before their bot answers.
import { useId, useState, type FormEvent } from 'react';
import { DEFAULT_SCENARIO, RULES, SEATS } from '../../game';
import { ActorChip } from '../components/bits';
import {
  BOT_LEVELS, MAX_ANSWER_SECONDS, MIN_ANSWER_SECONDS, botLabel, defaultForm, formProblem, nameProblem,
  type MatchForm, type SeatChoice,
} from './match-setup';

interface Props {
  playerName: string;
  busy: boolean;
  onCreate: (form: MatchForm, yourPlayerID: string) => void;
  /** the name field, to focus when the name is what is wrong */
  onNameProblem: (problem: string) => void;
}

export function CreateMatchForm({ playerName, busy, onCreate, onNameProblem }: Props) {
  const id = useId();
  const [form, setForm] = useState<MatchForm>(() => defaultForm(DEFAULT_SCENARIO));
  const [yours, setYours] = useState('0');
  const [error, setError] = useState<string | null>(null);
  const update = (patch: Partial<MatchForm>) => setForm((f) => ({ ...f, ...patch }));
  const personSeats = form.seats.slice(0, form.numPlayers).map((c, i) => (c === 'person' ? String(i) : null)).filter((x): x is string => x !== null);
  const yourSeat = personSeats.includes(yours) ? yours : (personSeats[0] ?? '0');
  const chosen = RULES.scenarios[form.scenario];

  const setSeat = (i: number, choice: SeatChoice) => update({ seats: form.seats.map((c, j) => (j === i ? choice : c)) });

  const submit = (e: FormEvent) => {
    e.preventDefault();
    const nameIssue = nameProblem(playerName);
    if (nameIssue) {
      onNameProblem(nameIssue);
      return;
    }
    const problem = formProblem(form);
    setError(problem);
    if (!problem) onCreate(form, yourSeat);
  };

  return (
    <form className="panel online-create" onSubmit={submit} aria-labelledby={`${id}-title`} noValidate>
      <h2 id={`${id}-title`}>Create a match</h2>
      <div className="form-row">
        <label htmlFor={`${id}-scenario`}>Scenario</label>
        <select id={`${id}-scenario`} value={form.scenario} onChange={(e) => update({ scenario: e.target.value })}>
          {Object.values(RULES.scenarios).map((s) => <option key={s.id} value={s.id}>{s.name}</option>)}
        </select>
        {chosen && <p className="help">{chosen.description}</p>}
      </div>
      <div className="form-row">
        <label htmlFor={`${id}-count`}>Seats</label>
        <select id={`${id}-count`} value={form.numPlayers} onChange={(e) => update({ numPlayers: Number(e.target.value) })}>
          {[2, 3, 4, 5, 6].map((n) => <option key={n} value={n}>{n} seats: {SEATS.slice(0, n).join(', ')}</option>)}
        </select>
        <p className="help">Seats are taken in this order; the allies beyond them are played by the engine’s autopilot.</p>
      </div>
      <fieldset className="online-seat-choices">
        <legend>Who plays each seat</legend>
        {SEATS.slice(0, form.numPlayers).map((seat, i) => (
          <div className="online-seat-choice" key={seat}>
            <label htmlFor={`${id}-seat-${i}`}><ActorChip id={seat} /> {RULES.actors[seat]?.name}</label>
            <select id={`${id}-seat-${i}`} value={form.seats[i]} onChange={(e) => setSeat(i, e.target.value as SeatChoice)}>
              <option value="person">A person (open seat)</option>
              {BOT_LEVELS.map((b) => <option key={b} value={b}>{botLabel(b)}</option>)}
            </select>
          </div>
        ))}
      </fieldset>
      <div className="form-row">
        <label htmlFor={`${id}-yours`}>Your seat</label>
        <select id={`${id}-yours`} value={yourSeat} onChange={(e) => setYours(e.target.value)} disabled={!personSeats.length}>
          {personSeats.map((p) => <option key={p} value={p}>{RULES.actors[SEATS[Number(p)] ?? 'US']?.name}</option>)}
        </select>
      </div>
      <fieldset className="online-visibility">
        <legend>Who can find it</legend>
        <label className={`option ${!form.unlisted ? 'is-on' : ''}`}>
          <input type="radio" name={`${id}-visibility`} checked={!form.unlisted} onChange={() => update({ unlisted: false })} />
          <span><strong>Public</strong> — listed in the lobby for anyone to join</span>
        </label>
        <label className={`option ${form.unlisted ? 'is-on' : ''}`}>
          <input type="radio" name={`${id}-visibility`} checked={form.unlisted} onChange={() => update({ unlisted: true })} />
          <span><strong>Invite only</strong> — not listed; people join by the link you send</span>
        </label>
      </fieldset>
      <div className="form-row">
        <label htmlFor={`${id}-answer`}>Time to answer a proposal or a crisis (seconds)</label>
        <input
          id={`${id}-answer`}
          type="number"
          inputMode="numeric"
          min={MIN_ANSWER_SECONDS}
          max={MAX_ANSWER_SECONDS}
          step={1}
          value={Number.isNaN(form.answerSeconds) ? '' : form.answerSeconds}
          onChange={(e) => update({ answerSeconds: e.target.value === '' ? Number.NaN : Number(e.target.value) })}
          aria-describedby={`${id}-answer-help`}
        />
        <p className="help" id={`${id}-answer-help`}>{MIN_ANSWER_SECONDS} to {MAX_ANSWER_SECONDS}. Past it, a bot answers for the person.</p>
      </div>
      {error && <p className="form-error" role="alert">{error}</p>}
      <div className="form-actions">
        <button type="submit" className="btn btn-primary" disabled={busy}>{busy ? 'Creating…' : 'Create and take my seat'}</button>
      </div>
    </form>
  );
}
