// Ablation: the same games played with one card taken out, to see how much that card alone
// moves the result. The card is taken out after the first deal and a card in a hand is
// replaced from the top of the deck, so every other card keeps its place and the two games of
// a seed share their draws for as long as play allows (common random numbers).
import { RULES, type GState, type SeatId } from '../game';
import { drawCards } from '../game/decks';
import { SeededRng } from '../game';
import { pairedDifference, type Difference } from './interval';
import type { GameRecord } from './record';

export type HelpedSide = 'network' | 'china' | 'neutral';

/** The side a card helps, from its data: a strategy card's side, a national card's owner. */
export function helpedSide(cardId: string): HelpedSide {
  const strategy = RULES.strategy[cardId];
  if (strategy) return strategy.side;
  const national = RULES.national[cardId];
  if (national) return national.actor === 'CN' ? 'china' : 'network';
  throw new Error(`not a playable card: ${cardId}`);
}

/** Takes a strategy or national card out of a game that has just begun. */
export function removeFromGame(G: GState, cardId: string): void {
  if (RULES.national[cardId]) {
    if (!G.nationalSpent.includes(cardId)) G.nationalSpent.push(cardId);
    return;
  }
  if (!RULES.strategy[cardId]) throw new Error(`not a playable card: ${cardId}`);
  G.decks.removed.push(cardId);
  const inDeck = G.decks.strategy.indexOf(cardId);
  if (inDeck >= 0) {
    G.decks.strategy.splice(inDeck, 1);
    return;
  }
  for (const [seat, hand] of Object.entries(G.hands) as [SeatId, string[]][]) {
    const at = hand.indexOf(cardId);
    if (at < 0) continue;
    hand.splice(at, 1);
    // The deck is full at the first deal, so the draw never reshuffles: the generator is unused.
    drawCards(G, seat, 1, new SeededRng(`replace-${cardId}`));
    return;
  }
}

export interface AblationResult {
  card: string;
  side: HelpedSide;
  /** games played without the card */
  games: number;
  /** change in the helped side's win rate when the card is removed (for a neutral card:
   *  China's), as paired differences over the same seeds */
  change: Difference;
  /** the helped side's win rate with the card and without it */
  withCard: number;
  withoutCard: number;
}

const won = (r: GameRecord, side: HelpedSide) => (r.side === (side === 'neutral' ? 'china' : side) ? 1 : 0);

/** Compares games without a card to the baseline games of the same seeds. */
export function compareAblation(card: string, baseline: readonly GameRecord[], without: readonly GameRecord[]): AblationResult {
  const side = helpedSide(card);
  const bySeed = new Map(baseline.map((r) => [r.seed, r]));
  const pairs = without.map((r) => {
    const base = bySeed.get(r.seed);
    if (!base) throw new Error(`no baseline game for seed ${r.seed}`);
    return [base, r] as const;
  });
  const mean = (xs: number[]) => xs.reduce((s, x) => s + x, 0) / Math.max(1, xs.length);
  return {
    card,
    side,
    games: pairs.length,
    change: pairedDifference(pairs.map(([b, w]) => won(w, side) - won(b, side))),
    withCard: mean(pairs.map(([b]) => won(b, side))),
    withoutCard: mean(pairs.map(([, w]) => won(w, side))),
  };
}

/** A card matters too much when taking it out moves its side's win rate by more than this. */
export const ABLATION_LIMIT = 0.1;
export const flagged = (a: AblationResult): boolean => Math.abs(a.change.mean) > ABLATION_LIMIT;
