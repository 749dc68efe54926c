import { describe, expect, it } from 'vitest';
import { applyEffects } from '../../src/game/effects';
import { changed, openingGame, politicsCard, politicsDeckRulings } from '../helpers/cards';

const card = politicsCard('P-HOBO7');
const resolve = (g: ReturnType<typeof openingGame>) => changed(g.G, () => applyEffects(g.G, card.effects, { source: card.id, rng: g.rng }));

describe("P-HOBO7 A New Candidate", () => {
  it("P-HOBO7 moves the election track −2", () => {
    const g = openingGame();
    expect(resolve(g)).toEqual({ election: [0, -2] });
  });

  it("P-HOBO7 stops at the end of the election track (−5)", () => {
    const g = openingGame();
    g.G.tracks.election = -4;
    expect(resolve(g)).toEqual({ election: [-4, -5] });
  });

  politicsDeckRulings(card, 'hobo', 'hobo-tora', 'before the election while America First leads', { election: [1, -1] });
});
