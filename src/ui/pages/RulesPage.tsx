// "How to play": the rulebook from rules/rulebook.md, rendered, with a table of contents.
import { useEffect, useMemo } from 'react';
import rulebook from '../../../rules/rulebook.md?raw';
import { renderRulebook } from '../content/rulebook';
import { PageFrame } from './PageFrame';

export function RulesPage({ anchor, hasGame }: { anchor?: string; hasGame: boolean }) {
  const { html, headings } = useMemo(() => renderRulebook(rulebook), []);

  useEffect(() => {
    if (anchor) document.getElementById(anchor)?.scrollIntoView();
    else window.scrollTo(0, 0);
  }, [anchor]);

  const toc = headings.filter((h) => h.depth === 2 || h.depth === 3);
  return (
    <PageFrame title="How to play" hasGame={hasGame}>
      <div className="doc-layout">
        <nav className="doc-toc" aria-label="Rulebook contents">
          <h2>Contents</h2>
          <ol>
            {toc.map((h) => (
              <li key={h.id} className={`toc-${h.depth}`}>
                <a
                  href={`#/rules/${h.id}`}
                  onClick={(e) => {
                    e.preventDefault();
                    window.history.replaceState(null, '', `#/rules/${h.id}`);
                    document.getElementById(h.id)?.scrollIntoView();
                  }}
                >
                  {h.text}
                </a>
              </li>
            ))}
          </ol>
        </nav>
        <article className="doc rulebook" dangerouslySetInnerHTML={{ __html: html }} />
      </div>
    </PageFrame>
  );
}
