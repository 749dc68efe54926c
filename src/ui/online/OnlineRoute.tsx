// #/online/<matchID>: back into the seat this browser holds there, else the match's page to join
// or watch; #/online/<matchID>/watch: the table as a spectator.
import { useReducer } from 'react';
import { MatchPage } from './MatchPage';
import { OnlineTable } from './OnlineTable';
import { services } from './services';

export function OnlineRoute({ matchID, watch }: { matchID: string; watch: boolean }) {
  // The seat store changes under the same address (joined, left): read it again then.
  const [, seatsChanged] = useReducer((n: number) => n + 1, 0);
  const seat = watch ? null : services.seats.seatIn(matchID) ?? null;
  if (!watch && !seat) return <MatchPage key={matchID} matchID={matchID} onSeated={seatsChanged} />;
  return <OnlineTable key={`${matchID}/${seat?.credentials ?? 'watch'}`} matchID={matchID} seat={seat} onSeatChange={seatsChanged} />;
}
