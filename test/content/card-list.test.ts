// docs/cards.md is generated from the data by `npm run cards`; it must never be stale.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { RULES } from '../../src/game';
import { renderCardList } from '../../scripts/card-list';

const onDisk = readFileSync(new URL('../../docs/cards.md', import.meta.url), 'utf8');

describe('the printable card list', () => {
  it('docs/cards.md is what `npm run cards` writes from the current data (run it after changing a card)', () => {
    expect(onDisk === renderCardList(), 'docs/cards.md is stale: run `npm run cards`').toBe(true);
  });

  it('lists every card of every deck, with its section and facts', () => {
    const cards = [
      ...Object.values(RULES.strategy), ...Object.values(RULES.national), ...Object.values(RULES.alliances),
      ...Object.values(RULES.politics), ...Object.values(RULES.regional), ...Object.values(RULES.agendas),
    ];
    const missing = cards.filter((c) => {
      const line = onDisk.split('\n').find((l) => l.startsWith(`| ${c.id} |`) || l.startsWith(`| ${c.id} ★ |`));
      return !line || !line.includes(` ${c.section} |`) || !c.facts.every((f) => line.includes(f));
    });
    expect(missing.map((c) => c.id)).toEqual([]);
  });

  it('is the same text whenever it is generated (no dates, no machine-dependent formatting)', () => {
    expect(renderCardList()).toBe(renderCardList());
    expect(renderCardList()).toContain('28,500');
  });
});
