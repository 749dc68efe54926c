import { describe, expect, it } from 'vitest';
import { createInitialState } from '../../src/game';
import { directWeight } from '../../src/game/deterrence';
import { basingTheatres, proposableAlliances } from '../../src/game/ops';
import { allianceCard, answerAll, changed, openingGame, propose, whereIs } from '../helpers/cards';

const card = allianceCard('A-AUKUS');
const ukAnswers = (log: { type: string }[]) =>
  log.filter((e): e is { type: 'answer'; actor: string; accept: boolean; reason: string } => e.type === 'answer' && (e as { actor?: string }).actor === 'UK');

describe('A-AUKUS AUKUS', () => {
  it('A-AUKUS starts in play at level 1 and may rise to 3; Britain is a member but not a seat', () => {
    expect([card.start, card.max]).toEqual([1, 3]);
    expect(card.members).toEqual(['US', 'AU', 'UK']);
    expect(createInitialState(6).alliances['A-AUKUS']).toEqual({ level: 1, suspended: 0 });
  });

  it("A-AUKUS is upgraded only with every member's consent and provokes China's reaction (tension SCS +1, a Chinese force in SCS, tension OCE +1 — no order move): Australia proposes, Britain's printed condition holds, America accepts", () => {
    const g = openingGame();
    let asked: string[] = [];
    let played = '';
    const diff = changed(g.G, () => {
      played = propose(g, 'AU', 'A-AUKUS');
      asked = answerAll(g);
    });
    expect(asked).toEqual(['US']);
    expect(ukAnswers(g.G.log)).toMatchObject([{ accept: true, reason: 'printed-condition' }]);
    expect(diff).toEqual({ 'A-AUKUS': [1, 2], 'tension.SCS': [5, 6], 'CN.forces.SCS': [3, 4], 'tension.OCE': [1, 2] });
    expect(whereIs(g.G, played)).toBe('discard');
  });

  it('A-AUKUS is not upgraded if America refuses', () => {
    const g = openingGame();
    const diff = changed(g.G, () => {
      propose(g, 'AU', 'A-AUKUS');
      answerAll(g, { US: false });
    });
    expect(diff).toEqual({});
  });

  it('A-AUKUS: Britain refuses when reliability is below 4 — nobody else is asked, nothing changes, the card is spent', () => {
    const g = openingGame();
    g.G.tracks.reliability = 3;
    let played = '';
    const diff = changed(g.G, () => {
      played = propose(g, 'US', 'A-AUKUS');
    });
    expect(g.G.step.kind).toBe('action');
    expect(diff).toEqual({});
    expect(ukAnswers(g.G.log)).toMatchObject([{ accept: false, reason: 'printed-condition' }]);
    expect(whereIs(g.G, played)).toBe('discard');
  });

  it('A-AUKUS at reliability exactly 4 is still accepted by Britain', () => {
    const g = openingGame();
    g.G.tracks.reliability = 4;
    propose(g, 'US', 'A-AUKUS');
    answerAll(g);
    expect(g.G.alliances['A-AUKUS']!.level).toBe(2);
  });

  it('A-AUKUS cannot be proposed while America refuses the submarines (subsRefused), by anyone', () => {
    const g = openingGame();
    g.G.actors.AU!.flags = ['subsRefused'];
    expect(proposableAlliances(g.G, 'AU', 4)).not.toContain('A-AUKUS');
    expect(proposableAlliances(g.G, 'US', 4)).not.toContain('A-AUKUS');
    g.G.actors.AU!.flags = [];
    expect(proposableAlliances(g.G, 'AU', 2)).toContain('A-AUKUS');
    expect(proposableAlliances(g.G, 'JP', 4)).not.toContain('A-AUKUS');
  });

  it('A-AUKUS at level 3 links Australia to America at 0.75 × (0.5 + 7/20) in its theatres, above the treaty; elsewhere the treaty (0.5) counts', () => {
    const g = openingGame();
    g.G.alliances['A-AUKUS']!.level = 3;
    expect(directWeight(g.G, 'AU', 'US', 'SCS')).toBeCloseTo(0.6375, 4);
    expect(directWeight(g.G, 'AU', 'US', 'KOR')).toBeCloseTo(0.425, 4);
  });

  it('A-AUKUS in play lets Australia build in WPAC and SCS as well as at home', () => {
    const g = openingGame();
    expect(basingTheatres(g.G, 'AU')).toEqual(['SCS', 'WPAC', 'OCE']);
    g.G.alliances['A-AUKUS']!.level = 0;
    expect(basingTheatres(g.G, 'AU')).toEqual(['OCE']);
  });

  it('A-AUKUS withered under America First and rebuilt pays China no order: its reaction never moves the order track (8.5)', () => {
    expect(card.chinaReaction.some((e) => e.op === 'global' && e.track === 'order')).toBe(false);
    const g = openingGame();
    g.G.alliances['A-AUKUS']!.level = 2;
    propose(g, 'AU', 'A-AUKUS');
    answerAll(g);
    expect(g.G.alliances['A-AUKUS']!.level).toBe(3);
    expect(g.G.tracks.order).toBe(0);
  });
});
