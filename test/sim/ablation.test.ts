// Ablation takes one card out of a game that has begun, and keeps the rest of the deal.
import { describe, expect, it } from 'vitest';
import { RULES, SEATS, createInitialState, applyAction, legalActionsFor, SeededRng, type GState } from '../../src/game';
import { compareAblation, helpedSide, removeFromGame } from '../../src/sim/ablation';
import { runBatch } from '../../src/sim/batch';
import type { GameRecord } from '../../src/sim/record';

function begun(seed: string): GState {
  const G = createInitialState(6);
  const begin = legalActionsFor(G, 'US')[0];
  if (!begin || !applyAction(G, '0', begin, new SeededRng(seed))) throw new Error('could not begin');
  return G;
}
const strategyZones = (G: GState) => [...G.decks.strategy, ...G.decks.strategyDiscard, ...G.decks.removed, ...SEATS.flatMap((s) => G.hands[s])];

describe('removeFromGame', () => {
  it('takes a card from a hand, refills the hand from the top of the deck, and leaves every other card in place', () => {
    const G = begun('ablation-hand');
    const card = G.hands.JP[2] as string;
    const deckTop = G.decks.strategy[G.decks.strategy.length - 1];
    const otherHands = SEATS.filter((s) => s !== 'JP').map((s) => [...G.hands[s]]);
    removeFromGame(G, card);
    expect(G.hands.JP).not.toContain(card);
    expect(G.hands.JP).toHaveLength(G.handSize);
    expect(G.hands.JP).toContain(deckTop);
    expect(SEATS.filter((s) => s !== 'JP').map((s) => G.hands[s])).toEqual(otherHands);
    expect(G.decks.removed).toEqual([card]);
    expect(strategyZones(G).sort()).toEqual(Object.keys(RULES.strategy).sort());
  });

  it('takes a card from the deck without moving the others', () => {
    const G = begun('ablation-deck');
    const card = G.decks.strategy[5] as string;
    const rest = G.decks.strategy.filter((c) => c !== card);
    removeFromGame(G, card);
    expect(G.decks.strategy).toEqual(rest);
    expect(G.decks.removed).toEqual([card]);
  });

  it('spends a national card for the whole game', () => {
    const G = begun('ablation-national');
    removeFromGame(G, 'N-JP1');
    expect(G.nationalSpent).toContain('N-JP1');
  });

  it('keeps the card out of every game of a batch', () => {
    const records = runBatch({ scenario: 'spring-2024', seed: 'no-S01', from: 0, count: 3, bot: 'greedy', without: 'S01' });
    for (const r of records) expect([...r.events, ...r.ops]).not.toContain('S01');
  });
});

describe('compareAblation', () => {
  const rec = (seed: string, side: 'network' | 'china'): GameRecord => ({
    seed, side, reason: 'final-order', administration: 'continuity', rounds: 9, crises: 0, crisesWonByNetwork: 0,
    crisisTheatres: [], accommodated: [], events: [], ops: [],
  });
  it('measures the change for the side the card helps, over the same seeds', () => {
    const chinaCard = Object.values(RULES.strategy).find((c) => c.side === 'china')?.id as string;
    expect(helpedSide(chinaCard)).toBe('china');
    const baseline = [rec('a', 'china'), rec('b', 'china'), rec('c', 'network'), rec('d', 'network')];
    const without = [rec('a', 'network'), rec('b', 'china'), rec('c', 'network'), rec('d', 'network')];
    const result = compareAblation(chinaCard, baseline, without);
    expect(result.withCard).toBe(0.5);
    expect(result.withoutCard).toBe(0.25);
    expect(result.change.mean).toBe(-0.25);
  });
  it('reads a national card as helping its owner', () => {
    expect(helpedSide('N-CN1')).toBe('china');
    expect(helpedSide('N-JP1')).toBe('network');
  });
});
