// The online lobby: your name, the seats this browser holds, a new match, and the open public
// matches to join or watch. Joining or creating leads to the match's table (#/online/<id>).
import { useRef, useState } from 'react';
import { navigate } from '../nav';
import { CreateMatchForm } from '../online/CreateMatchForm';
import { NameField } from '../online/NameField';
import { OpenMatches } from '../online/OpenMatches';
import { YourMatches } from '../online/YourMatches';
import type { MatchInfo } from '../online/lobby-client';
import { nameProblem, type MatchForm } from '../online/match-setup';
import { createAndJoin, joinSeat } from '../online/seat-actions';
import { goTo, matchHash } from '../online/links';
import { services } from '../online/services';
import '../online/online.css';

export function LobbyPage() {
  const [name, setName] = useState(() => services.seats.lastName());
  const [nameIssue, setNameIssue] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [held, setHeld] = useState(() => services.seats.all());
  const nameRef = useRef<HTMLInputElement>(null);

  const blockedByName = (): boolean => {
    const issue = nameProblem(name);
    setNameIssue(issue);
    if (issue) nameRef.current?.focus();
    return !!issue;
  };

  const run = async (step: () => Promise<{ matchID: string }>) => {
    setBusy(true);
    setError(null);
    try {
      const seat = await step();
      goTo(matchHash(seat.matchID));
    } catch (e) {
      setError((e as Error).message);
      setBusy(false);
    }
  };

  const join = (match: MatchInfo, playerID: string) => {
    if (blockedByName()) return;
    void run(() => joinSeat(services, match.matchID, playerID, name, match));
  };

  const create = (form: MatchForm, playerID: string) => {
    if (blockedByName()) return;
    void run(() => createAndJoin(services, form, playerID, name));
  };

  return (
    <div className="page online-page">
      <header className="doc-header">
        <a className="brand" href="#/" onClick={(e) => { e.preventDefault(); navigate('start'); }}>Hub &amp; Spokes</a>
        <nav aria-label="Pages" className="doc-nav">
          <a href="#/" onClick={(e) => { e.preventDefault(); navigate('start'); }}>Play at this screen</a>
          <a href="#/rules" onClick={(e) => { e.preventDefault(); navigate('rules'); }}>How to play</a>
          <a href="#/sources" onClick={(e) => { e.preventDefault(); navigate('sources'); }}>Sources</a>
        </nav>
      </header>
      <main className="online-main">
        <h1>Play online</h1>
        <p className="lede-dark">
          Create a match and invite people by its link, or join an open seat. Seats nobody takes are played by bots
          on the server; you can close the tab and come back to your seat from this browser.
        </p>
        <NameField ref={nameRef} value={name} onChange={(v) => { setName(v); if (nameIssue) setNameIssue(nameProblem(v)); }} problem={nameIssue} />
        {error && <p className="form-error" role="alert">{error}</p>}
        <YourMatches seats={held} onChange={() => setHeld(services.seats.all())} />
        <div className="online-columns">
          <CreateMatchForm playerName={name} busy={busy} onCreate={create} onNameProblem={(p) => { setNameIssue(p); nameRef.current?.focus(); }} />
          <OpenMatches busy={busy} onJoin={join} />
        </div>
      </main>
    </div>
  );
}
