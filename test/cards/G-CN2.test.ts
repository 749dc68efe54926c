import { describe, expect, it } from 'vitest';
import { RULES, agendaHolds, finalScore } from '../../src/game';
import { computeResult } from '../../src/game/scoring';
import { startedGame } from '../helpers/builders';
import { agendaCard, openingGame } from '../helpers/cards';

const card = agendaCard('G-CN2');

describe("G-CN2 Pull the Spokes Apart", () => {
  it("G-CN2 holds once the Philippine government has turned away from the network", () => {
    const g = openingGame();
    g.G.agendas.CN = card.id;
    g.G.actors.PH!.aligned = false;
    expect(agendaHolds(g.G, 'CN')).toBe(true);
  });

  it("G-CN2 does not hold at the opening: Thailand's drift does not count, only the four allies", () => {
    const g = openingGame();
    g.G.agendas.CN = card.id;
    
    expect(agendaHolds(g.G, 'CN')).toBe(false);
  });

  it("G-CN2 does not hold with Japan's China trade at 7", () => {
    const g = openingGame();
    g.G.agendas.CN = card.id;
    g.G.actors.JP!.chinaTrade = 7;
    expect(agendaHolds(g.G, 'CN')).toBe(false);
  });

  it("G-CN2 holds too with Japan's China trade at 8, every government still aligned", () => {
    const g = openingGame();
    g.G.agendas.CN = card.id;
    g.G.actors.JP!.chinaTrade = 8;
    expect(agendaHolds(g.G, 'CN')).toBe(true);
  });

  it("G-CN2 holds with South Korea's government turned away", () => {
    const g = openingGame();
    g.G.agendas.CN = card.id;
    g.G.actors.KR!.aligned = false;
    expect(agendaHolds(g.G, 'CN')).toBe(true);
  });

  it("G-CN2 adds its 4 points to CN's final score when it holds, none when it does not", () => {
    const g = openingGame();
    g.G.agendas.CN = card.id;
    g.G.actors.CN!.nip = 3;
    expect(finalScore(g.G, 'CN')).toBe(3);
    g.G.actors.PH!.aligned = false;
    expect(finalScore(g.G, 'CN')).toBe(3 + 4);
  });

  it("G-CN2: when China wins, China is ranked first whatever its agenda; when the network wins, China is never a winner", () => {
    const g = openingGame();
    g.G.agendas.CN = card.id;
    expect(computeResult(g.G, 'china', 'final-order').ranking[0]).toBe('CN');
    g.G.actors.PH!.aligned = false;
    expect(computeResult(g.G, 'network', 'final-order').winners).not.toContain('CN');
  });

  it("G-CN2 is one of CN's two standard agendas (with G-CN1): the first move deals CN one of them at random, G-CN2 in some games", () => {
    expect(card.kind).toBe('standard');
    expect(card.points).toBe(4);
    const dealt = new Set<string>();
    for (const seed of ['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h']) {
      const { G } = startedGame({ seed });
      expect(RULES.agendas[G.agendas.CN!]).toMatchObject({ actor: 'CN', kind: 'standard' });
      dealt.add(G.agendas.CN!);
    }
    expect([...dealt].sort()).toEqual(['G-CN1', 'G-CN2']);
  });
});
