// The prompt bar: what the seat at the screen is asked now, and one button for each legal action
// (exactly `legalActions`, in its order), with a number key for each. When nothing is asked,
// it says whom the game waits for.
import { useEffect, useMemo, useRef } from 'react';
import { awaitedActors, type Action, type PlayerView, type SeatId } from '../../game';
import { actionLabel, promptFor, shortcutFor, waitingLine } from '../selectors/labels';
import { BUDGET_LABELS, actorName } from '../selectors/names';
import { ActorChip, Kbd } from './bits';

interface Props {
  view: PlayerView;
  legal: Action[];
  acting: SeatId | null;
  viewer: SeatId | null;
  botThinking: SeatId | null;
  paused: boolean;
  onAct: (action: Action) => void;
  /** shown instead of actions once the game is over */
  onShowResult?: () => void;
  onNewGame?: () => void;
  newGameLabel?: string;
  /** online: who holds each seat, named under the waiting line */
  holders?: Partial<Record<SeatId, string>>;
}

export const actionKey = (a: Action): string => `${a.move}:${a.args.join(',')}`;

export function PromptBar({ view, legal, acting, viewer, botThinking, paused, onAct, onShowResult, onNewGame, newGameLabel = 'New game', holders }: Props) {
  const titleRef = useRef<HTMLHeadingElement>(null);
  const prompt = acting ? promptFor(view, acting) : null;
  const labels = useMemo(() => (acting ? legal.map((a) => actionLabel(view, acting, a)) : []), [view, legal, acting]);
  const signature = legal.map(actionKey).join('|');
  // Cards are chosen from the hand itself (each card is its action's button); the bar says so.
  const cardsInHand = legal.some((a) => a.move === 'playCard');

  // Keep the keyboard where the decisions are: when new actions arrive and focus was lost (on the
  // page body, on this bar, or on a button that has just gone), move it to the first action.
  useEffect(() => {
    const active = document.activeElement;
    const lost = !active || active === document.body || active === titleRef.current || !!active.closest('.action-list, .cards');
    if (!lost) return;
    const first = legal[0] ? document.querySelector<HTMLElement>(`[data-action-key="${CSS.escape(actionKey(legal[0]))}"]`) : null;
    if (first) first.focus();
    else titleRef.current?.focus();
  }, [signature]);

  const waiting = view.result
    ? `The game is over: ${view.result.side === 'network' ? 'the network wins' : 'China wins'}.`
    : botThinking && !acting
      ? `${actorName(botThinking)} (bot) is choosing…${paused ? ' — paused' : ''}`
      : waitingLine(view, viewer ? [viewer] : []);

  // Online: who holds the seats the game waits for.
  const waitingFor = !acting && holders && !view.result
    ? awaitedActors(view).filter((s) => s !== viewer && holders[s]).map((s) => `${actorName(s)}: ${holders[s]}`).join(' · ')
    : '';

  // What the seat at the screen has already chosen in secret, while the others choose.
  let secretNote: string | null = null;
  if (!acting && viewer && view.step.kind === 'commit' && view.crisis?.commits[viewer] !== undefined) {
    const n = view.crisis.commits[viewer] ?? 0;
    secretNote = `You committed ${n === 0 ? 'no forces' : n === 1 ? '1 force' : `${n} forces`}; nobody sees it until all are in.`;
  }
  if (!acting && viewer && view.step.kind === 'homeFront' && view.homeChoices[viewer]) {
    secretNote = `Your budget: ${BUDGET_LABELS[view.homeChoices[viewer]].toLowerCase()}; nobody sees it until all are in.`;
  }

  return (
    <section className={`prompt-bar ${acting ? 'is-acting' : view.result ? 'is-over' : 'is-waiting'}`} aria-labelledby="prompt-title">
      <div className="prompt-head">
        {acting && <ActorChip id={acting} />}
        <div>
          <h2 id="prompt-title" ref={titleRef} tabIndex={-1}>{prompt ? prompt.title : waiting}</h2>
          {prompt?.detail && <p className="prompt-detail">{prompt.detail}</p>}
          {secretNote && <p className="prompt-detail">{secretNote}</p>}
          {waitingFor && <p className="prompt-detail">{waitingFor}</p>}
          {cardsInHand && <p className="prompt-detail">Press a card in your hand below, or its number key.</p>}
        </div>
        {view.result && (
          <div className="prompt-end">
            {onShowResult && <button type="button" className="btn" onClick={onShowResult}>Show the result</button>}
            {onNewGame && <button type="button" className="btn btn-primary" onClick={onNewGame}>{newGameLabel}</button>}
          </div>
        )}
      </div>
      <p className="sr-only" aria-live="polite">{prompt ? `Your decision, as ${actorName(acting ?? '')}: ${prompt.title}` : ''}</p>
      {acting && legal.some((a) => a.move !== 'playCard') && (
        <ul className="action-list" aria-label="Your choices">
          {legal.map((a, i) => {
            const label = labels[i];
            const key = shortcutFor(legal, i);
            if (!label || a.move === 'playCard') return null;
            return (
              <li key={actionKey(a)}>
                <button
                  type="button"
                  className={`action tone-${label.tone}`}
                  onClick={() => onAct(a)}
                  data-action-key={actionKey(a)}
                  data-move={a.move}
                  data-arg={String(a.args[0] ?? '')}
                  {...(key ? { 'aria-keyshortcuts': key === 'Esc' ? 'Escape' : key } : {})}
                >
                  {key && <Kbd>{key}</Kbd>}
                  <span className="action-text">
                    <span className="action-label">{label.label}</span>
                    {label.hint && <span className="action-hint">{label.hint}</span>}
                  </span>
                </button>
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}
