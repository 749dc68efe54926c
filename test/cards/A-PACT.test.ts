import { describe, expect, it } from 'vitest';
import { createInitialState } from '../../src/game';
import { directWeight } from '../../src/game/deterrence';
import { proposableAlliances } from '../../src/game/ops';
import { allianceCard, answerAll, changed, openingGame, propose, type Game } from '../helpers/cards';

const card = allianceCard('A-PACT');

/** The dense network A-PACT needs: both trilaterals integrated, the SCS exercises at 2, order 5. */
function denseNetwork(g: Game): void {
  g.G.alliances['A-USJPKR']!.level = 3;
  g.G.alliances['A-USJPPH']!.level = 3;
  g.G.alliances['A-SCSX']!.level = 2;
  g.G.tracks.order = 5;
}

describe('A-PACT A Revived Pacific Pact', () => {
  it('A-PACT starts unbuilt and can only reach talks (level 1)', () => {
    expect([card.start, card.max]).toEqual([0, 1]);
    expect(card.members).toEqual(['US', 'JP', 'KR', 'AU', 'PH']);
    expect(createInitialState(6).alliances['A-PACT']).toEqual({ level: 0, suspended: 0 });
  });

  it('A-PACT is out of reach until both trilaterals are at 3, A-SCSX at 2 and order at 5 — each condition is needed', () => {
    const g = openingGame();
    expect(proposableAlliances(g.G, 'US', 4)).not.toContain('A-PACT');
    denseNetwork(g);
    for (const seat of ['US', 'JP', 'KR', 'AU', 'PH'] as const) expect(proposableAlliances(g.G, seat, 1)).toContain('A-PACT');
    expect(proposableAlliances(g.G, 'CN', 4)).not.toContain('A-PACT');
    const undo: [string, () => void][] = [
      ['A-USJPKR at 2', () => { g.G.alliances['A-USJPKR']!.level = 2; }],
      ['A-USJPPH at 2', () => { g.G.alliances['A-USJPPH']!.level = 2; }],
      ['A-SCSX at 1', () => { g.G.alliances['A-SCSX']!.level = 1; }],
      ['order 4', () => { g.G.tracks.order = 4; }],
    ];
    for (const [what, spoil] of undo) {
      denseNetwork(g);
      spoil();
      expect(proposableAlliances(g.G, 'US', 4), what).not.toContain('A-PACT');
    }
  });

  it("A-PACT proposed by America needs all four allies' consent; then talks (level 1) and China reacts hard: order −2, tension TWN +2, two Chinese forces in TWN", () => {
    const g = openingGame();
    denseNetwork(g);
    let asked: string[] = [];
    const diff = changed(g.G, () => {
      propose(g, 'US', 'A-PACT');
      asked = answerAll(g);
    });
    expect(asked).toEqual(['JP', 'KR', 'AU', 'PH']);
    expect(diff).toEqual({ 'A-PACT': [0, 1], order: [5, 3], 'tension.TWN': [5, 7], 'CN.forces.TWN': [4, 6] });
    expect(proposableAlliances(g.G, 'US', 4)).not.toContain('A-PACT');
  });

  it('A-PACT fails if any ally refuses (here the last one asked, the Philippines)', () => {
    const g = openingGame();
    denseNetwork(g);
    const diff = changed(g.G, () => {
      propose(g, 'JP', 'A-PACT');
      answerAll(g, { PH: false });
    });
    expect(diff).toEqual({});
  });

  it('A-PACT at level 1 links every member to every other at 0.25 in every theatre', () => {
    const g = openingGame();
    g.G.alliances['A-PACT']!.level = 1;
    expect(directWeight(g.G, 'KR', 'PH', 'TWN')).toBeCloseTo(0.25 * 0.8, 4);
    expect(directWeight(g.G, 'AU', 'KR', 'KOR')).toBeCloseTo(0.25 * 0.85, 4);
  });
});
