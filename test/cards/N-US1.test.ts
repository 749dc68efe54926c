import { describe, expect, it } from 'vitest';
import { legalActionsFor } from '../../src/game';
import { A, actionFor, play } from '../helpers/builders';
import { changed, nationalCard, nationalOffered, nextRound, openingGame, playEvent, whereIs } from '../helpers/cards';

describe('N-US1 Forward Posture', () => {
  it('N-US1 puts one more US force in the chosen theatre, raises tension there +1 and reliability +1', () => {
    const g = openingGame();
    const before = { forces: g.G.actors.US!.forces.SCS ?? 0, tension: g.G.tension.SCS };
    expect(changed(g.G, () => playEvent(g, 'US', 'N-US1', 'SCS'))).toEqual({
      'US.forces.SCS': [before.forces, before.forces + 1],
      'tension.SCS': [before.tension, before.tension + 1],
      reliability: [6, 7],
    });
    expect(whereIs(g.G, 'N-US1')).toBe('nowhere');
  });

  it('N-US1 is always played for its event: after choosing it the US picks a theatre, not a mode', () => {
    const g = openingGame();
    actionFor(g.G, 'US');
    play(g.G, g.rng, 'US', A.card('N-US1'));
    const legal = legalActionsFor(g.G, 'US');
    expect(legal.some((a) => a.move === 'chooseMode')).toBe(false);
    expect(legal.filter((a) => a.move === 'chooseTarget').map((a) => a.args[0])).toEqual(['KOR', 'ECS', 'TWN', 'SCS']);
  });

  it('N-US1 goes to the first island chain only: Korea, the East China Sea, the Taiwan Strait, the South China Sea', () => {
    expect(nationalCard('N-US1').theatres).toEqual(['KOR', 'ECS', 'TWN', 'SCS']);
  });

  it('N-US1 is not offered while America First governs', () => {
    const g = openingGame();
    g.G.administration = 'americaFirst';
    expect(nationalOffered(g.G, 'US')).toEqual(['N-US2', 'N-US3']);
    g.G.administration = 'continuity';
    expect(nationalOffered(g.G, 'US')).toEqual(['N-US1', 'N-US2', 'N-US3']);
  });

  it('N-US1 is offered to the United States only', () => {
    const g = openingGame();
    expect(nationalOffered(g.G, 'US')).toEqual(['N-US1', 'N-US2', 'N-US3']);
    for (const seat of ['CN', 'JP', 'KR', 'AU', 'PH'] as const) expect(nationalOffered(g.G, seat)).not.toContain('N-US1');
  });

  it('N-US1 is once a round: afterwards no US national card is offered until the next round', () => {
    const g = openingGame();
    playEvent(g, 'US', 'N-US1', 'KOR');
    expect(nationalOffered(g.G, 'US')).toEqual([]);
    nextRound(g);
    expect(nationalOffered(g.G, 'US')).toEqual(['N-US1', 'N-US2', 'N-US3']);
  });
});
