// The story of the game, in the words of describe(), newest at the bottom. Names of cards,
// actors and theatres are buttons: hovering or focusing one highlights it on the map, pressing
// it shows a card's text or pans the map to the place. Online, earlier rounds stay on the server
// until the reader asks for them, one round at a time, from the top of the list.
import { Fragment, useEffect, useLayoutEffect, useMemo, useRef, useState } from 'react';
import type { PlayerView } from '../../game';
import { logItems, type LogItem } from '../selectors/log';
import { cardById, isActorId, isTheatreId } from '../selectors/names';
import { nearEnd } from './scroll';

/** Earlier rounds' log, fetched on request (online play). */
export interface EarlierLog {
  /** earlier rounds not loaded yet */
  remaining: number;
  loading: boolean;
  error: string | null;
  onLoad: () => void;
}

interface Props {
  view: PlayerView;
  freshAfter: number;
  onHighlight: (ids: string[] | null) => void;
  onFocusPlace: (id: string) => void;
  earlier?: EarlierLog;
}

function Entry({ item, fresh, onHighlight, onFocusPlace, openCard, setOpenCard }: {
  item: LogItem;
  fresh: boolean;
  onHighlight: Props['onHighlight'];
  onFocusPlace: Props['onFocusPlace'];
  openCard: string | null;
  setOpenCard: (key: string | null) => void;
}) {
  if (item.kind === 'round') {
    return <li className="log-round"><h3>{item.text}</h3></li>;
  }
  const cardKey = (ref: string) => `${item.seq}:${ref}`;
  const shownCard = item.tokens.find((t) => t.ref && openCard === cardKey(t.ref))?.ref;
  return (
    <li className={`log-entry ${item.kind === 'end' ? 'log-end' : ''} ${fresh ? 'fresh' : ''}`} data-seq={item.seq}>
      <p>
        {item.tokens.map((t, i) => {
          if (!t.ref) return <Fragment key={i}>{t.text}</Fragment>;
          const ref = t.ref;
          const place = isTheatreId(ref) || isActorId(ref);
          const ids = place ? [ref] : [...item.refs];
          return (
            <button
              key={i}
              type="button"
              className={`log-ref ${place ? 'ref-place' : 'ref-card'}`}
              onMouseEnter={() => onHighlight(ids)}
              onMouseLeave={() => onHighlight(null)}
              onFocus={() => onHighlight(ids)}
              onBlur={() => onHighlight(null)}
              onClick={() => (place ? onFocusPlace(ref) : setOpenCard(openCard === cardKey(ref) ? null : cardKey(ref)))}
              {...(!place ? { 'aria-expanded': openCard === cardKey(ref) } : {})}
            >
              {t.text}
            </button>
          );
        })}
      </p>
      {shownCard && cardById(shownCard) && (
        <p className="log-card-text"><strong>{cardById(shownCard)?.name}:</strong> {cardById(shownCard)?.text}</p>
      )}
      {item.details.length > 0 && (
        <ul className="log-details">
          {item.details.map((d, i) => <li key={i}>{d}</li>)}
        </ul>
      )}
    </li>
  );
}

function EarlierControl({ earlier }: { earlier: EarlierLog }) {
  if (!earlier.remaining && !earlier.error) return null;
  return (
    <li className="log-earlier">
      {earlier.remaining > 0 && (
        <button type="button" className="btn btn-small" onClick={earlier.onLoad} disabled={earlier.loading} aria-busy={earlier.loading}>
          {earlier.loading ? 'Loading the earlier round…' : `↑ Load the earlier round (${earlier.remaining} not shown)`}
        </button>
      )}
      {earlier.error && <p className="form-error" role="alert">{earlier.error}</p>}
    </li>
  );
}

export function LogPanel({ view, freshAfter, onHighlight, onFocusPlace, earlier }: Props) {
  const items = useMemo(() => logItems(view), [view]);
  const [openCard, setOpenCard] = useState<string | null>(null);
  const listRef = useRef<HTMLOListElement>(null);
  const [follow, setFollow] = useState(true);
  const last = items[items.length - 1]?.seq ?? -1;

  // Follow the newest entry unless the reader has scrolled up to read older ones.
  useEffect(() => {
    const el = listRef.current;
    if (el && follow) el.scrollTop = el.scrollHeight;
  }, [last, follow]);

  // An earlier round loaded above keeps the entries the reader was looking at in place.
  const first = items[0]?.seq ?? -1;
  const heightAtLoad = useRef<number | null>(null);
  useLayoutEffect(() => {
    const el = listRef.current;
    if (!el || heightAtLoad.current === null) return;
    el.scrollTop += el.scrollHeight - heightAtLoad.current;
    heightAtLoad.current = null;
  }, [first]);
  const loadEarlier = earlier && {
    ...earlier,
    onLoad: () => {
      heightAtLoad.current = listRef.current?.scrollHeight ?? null;
      earlier.onLoad();
    },
  };

  return (
    <div className="log-panel">
      <ol
        className="log-list"
        ref={listRef}
        tabIndex={0}
        aria-label="Game log"
        onScroll={(e) => setFollow(nearEnd(e.currentTarget))}
      >
        {loadEarlier && <EarlierControl earlier={loadEarlier} />}
        {items.map((item) => (
          <Entry
            key={item.seq}
            item={item}
            fresh={item.seq > freshAfter}
            onHighlight={onHighlight}
            onFocusPlace={onFocusPlace}
            openCard={openCard}
            setOpenCard={setOpenCard}
          />
        ))}
      </ol>
      {!follow && (
        <button type="button" className="btn btn-small log-follow" onClick={() => setFollow(true)}>
          ↓ Newest
        </button>
      )}
    </div>
  );
}
