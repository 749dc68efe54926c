// The prompt bar: what the seat at the screen is asked now, and one button for each legal action
// (exactly `legalActions`, in its order), with a number key for each. When nothing is asked,
// it says whom the game waits for.
import { useEffect, useMemo, useRef, useState } from 'react';
import { awaitedActors, type Action, type PlayerView, type SeatId } from '../../game';
import { actionLabel, promptFor, shortcutFor, waitingLine, type ActionLabel } from '../selectors/labels';
import { BUDGET_LABELS, actorName } from '../selectors/names';
import { ActorChip, Kbd } from './bits';
import { ROVING_ITEM, useRoving } from './roving';

interface Props {
  view: PlayerView;
  legal: Action[];
  acting: SeatId | null;
  viewer: SeatId | null;
  botThinking: SeatId | null;
  paused: boolean;
  onAct: (action: Action) => void;
  /** online: when the server answers this decision for the seat (ms since the epoch) */
  answerBy?: number | null;
  /** shown instead of actions once the game is over */
  onShowResult?: () => void;
  onNewGame?: () => void;
  newGameLabel?: string;
  /** online: who holds each seat, named under the waiting line */
  holders?: Partial<Record<SeatId, string>>;
}

export const actionKey = (a: Action): string => `${a.move}:${a.args.join(',')}`;

interface ChoiceProps {
  action: Action;
  label: ActionLabel;
  shortcut: string | undefined;
  onAct: (action: Action) => void;
  className?: string;
  tabIndex?: 0 | -1;
  onFocus?: () => void;
}

function Choice({ action, label, shortcut, onAct, className = '', tabIndex, onFocus }: ChoiceProps) {
  return (
    <button
      type="button"
      className={`action tone-${label.tone} ${className}`}
      onClick={() => onAct(action)}
      data-action-key={actionKey(action)}
      data-move={action.move}
      data-arg={String(action.args[0] ?? '')}
      {...(tabIndex === undefined ? {} : { tabIndex, [ROVING_ITEM]: '' })}
      {...(onFocus ? { onFocus } : {})}
      {...(shortcut ? { 'aria-keyshortcuts': shortcut === 'Esc' ? 'Escape' : shortcut } : {})}
    >
      {shortcut && <Kbd>{shortcut}</Kbd>}
      <span className="action-text">
        <span className="action-label">{label.label}</span>
        {label.hint && <span className="action-hint">{label.hint}</span>}
      </span>
    </button>
  );
}

/** m:ss */
const clockText = (ms: number) => {
  const s = Math.max(0, Math.ceil(ms / 1000));
  return `${Math.floor(s / 60)}:${String(s % 60).padStart(2, '0')}`;
};

/** The time left to answer, counting down each second (a timer role: read on demand, not announced). */
function AnswerClock({ by }: { by: number }) {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const tick = setInterval(() => setNow(Date.now()), 250);
    return () => clearInterval(tick);
  }, [by]);
  const left = by - now;
  return (
    <p className={`answer-clock ${left <= 10_000 ? 'is-short' : ''}`} role="timer" data-answer-by={by}>
      <span aria-hidden="true">◷ </span>
      {left > 0 ? <><strong>{clockText(left)}</strong> to answer; then the normal bot answers for you, from your seat’s view.</> : 'Time is up: the normal bot is answering for you.'}
    </p>
  );
}

export function PromptBar({ view, legal, acting, viewer, botThinking, paused, onAct, answerBy, onShowResult, onNewGame, newGameLabel = 'New game', holders }: Props) {
  const titleRef = useRef<HTMLHeadingElement>(null);
  const prompt = acting ? promptFor(view, acting) : null;
  const labels = useMemo(() => (acting ? legal.map((a) => actionLabel(view, acting, a)) : []), [view, legal, acting]);
  const signature = legal.map(actionKey).join('|');
  // Cards are chosen from the hand itself (each card is its action's button); the bar says so.
  const cardsInHand = legal.some((a) => a.move === 'playCard');

  // The choices in the bar (cards are chosen in the hand) walk with the arrow keys; Back stands
  // apart, at the bar's top right, and Esc takes it from anywhere.
  const choices = acting ? legal.flatMap((a, i) => (a.move === 'playCard' || a.move === 'back' ? [] : [i])) : [];
  const backAt = acting ? legal.findIndex((a) => a.move === 'back') : -1;
  const backLabel = backAt >= 0 ? labels[backAt] : undefined;
  const roving = useRoving(signature, choices.length);

  // Keep the keyboard where the decisions are: when new actions arrive and focus was lost (on the
  // page body, on this bar, or on a button that has just gone), move it to the first action.
  useEffect(() => {
    const active = document.activeElement;
    const lost = !active || active === document.body || active === titleRef.current || !!active.closest('.prompt-bar, .cards');
    if (!lost) return;
    const firstAction = legal.find((a) => a.move !== 'back') ?? legal[0];
    const first = firstAction ? document.querySelector<HTMLElement>(`[data-action-key="${CSS.escape(actionKey(firstAction))}"]`) : null;
    if (first) first.focus();
    else titleRef.current?.focus();
  }, [signature]);

  // A long list scrolls inside the bar: say so while choices lie below its edge.
  const barRef = useRef<HTMLElement>(null);
  const [more, setMore] = useState(false);
  useEffect(() => {
    const bar = barRef.current;
    if (!bar) return;
    const check = () => setMore(bar.scrollHeight - bar.scrollTop - bar.clientHeight > 4);
    check();
    const resized = new ResizeObserver(check);
    resized.observe(bar);
    bar.addEventListener('scroll', check, { passive: true });
    return () => {
      resized.disconnect();
      bar.removeEventListener('scroll', check);
    };
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
    <section ref={barRef} className={`prompt-bar ${acting ? 'is-acting' : view.result ? 'is-over' : 'is-waiting'}`} aria-labelledby="prompt-title">
      <div className="prompt-head">
        {acting && <ActorChip id={acting} />}
        <div>
          <h2 id="prompt-title" ref={titleRef} tabIndex={-1}>{prompt ? prompt.title : waiting}</h2>
          {prompt?.detail && <p className="prompt-detail">{prompt.detail}</p>}
          {secretNote && <p className="prompt-detail">{secretNote}</p>}
          {waitingFor && <p className="prompt-detail">{waitingFor}</p>}
          {cardsInHand && <p className="prompt-detail">Press a card in your hand below, or its number key.</p>}
          {acting && answerBy && <AnswerClock by={answerBy} />}
        </div>
        {view.result && (
          <div className="prompt-end">
            {onShowResult && <button type="button" className="btn" onClick={onShowResult}>Show the result</button>}
            {onNewGame && <button type="button" className="btn btn-primary" onClick={onNewGame}>{newGameLabel}</button>}
          </div>
        )}
      </div>
      <p className="sr-only" aria-live="polite">{prompt ? `Your decision, as ${actorName(acting ?? '')}: ${prompt.title}` : ''}</p>
      {choices.length > 0 && (
        <ul className="action-list" aria-label="Your choices (arrow keys move between them)" onKeyDown={roving.onKeyDown}>
          {choices.map((i, n) => {
            const a = legal[i] as Action;
            const label = labels[i];
            return label && (
              <li key={actionKey(a)}>
                <Choice action={a} label={label} shortcut={shortcutFor(legal, i)} onAct={onAct} tabIndex={roving.tabIndex(n)} onFocus={() => roving.focused(n)} />
              </li>
            );
          })}
        </ul>
      )}
      {more && <p className="prompt-more" aria-hidden="true">More choices below ↓ (scroll, or the arrow keys)</p>}
      {backLabel && (
        <Choice action={legal[backAt] as Action} label={backLabel} shortcut={shortcutFor(legal, backAt)} onAct={onAct} className="prompt-back" />
      )}
    </section>
  );
}
