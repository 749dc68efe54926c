// A whole game between six remote players: one boardgame.io SocketIO client per seat, each
// deciding on its own from its own view — when its state says the game waits for it, it
// picks a random legal action — as people at six browsers would, so moves race where several
// seats decide at once. The game ends with a result; every client ends with what a fresh sync
// gives; a reconnect at the end of the whole game stays small.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SeededRng, actingSeat, legalActionsFor, type PagedView } from '../../src/game';
import type { RunningServer } from '../../src/server/server';
import { canonicalJson } from '../helpers/builders';
import { freshSync, remoteClient, seatedMatch, testServer, type RemoteClient } from './remote-play';

let server: RunningServer;
let stop: () => Promise<void>;
beforeAll(async () => ({ server, stop } = await testServer('hs-six-')));
afterAll(async () => stop());

/** Plays for `player` whenever its view says the game waits for it, once per state. */
function autoplay(client: RemoteClient, player: string, rng: SeededRng): void {
  let tried = -1;
  client.subscribe((state) => {
    if (!state || state._stateID === tried) return;
    const view = state.G as PagedView;
    const seat = actingSeat(view, player);
    if (!seat || view.result) return;
    tried = state._stateID;
    const legal = legalActionsFor(view, seat);
    const action = legal[Math.floor(rng.number() * legal.length)];
    if (!action) throw new Error(`no legal action for ${seat}`);
    // after the client has finished handling this update
    setTimeout(() => (client.moves[action.move] as (...a: unknown[]) => void)(...action.args), 0);
  });
}

describe('six remote clients', () => {
  it('play a whole spring-2024 game to its result, each from its own view', async () => {
    const { matchID, credentials } = await seatedMatch(server, 6, { scenario: 'spring-2024' });
    const players = ['0', '1', '2', '3', '4', '5'];
    const clients = await Promise.all(players.map(async (p, i) => (await remoteClient(server, matchID, p, credentials[i])).client));
    const spectator = (await remoteClient(server, matchID, null)).client;
    const over = new Promise<void>((resolve) => spectator.subscribe((s) => { if ((s?.G as PagedView | undefined)?.result) resolve(); }));
    // the first seat begins the game as soon as it plays
    players.forEach((p, i) => autoplay(clients[i] as RemoteClient, p, new SeededRng(`six-${p}`)));
    await over;

    const stored = server.storage.fetch(matchID, { state: true });
    const result = (stored.state?.G as PagedView).result;
    expect(result).not.toBeNull();
    expect(stored.state?.ctx.gameover).toEqual(result);
    const finalID = stored.state?._stateID as number;
    const deadline = Date.now() + 5000;
    while ([...clients, spectator].some((c) => c.getState()?._stateID !== finalID) && Date.now() < deadline) await new Promise((r) => setTimeout(r, 10));

    const reconnects: number[] = [];
    for (const [i, v] of [...players, null].entries()) {
      const { info, bytes } = await freshSync(server, matchID, v, v === null ? undefined : credentials[i]);
      const held = [...clients, spectator][i]?.getState();
      const core = (s: { G: unknown; ctx: unknown; _stateID: number }) => canonicalJson({ G: s.G, ctx: s.ctx, _stateID: s._stateID });
      expect(core(held as never), `viewer ${v}`).toBe(core(info.state));
      // no boardgame.io action log, no initial state, no earlier rounds' pages
      expect(Object.keys(info).sort()).toEqual(['filteredMetadata', 'state']);
      expect(info.state.G.history).toEqual([]);
      expect(info.state.G.historyPages).toBe((stored.state?.G as PagedView).history.length);
      reconnects.push(bytes);
    }
    console.info(`[six clients] ${finalID} moves to ${JSON.stringify(result)} in round ${(stored.state?.G as PagedView).round}; reconnect bytes at the end ${reconnects.join(', ')}`);
    expect(Math.max(...reconnects)).toBeLessThanOrEqual(32 * 1024);
    for (const c of [...clients, spectator]) c.stop();
  }, 60_000);
});
