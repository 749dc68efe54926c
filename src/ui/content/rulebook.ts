// The rulebook (rules/rulebook.md) rendered for the "How to play" page, and the article's facts
// read from its appendix for the "Sources" page. Pure functions of the Markdown text, so they
// are tested in Node.
import { Marked, type Tokens } from 'marked';

export interface Heading {
  depth: number;
  text: string;
  id: string;
}

/** "4.6 Operation: alliance" → "s4-6"; an unnumbered heading → its words. */
export function headingId(text: string): string {
  const num = /^(\d+(?:\.\d+)*)\s/.exec(text);
  if (num?.[1]) return `s${num[1].replace(/\./g, '-')}`;
  return text.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');
}

const plain = (s: string) => s.replace(/<[^>]+>/g, '').replace(/&amp;/g, '&').replace(/&quot;/g, '"').replace(/&#39;/g, "'");

/** The rulebook as HTML, with ids on its headings and fact references linked to the sources. */
export function renderRulebook(markdown: string): { html: string; headings: Heading[] } {
  const headings: Heading[] = [];
  const marked = new Marked({
    gfm: true,
    renderer: {
      heading(this: { parser: { parseInline: (t: Tokens.Generic[]) => string } }, { tokens, depth }: Tokens.Heading) {
        const inner = this.parser.parseInline(tokens);
        const text = plain(inner);
        const id = headingId(text);
        headings.push({ depth, text, id });
        return `<h${depth} id="${id}">${inner}</h${depth}>\n`;
      },
    },
  });
  let tables = 0;
  const html = (marked.parse(markdown, { async: false }) as string)
    // A wide table scrolls inside a region that the keyboard can reach.
    .replace(/<table>/g, () => `<div class="table-wrap" role="region" tabindex="0" aria-label="Table ${++tables}"><table>`)
    .replace(/<\/table>/g, '</table></div>')
    // [F16] or [F01, F02] → links to the fact on the Sources page
    .replace(/\[((?:F\d{2})(?:,\s*F\d{2})*)\]/g, (_, ids: string) =>
      `[${ids.split(/,\s*/).map((id) => `<a href="#/sources/${id}" class="fact-ref">${id}</a>`).join(', ')}]`);
  return { html, headings };
}

export interface Fact {
  id: string;
  text: string;
  cards: string[];
  sections: string[];
}

/** The appendix table of the rulebook: each fact of the article in our words, with the cards
 *  and the sections that model it. */
export function factsFromRulebook(markdown: string): Fact[] {
  const facts: Fact[] = [];
  for (const line of markdown.split('\n')) {
    const m = /^\|\s*\[(F\d{2})\]\s*\|\s*(.+?)\s*\|\s*(.*?)\s*\|\s*(.*?)\s*\|\s*$/.exec(line);
    if (!m) continue;
    const [, id = '', text = '', cards = '', sections = ''] = m;
    facts.push({
      id,
      text,
      cards: cards.split(/,\s*/).filter(Boolean),
      sections: sections.split(/,\s*/).filter(Boolean),
    });
  }
  return facts;
}
