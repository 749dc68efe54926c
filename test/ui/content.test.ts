// The reading pages and the log: the rulebook renders with anchors and linked facts, the facts
// of the article come from the rulebook's appendix, and every log entry reads as words with its
// names as links.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { RULES } from '../../src/game';
import { factsFromRulebook, headingId, renderRulebook } from '../../src/ui/content/rulebook';
import { effectText, logItems, refsOf, tokenise } from '../../src/ui/selectors/log';
import { BOTS, walkGame } from './walk';

const rulebook = readFileSync(new URL('../../rules/rulebook.md', import.meta.url), 'utf8');

describe('the rulebook and the sources', () => {
  it('renders the rulebook with an id on every numbered section and facts linked to the sources', () => {
    const { html, headings } = renderRulebook(rulebook);
    expect(headings.length).toBeGreaterThan(20);
    expect(headings.map((h) => h.id)).toContain('s4-6');
    expect(html).toContain('<h3 id="s4-6">');
    expect(html).toMatch(/<a href="#\/sources\/F16" class="fact-ref">F16<\/a>/);
    expect(new Set(headings.map((h) => h.id)).size).toBe(headings.length);
    expect(headingId('9.4 The network without America')).toBe('s9-4');
    expect(headingId('Appendix: where the facts live')).toBe('appendix-where-the-facts-live');
  });

  it('reads the 46 facts of the article, each with where the game models it', () => {
    const facts = factsFromRulebook(rulebook);
    expect(facts.map((f) => f.id)).toEqual(Array.from({ length: 46 }, (_, i) => `F${String(i + 1).padStart(2, '0')}`));
    for (const f of facts) {
      expect(f.text.length).toBeGreaterThan(10);
      expect(f.cards.length + f.sections.length).toBeGreaterThan(0);
    }
  });
});

describe('the log', () => {
  it('has words for every entry of whole games, with the names it mentions as links', () => {
    const G = walkGame({ seed: 'log-words', bot: BOTS.random }, () => undefined);
    const items = logItems(G);
    expect(items.length).toBeGreaterThan(50);
    expect(items.filter((i) => i.kind === 'round').map((i) => i.text)[0]).toBe('Round 1: 2024 Q2');
    for (const item of items) {
      expect(item.text).not.toMatch(/undefined|NaN|\n|==/);
      expect(item.tokens.map((t) => t.text).join('')).toBe(item.text);
      for (const d of item.details) expect(d).not.toMatch(/undefined|NaN/);
    }
    // A play names its card as a link.
    const play = items.find((i) => /plays/.test(i.text));
    expect(play?.tokens.some((t) => t.ref && (RULES.strategy[t.ref] ?? RULES.national[t.ref]))).toBeTruthy();
    expect(items.at(-1)?.kind).toBe('end');
  });

  it('cuts text at the written names of the ids it mentions', () => {
    const tokens = tokenise('Japan plays X in the Taiwan Strait.', ['JP', 'TWN']);
    expect(tokens).toEqual([
      { text: 'Japan', ref: 'JP' }, { text: ' plays X in the ' }, { text: 'Taiwan Strait', ref: 'TWN' }, { text: '.' },
    ]);
    expect(refsOf({ round: 1, phase: 'actions', seq: 1, type: 'play', actor: 'JP', card: 'S01', mode: 'ops', op: 'build', target: 'ECS' })).toEqual(['JP', 'S01', 'ECS']);
  });

  it('words the effects', () => {
    const base = { round: 1, phase: 'actions' as const, seq: 1, type: 'effect' as const };
    expect(effectText({ ...base, what: 'tension', theatre: 'TWN', from: 5, to: 6 })).toBe('Tension in the Taiwan Strait 5 → 6');
    expect(effectText({ ...base, what: 'defence', actor: 'JP', from: 16, to: 18 })).toBe('Japan defence 1.6% → 1.8% of GDP');
    expect(effectText({ ...base, what: 'troops', from: 28500, to: 19000 })).toBe('US troops in Korea 28,500 → 19,000');
    expect(effectText({ ...base, what: 'order', from: 0, to: 1 })).toBe('Regional order 0 → 1');
  });
});
