// A group of choices the keyboard enters with one Tab and walks with the arrow keys (a "roving
// tabindex", as in the WAI-ARIA authoring practices): only one item of the group is in the tab
// order, the one focused last (the first, for a new set of choices). ← → move one item, wrapping;
// ↑ ↓ move one row of a grid (one item in a row of cards); Home and End go to the ends.
import { useState, type KeyboardEvent } from 'react';

/** Marks an item of the group; the items are walked in the order of the page. */
export const ROVING_ITEM = 'data-roving';

function columnsOf(el: HTMLElement): number {
  const style = getComputedStyle(el);
  if (style.display !== 'grid') return 1;
  return Math.max(1, style.gridTemplateColumns.split(' ').filter(Boolean).length);
}

export interface Roving {
  /** tabIndex of the item at `index` */
  tabIndex(index: number): 0 | -1;
  /** call from the item's onFocus */
  focused(index: number): void;
  /** put on the group's element */
  onKeyDown(e: KeyboardEvent<HTMLElement>): void;
}

/** `choices` changes with every new set of choices (its actions' keys), `count` is their number. */
export function useRoving(choices: string, count: number): Roving {
  const [at, setAt] = useState({ choices, index: 0 });
  const current = at.choices === choices && at.index < count ? at.index : 0;
  return {
    tabIndex: (index) => (index === current ? 0 : -1),
    focused: (index) => setAt({ choices, index }),
    onKeyDown: (e) => {
      if (e.altKey || e.ctrlKey || e.metaKey) return;
      const items = [...e.currentTarget.querySelectorAll<HTMLElement>(`[${ROVING_ITEM}]`)];
      const from = items.indexOf(document.activeElement as HTMLElement);
      if (from < 0 || items.length === 0) return;
      const n = items.length;
      const row = columnsOf(e.currentTarget);
      const moves: Record<string, number> = {
        ArrowRight: (from + 1) % n,
        ArrowLeft: (from - 1 + n) % n,
        ArrowDown: Math.min(n - 1, from + row),
        ArrowUp: Math.max(0, from - row),
        Home: 0,
        End: n - 1,
      };
      const to = moves[e.key];
      if (to === undefined) return;
      e.preventDefault();
      items[to]?.focus();
    },
  };
}
