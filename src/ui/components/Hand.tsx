// The hand of the seat at the screen: its strategy cards and its national cards, each showing
// ops value, side, deck, name and event text. A card the legal actions offer is a button that
// plays it; others are shown, not offered.
import type { Action, PlayerView, SeatId } from '../../game';
import { handCards, type HandCard } from '../selectors/table';
import { actionLabel, shortcutFor } from '../selectors/labels';
import { actionKey } from './PromptBar';
import { actorName } from '../selectors/names';
import { Kbd, SideMark } from './bits';
import { ROVING_ITEM, useRoving } from './roving';
import type { Seating } from './TableBoard';

interface Props {
  view: PlayerView;
  viewer: SeatId | null;
  legal: Action[];
  seating: Seating;
  onAct: (action: Action) => void;
}

function CardFace({ card, inProgress, shortcut }: { card: HandCard; inProgress: boolean; shortcut?: string }) {
  const textId = `card-text-${card.id}`;
  return (
    <>
      <span className="card-top">
        {card.ops !== undefined ? (
          <span className="card-ops" title="operations value"><span className="sr-only">Operations value </span>{card.ops}</span>
        ) : (
          <span className="card-ops national" aria-hidden="true">★</span>
        )}
        <SideMark side={card.side} />
        {shortcut && <Kbd>{shortcut}</Kbd>}
      </span>
      <span className="card-name">{card.name}</span>
      <span className="card-deck">{card.deck === 'national' ? 'national card' : 'strategy deck'} · {card.id}</span>
      <span className="card-text" id={textId}>{card.text}</span>
      <span className="card-foot">
        {inProgress && <span className="tag tag-progress">being played</span>}
        {card.opponent && <span className="tag tag-warn">ops also fire its {card.side === 'china' ? 'Chinese' : 'network'} event</span>}
        {card.remove && card.deck === 'strategy' && <span className="tag">removed after its event</span>}
        {card.remove && card.deck === 'national' && <span className="tag">once a game</span>}
        {card.note && <span className="tag tag-muted">{card.note}</span>}
      </span>
    </>
  );
}

export function Hand({ view, viewer, legal, seating, onAct }: Props) {
  // The playable cards are one stop for Tab, walked with the arrow keys.
  const plays: Action[] = legal.filter((a) => a.move === 'playCard');
  const roving = useRoving(plays.map(actionKey).join('|'), plays.length);
  if (!viewer) {
    return (
      <section className="hand hand-hidden" aria-labelledby="hand-title">
        <h2 id="hand-title" tabIndex={-1}>Hands</h2>
        <p className="muted">
          {seating === 'hotseat' ? 'Hands are hidden: no seat is at the screen.' : seating === 'spectator' ? 'Spectators see no hand.' : 'No hand to show.'}
        </p>
      </section>
    );
  }
  const cards = handCards(view, viewer, legal);
  const inProgress = view.step.kind === 'action' && view.step.actor === viewer ? view.step.card : undefined;
  const play = (id: string) => legal.find((a) => a.move === 'playCard' && a.args[0] === id);
  const keyOf = (a: Action | undefined) => (a ? shortcutFor(legal, legal.indexOf(a)) : undefined);
  return (
    <section className="hand" aria-labelledby="hand-title">
      <h2 id="hand-title" tabIndex={-1}>
        {actorName(viewer)}’s hand <span className="muted">({view.hands[viewer]?.length ?? 0} strategy cards and national cards)</span>
      </h2>
      <ul className="cards" onKeyDown={roving.onKeyDown}>
        {cards.map((card) => {
          const action = play(card.id);
          const cls = `card side-${card.side} ${action ? 'playable' : ''} ${inProgress === card.id ? 'in-progress' : ''}`;
          return (
            <li key={card.id} className={cls} data-card={card.id}>
              {action ? (
                <button
                  type="button"
                  className="card-button"
                  onClick={() => onAct(action)}
                  aria-label={actionLabel(view, viewer, action).label}
                  aria-describedby={`card-text-${card.id}`}
                  aria-keyshortcuts={keyOf(action)}
                  data-action-key={actionKey(action)}
                  {...{ [ROVING_ITEM]: '' }}
                  tabIndex={roving.tabIndex(plays.indexOf(action))}
                  onFocus={() => roving.focused(plays.indexOf(action))}
                >
                  <CardFace card={card} inProgress={inProgress === card.id} shortcut={keyOf(action)} />
                </button>
              ) : (
                <div className="card-body">
                  <CardFace card={card} inProgress={inProgress === card.id} />
                </div>
              )}
            </li>
          );
        })}
      </ul>
    </section>
  );
}
