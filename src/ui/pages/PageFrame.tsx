// The frame of the reading pages (rules, sources): a header with the way back.
import type { ReactNode } from 'react';
import { navigate } from '../nav';

export function PageFrame({ title, hasGame, children }: { title: string; hasGame: boolean; children: ReactNode }) {
  return (
    <div className="page doc-page">
      <header className="doc-header">
        <a className="brand" href="#/" onClick={(e) => { e.preventDefault(); navigate('start'); }}>Hub &amp; Spokes</a>
        <nav aria-label="Pages" className="doc-nav">
          <a href="#/" onClick={(e) => { e.preventDefault(); navigate('start'); }}>New game</a>
          <a href="#/rules" aria-current={title === 'How to play' ? 'page' : undefined} onClick={(e) => { e.preventDefault(); navigate('rules'); }}>How to play</a>
          <a href="#/sources" aria-current={title === 'Sources' ? 'page' : undefined} onClick={(e) => { e.preventDefault(); navigate('sources'); }}>Sources</a>
          {hasGame && <a className="btn btn-primary btn-small" href="#/play" onClick={(e) => { e.preventDefault(); navigate('play'); }}>Back to the game</a>}
        </nav>
      </header>
      <main className="doc-main">
        <h1>{title}</h1>
        {children}
      </main>
    </div>
  );
}
