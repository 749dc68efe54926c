import { describe, expect, it } from 'vitest';
import { createInitialState } from '../../src/game';
import { directWeight } from '../../src/game/deterrence';
import { proposableAlliances } from '../../src/game/ops';
import { allianceCard, answerAll, changed, openingGame, propose } from '../helpers/cards';

const card = allianceCard('A-QUAD');
const indiaSays = (G: { log: { type: string }[] }) =>
  G.log.filter((e) => e.type === 'answer' && (e as { actor?: string }).actor === 'IN').map((e) => (e as unknown as { accept: boolean }).accept);

describe('A-QUAD The Quad', () => {
  it('A-QUAD starts unbuilt; America, Japan and Australia may propose it', () => {
    expect(card.start).toBe(0);
    expect(createInitialState(6).alliances['A-QUAD']).toEqual({ level: 0, suspended: 0 });
    const g = openingGame();
    for (const seat of ['US', 'JP', 'AU'] as const) expect(proposableAlliances(g.G, seat, 1)).toContain('A-QUAD');
    for (const seat of ['KR', 'PH'] as const) expect(proposableAlliances(g.G, seat, 4)).not.toContain('A-QUAD');
  });

  it("A-QUAD proposed by America: India accepts on its printed condition, Japan and Australia accept; level 1 and China's reaction (tension SCS +1, a Chinese force in SEA; the order track does not move)", () => {
    const g = openingGame();
    let asked: string[] = [];
    const diff = changed(g.G, () => {
      propose(g, 'US', 'A-QUAD');
      asked = answerAll(g);
    });
    expect(asked).toEqual(['JP', 'AU']);
    expect(indiaSays(g.G)).toEqual([true]);
    expect(diff).toEqual({ 'A-QUAD': [0, 1], 'tension.SCS': [5, 6], 'CN.forces.SEA': [1, 2] });
  });

  it('A-QUAD: India still accepts from level 1 to 2', () => {
    const g = openingGame();
    g.G.alliances['A-QUAD']!.level = 1;
    propose(g, 'JP', 'A-QUAD');
    answerAll(g);
    expect(g.G.alliances['A-QUAD']!.level).toBe(2);
  });

  it('A-QUAD stops at level 2 in practice: India refuses integration, nobody else is asked and nothing changes', () => {
    const g = openingGame();
    g.G.alliances['A-QUAD']!.level = 2;
    const diff = changed(g.G, () => propose(g, 'AU', 'A-QUAD'));
    expect(g.G.step.kind).toBe('action');
    expect(indiaSays(g.G)).toEqual([false]);
    expect(diff).toEqual({});
  });

  it('A-QUAD: India refuses even talks when reliability is below 3', () => {
    const g = openingGame();
    g.G.tracks.reliability = 2;
    const diff = changed(g.G, () => propose(g, 'US', 'A-QUAD'));
    expect(indiaSays(g.G)).toEqual([false]);
    expect(diff).toEqual({});
  });

  it('A-QUAD is not upgraded if Australia refuses', () => {
    const g = openingGame();
    const diff = changed(g.G, () => {
      propose(g, 'JP', 'A-QUAD');
      answerAll(g, { AU: false });
    });
    expect(diff).toEqual({});
  });

  it('A-QUAD at level 2 links Japan and Australia at 0.5 in SCS and SEA only', () => {
    const g = openingGame();
    g.G.alliances['A-QUAD']!.level = 2;
    expect(directWeight(g.G, 'JP', 'AU', 'SEA')).toBeCloseTo(0.5 * 0.85, 4);
    expect(directWeight(g.G, 'AU', 'JP', 'SCS')).toBeCloseTo(0.5 * 0.85, 4);
    expect(directWeight(g.G, 'JP', 'AU', 'OCE')).toBe(0);
  });
});
