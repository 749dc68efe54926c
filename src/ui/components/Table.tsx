// The table of a local game (solo or hotseat at one screen): the board fed by the local game's
// snapshot, with the bots' pace, "faster" and pause in the top bar.
import { useCallback, useMemo } from 'react';
import type { Action, SeatId } from '../../game';
import type { LocalGame } from '../local/local-game';
import { useTable } from '../local/use-table';
import { BOT_LEVELS, PACES } from '../local/setup';
import { SHORTCUTS } from './Overlays';
import { TableBoard } from './TableBoard';

const LOCAL_SHORTCUTS: [string, string][] = [...SHORTCUTS, ['F', 'faster bots'], ['P', 'pause or resume the bots']];

export function Table({ game, onLeave }: { game: LocalGame; onLeave: () => void }) {
  const snap = useTable(game);
  const act = useCallback((a: Action) => { game.act(a); }, [game]);
  const reveal = useCallback(() => game.reveal(), [game]);
  const keys = useMemo(() => ({
    f: () => game.setFaster(!game.getSnapshot().faster),
    p: () => game.setPaused(!game.getSnapshot().paused),
  }), [game]);
  const whoPlays = (seat: SeatId) => {
    const role = snap.setup.seats[seat];
    if (seat === snap.viewer) return 'you';
    if (role === 'human') return 'a person';
    return `bot (${BOT_LEVELS.find((b) => b.id === role)?.name.toLowerCase() ?? role})`;
  };
  return (
    <TableBoard
      state={snap}
      seating={snap.setup.mode}
      onAct={act}
      onReveal={reveal}
      whoPlays={whoPlays}
      keys={keys}
      shortcuts={LOCAL_SHORTCUTS}
      leave={{ label: 'Leave', confirm: 'Leave this game? It cannot be resumed.', onLeave }}
      again={{ label: 'New game', onAgain: onLeave }}
      controls={
        <>
          <label className="pace">
            <span className="sr-only">Bot pace</span>
            <select value={snap.paceMs} onChange={(e) => game.setPace(Number(e.target.value))} aria-label="Bot pace">
              {PACES.map((p) => <option key={p.ms} value={p.ms}>{p.name}</option>)}
            </select>
          </label>
          <button type="button" className={`btn btn-toggle ${snap.faster ? 'is-on' : ''}`} aria-pressed={snap.faster} aria-keyshortcuts="F" onClick={() => game.setFaster(!snap.faster)}>
            Faster ×4
          </button>
          <button type="button" className={`btn btn-toggle ${snap.paused ? 'is-on' : ''}`} aria-pressed={snap.paused} aria-keyshortcuts="P" onClick={() => game.setPaused(!snap.paused)}>
            {snap.paused ? '▶ Resume bots' : 'Pause bots'}
          </button>
        </>
      }
    />
  );
}
