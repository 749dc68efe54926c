// The size and shape of the content (issue #3): how many cards each deck holds, the mix that
// makes "operations or event?" a dilemma, national cards per seat, alliance cards with their
// printed conditions and China's reaction, politics decks with catch-up cards for each
// election result, North Korean launches that grow more frequent, two standard agendas per seat
// and a hedging one per ally — and the rules that keep the order track from being farmed.
import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ALLY_SEATS, POLITICS_DECKS, RULES, SEATS, isSeat } from '../../src/game';
import type { Effect } from '../../src/game/schema';

const strategy = Object.values(RULES.strategy);
const national = Object.values(RULES.national);
const alliances = Object.values(RULES.alliances);
const politics = Object.values(RULES.politics);
const regional = Object.values(RULES.regional);
const agendas = Object.values(RULES.agendas);

/** Does an effect list move the order track, and is that move outside any condition? */
function orderMoves(effects: readonly Effect[], guarded = false): { guarded: boolean; by: number }[] {
  return effects.flatMap((e) => {
    if (e.op === 'global' && e.track === 'order') return [{ guarded, by: e.by }];
    if (e.op === 'if') return [...orderMoves(e.then, true), ...orderMoves(e.else ?? [], true)];
    return [];
  });
}

/**
 * A rough measure of which side an effect list helps, for the catch-up cards: + helps the
 * network, − helps China. Each branch of an `if` is scored on its own (a catch-up card must help
 * its side whichever branch fires).
 */
function branches(effects: readonly Effect[]): Effect[][] {
  let out: Effect[][] = [[]];
  for (const e of effects) {
    if (e.op === 'if') {
      const options = [...branches(e.then), ...branches(e.else ?? [])];
      out = out.flatMap((b) => options.map((o) => [...b, ...o]));
    } else out = out.map((b) => [...b, e]);
  }
  return out;
}
const NETWORK_TRACK = { defence: 1, opinion: 1, economy: 1, credibility: 1, insurance: 0.5, chinaTrade: -1, nip: 0 } as const;
function networkValue(effects: readonly Effect[]): number {
  let v = 0;
  for (const e of effects) {
    switch (e.op) {
      case 'global': v += { order: 2, reliability: 1, troops: 1 / 4500, taiwanDefence: 0.5, ukraine: -1, election: 0 }[e.track] * e.by; break;
      case 'tension': v -= e.by; break;
      case 'track': {
        const actors = e.actor === 'allies' ? [...ALLY_SEATS] : [e.actor];
        for (const a of actors) v += (a === 'CN' ? -1 : 1) * NETWORK_TRACK[e.track] * e.by;
        break;
      }
      case 'forces': v += (e.actor === 'CN' ? -1 : 1) * e.by; break;
      case 'alliance': v += e.by; break;
      case 'suspend': v -= 1; break;
      default: break;
    }
  }
  return v;
}
const helpsNetwork = (effects: readonly Effect[]) => branches(effects).every((b) => networkValue(b) > 0);
const helpsChina = (effects: readonly Effect[]) => branches(effects).every((b) => networkValue(b) < 0);
const C = (n: number, k: number): number => (k < 0 || k > n ? 0 : k === 0 ? 1 : (C(n - 1, k - 1) * n) / k);

describe('the strategy deck', () => {
  it('holds at least 45 cards, with network, China and neutral events', () => {
    expect(strategy.length).toBeGreaterThanOrEqual(45);
    const count = (side: string) => strategy.filter((c) => c.side === side).length;
    expect(count('network')).toBeGreaterThanOrEqual(15);
    expect(count('china')).toBeGreaterThanOrEqual(15);
    expect(count('neutral')).toBeGreaterThanOrEqual(8);
  });

  it('makes "operations or event?" a real dilemma in most hands: over 80% of 5-card hands hold both an event of your own side and one of the other side', () => {
    const n = strategy.length;
    const net = strategy.filter((c) => c.side === 'network').length;
    const cn = strategy.filter((c) => c.side === 'china').length;
    const neutral = n - net - cn;
    const all = C(n, 5);
    const both = 1 - C(n - cn, 5) / all - C(n - net, 5) / all + C(neutral, 5) / all;
    expect(both).toBeGreaterThan(0.8);
  });

  it('has cards of every value from 1 to 4 on both sides, so that playing the other side\'s card for its operations is tempting', () => {
    for (const side of ['network', 'china'] as const) {
      const ops = new Set(strategy.filter((c) => c.side === side).map((c) => c.ops));
      expect([...ops].sort(), side).toEqual([1, 2, 3, 4]);
    }
  });

  it('the order track cannot be farmed by replaying cards: every event that moves order unconditionally leaves the game (remove), each reshuffle replays the rest', () => {
    const farmable = strategy.filter((c) => !c.remove && orderMoves(c.effects).some((m) => !m.guarded)).map((c) => c.id);
    expect(farmable).toEqual([]);
  });

  it('only American domestic events move the election track, and exactly two strategy cards are such events', () => {
    expect(strategy.filter((c) => c.usDomestic).map((c) => c.id)).toEqual(['S33', 'S34']);
  });
});

describe('the national cards', () => {
  it('give each seat 2 to 4 cards of its own', () => {
    for (const seat of SEATS) {
      const n = national.filter((c) => c.actor === seat).length;
      expect(n, seat).toBeGreaterThanOrEqual(2);
      expect(n, seat).toBeLessThanOrEqual(4);
    }
  });

  it('never move the order track: a card that may be played every round must not farm it', () => {
    expect(national.filter((c) => orderMoves(c.effects).length > 0).map((c) => c.id)).toEqual([]);
  });

  it('give each ally a card that hedges toward China (its China trade rises)', () => {
    for (const ally of ['JP', 'KR', 'PH']) {
      expect(national.some((c) => c.actor === ally && JSON.stringify(c.effects).includes('"track":"chinaTrade","by":1')), ally).toBe(true);
    }
  });
});

describe('the alliance cards', () => {
  it('number at least 12 that can be built or are treaties, each with members, levels, theatres and a China reaction', () => {
    const built = alliances.filter((a) => a.kind === 'treaty' || a.max > a.start);
    expect(built.length).toBeGreaterThanOrEqual(12);
    for (const a of alliances) {
      expect(a.members.length, a.id).toBeGreaterThanOrEqual(2);
      expect(a.theatres.length, a.id).toBeGreaterThanOrEqual(1);
      expect(a.chinaReaction.length, a.id).toBeGreaterThanOrEqual(1);
      expect(a.start, a.id).toBeLessThanOrEqual(a.max);
    }
  });

  it('print a condition for every member that is not a seat (Britain, India), and no condition merely repeats the card\'s own requirement', () => {
    for (const a of alliances.filter((x) => x.kind === 'minilateral')) {
      for (const m of a.members.filter((x) => !isSeat(x))) {
        const cond = a.conditions[m];
        expect(cond, `${a.id}: ${m}`).toBeDefined();
        expect(JSON.stringify(cond), `${a.id}: ${m}'s condition repeats requires`).not.toBe(JSON.stringify(a.requires));
        if (a.requires?.when === 'all') for (const part of a.requires.of) expect(cond).not.toEqual(part);
      }
    }
  });

  it('include groupings between spokes only (no American member), which still count without the hub', () => {
    expect(alliances.filter((a) => a.kind === 'minilateral' && !a.members.includes('US')).map((a) => a.id)).toEqual(['A-JPAU', 'A-JPPH']);
  });

  it("China answers with pressure, not points: only the Pacific Pact's reaction, which can fire once, moves the order track", () => {
    const moving = alliances.filter((a) => orderMoves(a.chinaReaction).length > 0);
    expect(moving.map((a) => a.id)).toEqual(['A-PACT']);
    expect(RULES.alliances['A-PACT']!.max - RULES.alliances['A-PACT']!.start).toBe(1);
  });
});

describe('the US-politics decks', () => {
  it('hold at least 8 cards each', () => {
    for (const deck of POLITICS_DECKS) expect(politics.filter((c) => c.deck === deck).length, deck).toBeGreaterThanOrEqual(8);
  });

  it('before the vote, moshi-tora leans toward America First and hobo-tora back, keeping the race close', () => {
    const drift = (deck: string) => politics.filter((c) => c.deck === deck).flatMap((c) => c.effects)
      .filter((e): e is Extract<Effect, { op: 'global' }> => e.op === 'global' && e.track === 'election').reduce((s, e) => s + e.by, 0);
    expect(drift('moshi')).toBeGreaterThan(0);
    expect(drift('hobo')).toBeLessThan(0);
  });

  it('carry catch-up cards for each result: the mō-tora deck helps the network that America First hurts, the continuity deck helps China', () => {
    const mo = politics.filter((c) => c.deck === 'mo' && helpsNetwork(c.effects)).map((c) => c.id);
    const cont = politics.filter((c) => c.deck === 'continuity' && helpsChina(c.effects)).map((c) => c.id);
    expect(mo).toEqual(expect.arrayContaining(['P-MO9', 'P-MO12', 'P-MO13', 'P-MO14']));
    expect(cont.sort()).toEqual(['P-CONT1', 'P-CONT5', 'P-CONT6', 'P-CONT7', 'P-CONT8']);
    // and the bulk of each deck still leans the other way
    expect(politics.filter((c) => c.deck === 'mo' && helpsChina(c.effects)).length).toBeGreaterThan(mo.length);
  });
});

describe('the regional events', () => {
  it('number 14', () => {
    expect(regional.length).toBe(14);
  });

  it('bring North Korean launches more and more often: the recurring launch cards in the deck grow with the rounds, from 1 to 4', () => {
    const launches = regional.filter((c) => c.recurring && c.facts.includes('F10'));
    const inDeck = (round: number) => launches.filter((c) => c.from <= round).length;
    const counts = Array.from({ length: 9 }, (_, i) => inDeck(i + 1));
    expect(counts[0]).toBe(1);
    expect(counts[8]).toBe(4);
    for (let i = 1; i < 9; i++) expect(counts[i]!).toBeGreaterThanOrEqual(counts[i - 1]!);
    // their share of the deck grows too (non-recurring cards are used up)
    const share = (round: number) => inDeck(round) / regional.filter((c) => c.from <= round).length;
    expect(share(9)).toBeGreaterThan(share(1));
  });
});

describe('the secret agendas', () => {
  it('give every seat two standard agendas, and every ally one hedging agenda for a change of government', () => {
    for (const seat of SEATS) expect(agendas.filter((g) => g.actor === seat && g.kind === 'standard').length, seat).toBe(2);
    for (const ally of ALLY_SEATS) expect(agendas.filter((g) => g.actor === ally && g.kind === 'hedging').length, ally).toBe(1);
    expect(agendas.filter((g) => g.kind === 'hedging' && !(ALLY_SEATS as readonly string[]).includes(g.actor))).toEqual([]);
  });
});

describe('one test file per card', () => {
  const ids = [...strategy, ...national, ...alliances, ...politics, ...regional, ...agendas].map((c) => c.id);

  it('every card has test/cards/<ID>.test.ts, whose tests name the card', () => {
    const missing = ids.filter((id) => !existsSync(new URL(`../cards/${id}.test.ts`, import.meta.url)));
    expect(missing).toEqual([]);
    const unnamed = ids.filter((id) => {
      const text = readFileSync(new URL(`../cards/${id}.test.ts`, import.meta.url), 'utf8');
      const names = [...text.matchAll(/\bit\((['"`])(.*?)\1/g)].map((m) => m[2]!);
      return names.length === 0 || names.some((n) => !n.startsWith(id));
    });
    expect(unnamed).toEqual([]);
  });
});

describe('the rulebook covers every card', () => {
  const rulebook = readFileSync(new URL('../../rules/rulebook.md', import.meta.url), 'utf8');

  it("every card is listed under the section that governs it (\"Cards governed by this section\")", () => {
    const heads = [...rulebook.matchAll(/^#{2,4} (\d+(?:\.\d+)*) /gm)];
    const listed = new Map<string, string>();
    heads.forEach((h, i) => {
      const body = rulebook.slice(h.index, heads[i + 1]?.index ?? rulebook.length);
      const line = body.match(/\*Cards governed by this section: (.*)\.\*/);
      for (const id of line?.[1]?.split(', ') ?? []) listed.set(id, h[1]!);
    });
    const cards = [...strategy, ...national, ...alliances, ...politics, ...regional, ...agendas, ...Object.values(RULES.sweeteners)];
    expect(cards.filter((c) => listed.get(c.id) !== c.section).map((c) => `${c.id} (§${c.section}, listed under ${listed.get(c.id) ?? 'none'})`)).toEqual([]);
  });

  it("every card's own text is in the rulebook word for word", () => {
    const cards = [...strategy, ...national, ...alliances, ...politics, ...regional, ...agendas];
    expect(cards.filter((c) => !rulebook.includes(c.text)).map((c) => c.id)).toEqual([]);
  });

  it('the counts printed in 1.5 are the counts of the data', () => {
    const side = (s: string) => strategy.filter((c) => c.side === s).length;
    expect(rulebook).toContain(`${strategy.length} cards — ${side('network')} network events, ${side('china')} China events and ${side('neutral')} neutral ones`);
    expect(rulebook).toContain(`(${national.length} in all)`);
    expect(rulebook).toContain(`**Alliance cards**: ${alliances.length},`);
    expect(rulebook).toContain(`**Regional deck**: ${regional.length} cards`);
    for (const d of POLITICS_DECKS) expect(rulebook).toMatch(new RegExp(`\\*${d}\\* \\([^)]*?${politics.filter((c) => c.deck === d).length}`));
  });
});
