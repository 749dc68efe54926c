// deterrence.ts computes deterrence from a matrix of a theatre's links (directLinks: one pass
// over the alliances) rather than asking directWeight pair by pair; the bots' memo reads the same
// matrix. Over states from many random games, the matrix times the giver's trust is directWeight
// for every pair of network actors in every theatre.
import { describe, expect, it } from 'vitest';
import { THEATRES, type GState } from '../../src/game';
import { NETWORK_ACTORS, directLinks, directWeight } from '../../src/game/deterrence';
import { playGame } from '../../src/sim/play';
import { BOTS } from '../../src/bots';

/** The rulebook's trust in a giver's word (§ deterrence): 0.5 at credibility 0, 1 at 10, halved
 *  for a government turned away from the network. */
const trust = (G: GState, actor: string) => {
  const st = G.actors[actor as keyof GState['actors']];
  return st ? (0.5 + st.credibility / 20) * (st.aligned ? 1 : 0.5) : 1;
};

describe("a theatre's link matrix", () => {
  it('agrees with directWeight for every pair, in every theatre, over states of 12 random games', () => {
    const states: GState[] = [];
    for (let g = 0; g < 12; g++) {
      let actions = 0;
      playGame({
        seed: `links-${g}`, bot: BOTS.random!, scenario: g % 2 ? 'class-election' : 'spring-2024',
        // every 20th state of the game
        onAction: (G) => { if (++actions % 20 === 0) states.push(structuredClone(G)); },
      });
    }
    expect(states.length).toBeGreaterThan(100);
    let linked = 0;
    for (const G of states) {
      for (const t of THEATRES) {
        const d = directLinks(G, t);
        NETWORK_ACTORS.forEach((from, f) => NETWORK_ACTORS.forEach((to, k) => {
          const expected = directWeight(G, from, to, t);
          const got = f === k ? 1 : (d[f]![k]!) * trust(G, from);
          expect(got).toBeCloseTo(expected, 12);
          if (f !== k && expected > 0) linked++;
        }));
      }
    }
    expect(linked).toBeGreaterThan(1000);
  });
});
