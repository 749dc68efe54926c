// "Sources": the one article the game is built from, and each of its facts (in our words, from
// the rulebook's appendix) with the cards and rules that model it.
import { useEffect, useMemo } from 'react';
import rulebook from '../../../rules/rulebook.md?raw';
import { factsFromRulebook } from '../content/rulebook';
import { cardById, isActorId, isTheatreId, nameOf } from '../selectors/names';
import { PageFrame } from './PageFrame';

const known = (id: string) => isActorId(id) || isTheatreId(id) || !!cardById(id);
const capitalise = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

export function SourcesPage({ anchor, hasGame }: { anchor?: string; hasGame: boolean }) {
  const facts = useMemo(() => factsFromRulebook(rulebook), []);

  useEffect(() => {
    if (anchor) {
      const el = document.getElementById(anchor);
      el?.scrollIntoView({ block: 'center' });
      el?.focus();
    } else window.scrollTo(0, 0);
  }, [anchor]);

  return (
    <PageFrame title="Sources" hasGame={hasGame}>
      <section className="doc source-intro" aria-labelledby="article-title">
        <h2 id="article-title">The article</h2>
        <p>
          The game is built from one news article: <cite>“America’s Asian allies are trying to Trump-proof their policies”</cite>,
          published on 9 April 2024 under the rubric <em>Indo-Pacific statecraft</em>. Written in the week of the Japanese prime
          minister’s state visit to Washington, it describes how America’s allies in Asia — bound to each other mostly through
          America — were building links between themselves ahead of an uncertain American election, and asks whether those
          “spokes” could hold without the hub.
        </p>
        <p>
          The game takes the article’s facts and figures, not its sentences: every text in the game is our own. Each fact has an
          id (F01–F46); the rulebook cites it where a rule, a value or a card models it, and the list below says where.
        </p>
      </section>
      <section className="doc" aria-labelledby="facts-title">
        <h2 id="facts-title">The facts and where they live in the game</h2>
        {facts.length === 0 ? (
          <p>The list of facts is in the appendix of the rulebook.</p>
        ) : (
          <ol className="facts">
            {facts.map((f) => (
              <li key={f.id} id={f.id} tabIndex={-1} className={anchor === f.id ? 'target' : ''}>
                <span className="fact-id">{f.id}</span>
                <span className="fact-text">{capitalise(f.text)}.</span>
                <span className="fact-where">
                  {f.cards.length > 0 && <>Modelled by: {f.cards.map((c, i) => <span key={c}>{i > 0 ? '; ' : ''}<strong>{c}</strong>{known(c) ? ` ${nameOf(c)}` : ''}</span>)}. </>}
                  {f.sections.length > 0 && <>Rulebook: {f.sections.join(', ')}.</>}
                </span>
              </li>
            ))}
          </ol>
        )}
      </section>
    </PageFrame>
  );
}
