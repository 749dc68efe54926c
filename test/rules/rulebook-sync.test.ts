// The rulebook and the card data agree both ways: every card id is in the rulebook, every id
// the rulebook names exists, every card's section is a heading, and every seed fact F01–F46
// is modelled (in the data) or cited (in the rulebook).
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { RULES } from '../../src/game';

const rulebook = readFileSync(new URL('../../rules/rulebook.md', import.meta.url), 'utf8');
const headings = new Set([...rulebook.matchAll(/^#{2,4} (\d+(?:\.\d+)*)\s/gm)].map((m) => m[1]));
const cards = [
  ...Object.values(RULES.strategy), ...Object.values(RULES.national), ...Object.values(RULES.alliances),
  ...Object.values(RULES.politics), ...Object.values(RULES.regional), ...Object.values(RULES.agendas),
];
const FACTS = Array.from({ length: 46 }, (_, i) => `F${String(i + 1).padStart(2, '0')}`);

describe('rulebook ↔ data', () => {
  it('the rulebook has numbered sections 1 to 10', () => {
    for (let n = 1; n <= 10; n++) expect(headings.has(String(n)), `section ${n}`).toBe(true);
  });

  it('every card id of the data appears in the rulebook', () => {
    const missing = cards.filter((c) => !new RegExp(`\\b${c.id}\\b`).test(rulebook)).map((c) => c.id);
    expect(missing).toEqual([]);
  });

  it('every card id the rulebook names exists in the data', () => {
    const known = new Set(cards.map((c) => c.id));
    const named = new Set([...rulebook.matchAll(/\b(?:S\d{2}|N-[A-Z]{2}\d|P-(?:MOSHI|HOBO|MO|CONT)\d+|R-[A-Z0-9]+|G-[A-Z]{2}\d|A-[A-Z]+|T-[A-Z]{2}|P-TW)\b/g)].map((m) => m[0]));
    expect([...named].filter((id) => !known.has(id))).toEqual([]);
  });

  it("every card's section is a heading of the rulebook", () => {
    const wrong = [...cards, ...Object.values(RULES.sweeteners)].filter((c) => !headings.has(c.section)).map((c) => `${c.id} → ${c.section}`);
    expect(wrong).toEqual([]);
  });

  it('every seed fact F01–F46 is modelled by the data or cited by the rulebook', () => {
    const inData = new Set([...cards.flatMap((c) => c.facts), ...Object.values(RULES.actors).flatMap((a) => a.facts), ...Object.values(RULES.theatres).flatMap((t) => t.facts)]);
    const inBook = new Set([...rulebook.matchAll(/\bF(\d{2})\b/g)].map((m) => `F${m[1]}`));
    expect(FACTS.filter((f) => !inData.has(f) && !inBook.has(f))).toEqual([]);
  });

  it('the rulebook cites no fact id that does not exist', () => {
    const cited = [...rulebook.matchAll(/\[F(\d{2})/g)].map((m) => Number(m[1]));
    expect(cited.filter((n) => n < 1 || n > 46)).toEqual([]);
  });
});
