// Card zones. Every card is in exactly one place: a deck, a hand, a discard pile, or removed.
import type { PoliticsDeck, SeatId } from './ids';
import { shuffleInPlace, type Rng } from './random';
import type { GState } from './state';
import { log } from './log';

/** Draws up to `count` strategy cards into a seat's hand, reshuffling the discard when the
 *  deck runs out. */
export function drawCards(G: GState, actor: SeatId, count: number, rng: Rng): string[] {
  const drew: string[] = [];
  for (let i = 0; i < count; i++) {
    if (G.decks.strategy.length === 0) {
      if (G.decks.strategyDiscard.length === 0) break;
      G.decks.strategy = G.decks.strategyDiscard;
      G.decks.strategyDiscard = [];
      shuffleInPlace(rng, G.decks.strategy);
    }
    const card = G.decks.strategy.pop() as string;
    G.hands[actor].push(card);
    drew.push(card);
  }
  if (drew.length) log(G, { type: 'hand', actor, drew });
  return drew;
}

export function fillHand(G: GState, actor: SeatId, rng: Rng): void {
  const missing = G.handSize - G.hands[actor].length;
  if (missing > 0) drawCards(G, actor, missing, rng);
}

/** Takes the top card of a politics deck, reshuffling its discard when it is empty. */
export function drawPolitics(G: GState, deck: PoliticsDeck, rng: Rng): string | undefined {
  if (G.decks.politics[deck].length === 0) {
    G.decks.politics[deck] = G.decks.politicsDiscard[deck];
    G.decks.politicsDiscard[deck] = [];
    shuffleInPlace(rng, G.decks.politics[deck]);
  }
  return G.decks.politics[deck].pop();
}

export function drawRegional(G: GState, rng: Rng): string | undefined {
  if (G.decks.regional.length === 0) {
    G.decks.regional = G.decks.regionalDiscard;
    G.decks.regionalDiscard = [];
    shuffleInPlace(rng, G.decks.regional);
  }
  return G.decks.regional.pop();
}

/** Puts a card back at a random place in the regional deck (recurring events). */
export function reinsertRegional(G: GState, card: string, rng: Rng): void {
  const at = Math.floor(rng.number() * (G.decks.regional.length + 1));
  G.decks.regional.splice(at, 0, card);
}
