// Faithful to the source (issue #3): every fact F01–F46 of ../shared/design/SEED-FACTS.md is
// modelled in the rules data (a card, an actor or a theatre carries its id) AND cited in the
// rulebook ([F16]); every card carries the facts it models, and the rulebook cites them on the
// card's own line.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { RULES } from '../../src/game';

const rulebook = readFileSync(new URL('../../rules/rulebook.md', import.meta.url), 'utf8');
const FACTS = Array.from({ length: 46 }, (_, i) => `F${String(i + 1).padStart(2, '0')}`);
const cards = [
  ...Object.values(RULES.strategy), ...Object.values(RULES.national), ...Object.values(RULES.alliances),
  ...Object.values(RULES.politics), ...Object.values(RULES.regional), ...Object.values(RULES.agendas),
];
const modelled = new Set([
  ...cards.flatMap((c) => c.facts),
  ...Object.values(RULES.actors).flatMap((a) => a.facts),
  ...Object.values(RULES.theatres).flatMap((t) => t.facts),
]);
/** Fact ids cited in brackets: [F16] or [F15, F16]. */
const citedIn = (text: string) => new Set([...text.matchAll(/\[(F\d{2}(?:, F\d{2})*)\]/g)].flatMap((m) => m[1]!.split(', ')));
const cited = citedIn(rulebook);

describe('the 46 facts of the article', () => {
  it('every fact F01–F46 is modelled by the rules data (a card, an actor or a theatre carries its id)', () => {
    expect(FACTS.filter((f) => !modelled.has(f))).toEqual([]);
  });

  it('every fact F01–F46 is cited in the rulebook in brackets, outside its appendix too', () => {
    const body = rulebook.slice(0, rulebook.indexOf('## Appendix'));
    const inBody = citedIn(body);
    expect(FACTS.filter((f) => !cited.has(f))).toEqual([]);
    expect(FACTS.filter((f) => !inBody.has(f))).toEqual([]);
  });

  it('every card carries at least one fact, and only real ones', () => {
    expect(cards.filter((c) => c.facts.length === 0).map((c) => c.id)).toEqual([]);
    expect(cards.flatMap((c) => c.facts).filter((f) => !FACTS.includes(f))).toEqual([]);
  });

  it("the rulebook cites each card's facts on the card's own table line", () => {
    const lines = rulebook.split('\n');
    const wrong: string[] = [];
    for (const c of cards) {
      const line = lines.find((l) => l.startsWith(`| ${c.id} |`));
      if (!line) { wrong.push(`${c.id}: no table line`); continue; }
      const onLine = citedIn(line);
      for (const f of c.facts) if (!onLine.has(f)) wrong.push(`${c.id}: ${f}`);
    }
    expect(wrong).toEqual([]);
  });

  it("the appendix lists every fact once, with the data that models it", () => {
    const appendix = rulebook.slice(rulebook.indexOf('## Appendix'));
    for (const f of FACTS) {
      const line = appendix.split('\n').find((l) => l.startsWith(`| [${f}] |`));
      expect(line, f).toBeDefined();
      const ids = cards.filter((c) => c.facts.includes(f)).map((c) => c.id);
      for (const id of ids) expect(line, `${f} should name ${id}`).toMatch(new RegExp(`\\b${id}\\b`));
    }
  });
});
