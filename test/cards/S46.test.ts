import { describe, expect, it } from 'vitest';
import { changed, modesOffered, openingGame, playEvent, playOps, strategyCard, whereIs } from '../helpers/cards';

const card = strategyCard('S46');

describe('S46 Seoul Weighs the Bomb', () => {
  it('S46 names the figure: over 70% of South Koreans back a deterrent of their own, read as South Korean opinion 7', () => {
    expect(card.text).toMatch(/70%/);
    expect(JSON.stringify(card.effects)).toContain('"track":"opinion","atLeast":7');
  });

  it('S46 with the garrison whole and no America First only raises South Korean opinion +1', () => {
    const g = openingGame();
    g.G.actors.KR!.opinion = 7;
    expect(changed(g.G, () => playEvent(g, 'KR', 'S46'))).toEqual({ 'KR.opinion': [7, 8] });
    expect(whereIs(g.G, 'S46')).toBe('discard');
  });

  it('S46 under America First with South Korean opinion below 7 raises opinion +1 (the public is not there yet)', () => {
    const g = openingGame();
    g.G.administration = 'americaFirst';
    expect(changed(g.G, () => playEvent(g, 'CN', 'S46'))).toEqual({ 'KR.opinion': [6, 7] });
  });

  it('S46 under America First with South Korean opinion 7 alarms the partners: reliability −1 and South Korea credibility −1', () => {
    const g = openingGame();
    g.G.administration = 'americaFirst';
    g.G.actors.KR!.opinion = 7;
    expect(changed(g.G, () => playEvent(g, 'CN', 'S46'))).toEqual({ reliability: [6, 5], 'KR.credibility': [6, 5] });
  });

  it('S46 after a drawdown (24,000 troops) with opinion 7 alarms the partners even before the election', () => {
    const g = openingGame();
    g.G.tracks.troops = 24_000;
    g.G.actors.KR!.opinion = 7;
    expect(changed(g.G, () => playEvent(g, 'US', 'S46'))).toEqual({ reliability: [6, 5], 'KR.credibility': [6, 5] });
  });

  it('S46 is neutral: China and every network seat may play it for its event', () => {
    const g = openingGame();
    for (const seat of ['US', 'CN', 'JP', 'KR', 'AU', 'PH'] as const) expect(modesOffered(g, seat, 'S46')).toEqual(['event', 'ops']);
  });

  it('S46 played for operations does not fire its event', () => {
    const g = openingGame();
    expect(changed(g.G, () => playOps(g, 'KR', 'S46', 'lobby'))).toEqual({ 'KR.insurance': [0, 1] });
  });
});
