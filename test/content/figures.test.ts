// The article's figures are the game's starting values and thresholds (issue #3): Japan from
// 1.2% of GDP (2022) toward 2% by 2027, Taiwan 1.8% → 2.5%, target 3%, 28,500 US troops in
// Korea, over 70% of South Koreans for their own deterrent, and the allies' combined GDP about
// half China's. Defence is in tenths of a % of GDP.
import { describe, expect, it } from 'vitest';
import { RULES, alliesPowerRatio, createInitialState } from '../../src/game';
import { KOREA_GARRISON, taiwanUnits } from '../../src/game/home-front';
import { TROOPS_PER_UNIT } from '../../src/game/effects';
import type { Condition, Effect } from '../../src/game/schema';

const all = [
  ...Object.values(RULES.strategy), ...Object.values(RULES.national), ...Object.values(RULES.politics),
  ...Object.values(RULES.regional), ...Object.values(RULES.agendas), ...Object.values(RULES.alliances),
];
/** Every condition anywhere in a card: requires, goals, printed conditions, `if` branches. */
function conditionsOf(card: (typeof all)[number]): Condition[] {
  const out: Condition[] = [];
  const cond = (c: Condition) => {
    out.push(c);
    if (c.when === 'all' || c.when === 'any') c.of.forEach(cond);
    if (c.when === 'not') cond(c.of);
  };
  const eff = (es: readonly Effect[]) => es.forEach((e) => { if (e.op === 'if') { cond(e.cond); eff(e.then); eff(e.else ?? []); } });
  const c = card as Record<string, unknown>;
  if (c.requires) cond(c.requires as Condition);
  if (c.goal) cond(c.goal as Condition);
  if (c.conditions) Object.values(c.conditions as Record<string, Condition>).forEach(cond);
  eff((c.effects ?? c.chinaReaction ?? []) as Effect[]);
  return out;
}
const thresholds = (pred: (c: Condition) => boolean) => all.flatMap((card) => conditionsOf(card).filter(pred).map((c) => ({ id: card.id, c })));
const scenarios = Object.values(RULES.scenarios);

describe("the article's figures in the data", () => {
  it('Japan starts at 16 (between 1.2% of GDP in 2022 and its 2% goal for 2027) and its agenda and cards aim at 20 [F15, F16]', () => {
    const start = RULES.actors.JP!.start!.defence;
    expect(start).toBe(16);
    expect(start).toBeGreaterThan(12);
    expect(start).toBeLessThan(20);
    expect(createInitialState(6).actors.JP!.defence).toBe(16);
    expect(RULES.agendas['G-JP1']!.goal).toEqual({ when: 'track', actor: 'JP', track: 'defence', atLeast: 20 });
    expect(RULES.national['N-JP1']!.text).toMatch(/1\.2%.*2%.*2027/);
  });

  it("Taiwan's defence starts at 25 (2.5% in 2024) in every scenario; 30 (its 3% target) is a threshold in the data and pays for a unit more in the strait; the texts carry 1.8% and 3% [F38]", () => {
    for (const s of scenarios) expect(s.tracks.taiwanDefence, s.id).toBe(25);
    expect(RULES.actors.TW!.start!.defence).toBe(25);
    const at30 = thresholds((c) => c.when === 'global' && c.track === 'taiwanDefence' && c.atLeast === 30).map((x) => x.id);
    expect(at30).toEqual(expect.arrayContaining(['G-US2']));
    const G = createInitialState(2);
    const at25 = taiwanUnits(G);
    G.tracks.taiwanDefence = 30;
    expect(taiwanUnits(G)).toBe(at25 + 1);
    expect(RULES.strategy.S17!.text).toMatch(/1\.8%.*2016.*2\.5%.*2024.*3%/);
  });

  it('28,500 US troops are in Korea at the start of every scenario that begins before a drawdown, i.e. before the election is decided [F41]', () => {
    for (const s of scenarios.filter((x) => x.administration === 'undecided')) expect(s.tracks.troops, s.id).toBe(28_500);
    expect(KOREA_GARRISON).toBe(28_500);
    expect(Math.floor(28_500 / TROOPS_PER_UNIT)).toBe(RULES.actors.US!.start!.forces.KOR);
    expect(RULES.agendas['G-KR1']!.goal).toMatchObject({ when: 'any', of: expect.arrayContaining([{ when: 'global', track: 'troops', atLeast: 28_500 }]) });
    const belowGarrison = thresholds((c) => c.when === 'global' && c.track === 'troops' && c.atMost === 28_499).map((x) => x.id);
    expect(belowGarrison).toEqual(expect.arrayContaining(['N-KR2', 'P-MO12', 'S46']));
  });

  it('over 70% of South Koreans want their own deterrent: a South Korean nuclear card says 70% and reads it as opinion 7 [F42]', () => {
    const cards = all.filter((c) => c.facts.includes('F42') && /70%/.test(c.text));
    expect(cards.map((c) => c.id)).toContain('S46');
    for (const card of cards) {
      expect(conditionsOf(card).some((c) => c.when === 'track' && c.actor === 'KR' && c.track === 'opinion' && c.atLeast === 7), card.id).toBe(true);
    }
  });

  it("the allies' combined GDP (Japan, South Korea, Australia, the Philippines, Taiwan, Thailand) is about half China's [F45]", () => {
    const ratio = alliesPowerRatio();
    expect(ratio).toBeGreaterThan(0.45);
    expect(ratio).toBeLessThan(0.6);
    const sum = ['JP', 'KR', 'AU', 'PH', 'TW', 'TH'].reduce((s, a) => s + RULES.actors[a]!.power, 0);
    expect(sum / RULES.actors.CN!.power).toBeCloseTo(ratio, 6);
  });

  it('the five bilateral US treaties are in play from the start, and nothing else is a treaty [F04, F17]', () => {
    const treaties = Object.values(RULES.alliances).filter((a) => a.kind === 'treaty');
    expect(treaties.map((a) => a.members.find((m) => m !== 'US')).sort()).toEqual(['AU', 'JP', 'KR', 'PH', 'TH']);
    for (const t of treaties) expect(t.start).toBe(3);
  });
});
