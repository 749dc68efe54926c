// Hidden information at the table: everything the UI builds for a seat — the map's view model,
// the hand, the seat panels, the theatres, the log, the end screen — holds no card id of another
// seat's hand or agenda that the seat could not know, at any step of whole bot games.
import { describe, expect, it } from 'vitest';
import { SEATS, fullLog, playerView, type Action, type GState, type SeatId } from '../../src/game';
import { buildMapViewModel } from '../../src/ui/selectors/map';
import { allSeats, allianceRows, endSummary, handCards, theatreRows, trackSummary } from '../../src/ui/selectors/table';
import { logItems } from '../../src/ui/selectors/log';
import { actionLabel, promptFor, waitingLine } from '../../src/ui/selectors/labels';
import { cardIdsIn } from '../helpers/builders';
import { BOTS, walkGame } from './walk';

/** Ids the whole table has seen in public: the spectator's log. */
function publicIds(G: GState): Set<string> {
  return cardIdsIn(JSON.stringify(fullLog(playerView(G, null))));
}

/** Everything the table renders for one player. */
function tableFor(G: GState, player: string | null, seat: SeatId | undefined, legal: Action[] = []) {
  const view = playerView(G, player);
  return {
    map: buildMapViewModel(view, legal, { withoutAmerica: true }),
    mapWith: buildMapViewModel(view, legal),
    seats: allSeats(view),
    hand: seat ? handCards(view, seat, legal) : [],
    theatres: theatreRows(view, legal),
    alliances: allianceRows(view),
    tracks: trackSummary(view),
    log: logItems(view),
    end: endSummary(view),
    prompt: seat ? promptFor(view, seat) : null,
    waiting: waitingLine(view, seat ? [seat] : []),
  };
}

describe('what the table shows a seat', () => {
  for (const [seed, players, bot] of [['hidden-6r', 6, 'random'], ['hidden-6g', 6, 'greedy'], ['hidden-2r', 2, 'random']] as const) {
    it(`${seed}: no other seat's hand or agenda card id, at any step`, () => {
      let checks = 0;
      walkGame({ seed, players, bot: BOTS[bot] }, ({ G, player, seat, view, legal }) => {
        const pub = publicIds(G);
        const mine = new Set([...G.hands[seat], G.agendas[seat] ?? '']);
        const forbidden = new Set<string>();
        for (const other of SEATS) {
          if (other === seat) continue;
          for (const id of [...G.hands[other], G.agendas[other] ?? '']) if (id && !pub.has(id) && !mine.has(id)) forbidden.add(id);
        }
        // The deciding seat, with its labels too.
        const shown = { ...tableFor(G, player, seat, legal), labels: legal.map((a) => actionLabel(view, seat, a)) };
        const json = JSON.stringify(shown);
        const leaked = [...cardIdsIn(json)].filter((id) => forbidden.has(id));
        expect(leaked, `${seat} at ${G.step.kind}`).toEqual([]);
        // The map's view model names no card at all (only places, actors and alliances).
        const mapIds = [...cardIdsIn(JSON.stringify(shown.map))].filter((id) => !id.startsWith('A-') && !id.startsWith('T-') && !id.startsWith('P-TW'));
        expect(mapIds).toEqual([]);
        // Only the seat's own hand shows in the hand.
        for (const c of shown.hand) expect(c.deck === 'national' || G.hands[seat].includes(c.id)).toBe(true);
        // Other seats' agendas never show.
        for (const s of shown.seats) if (s.seat !== seat) expect(s.agenda).toBeUndefined();
        checks++;
      });
      expect(checks).toBeGreaterThan(50);
    });
  }

  it('a spectator (the hotseat table view) sees no hand and no agenda at all', () => {
    walkGame({ seed: 'hidden-spectator', bot: BOTS.random, maxActions: 600 }, ({ G }) => {
      const pub = publicIds(G);
      const shown = tableFor(G, null, undefined);
      const secret = new Set(SEATS.flatMap((s) => [...G.hands[s], G.agendas[s] ?? '']).filter((id) => id && !pub.has(id)));
      const leaked = [...cardIdsIn(JSON.stringify(shown))].filter((id) => secret.has(id));
      expect(leaked).toEqual([]);
      expect(shown.seats.every((s) => s.agenda === undefined)).toBe(true);
    });
  });
});
