// The map's view model: exactly the theatres (and actors) the legal actions offer are
// selectable; deterrence follows the "without America" toggle; links are the alliances in play.
import { describe, expect, it } from 'vitest';
import { ACTORS, RULES, THEATRES, deterrence, playerView, pressure, type Action } from '../../src/game';
import { buildMapViewModel } from '../../src/ui/selectors/map';
import { statusRule, theatreRows, theatreStatus } from '../../src/ui/selectors/table';
import { BOTS, walkGame } from './walk';

const targets = (legal: Action[]) => new Set(legal.filter((a) => a.move === 'chooseTarget').map((a) => a.args[0] as string));

describe('the map view model', () => {
  for (const [seed, players, bot] of [['map-6r', 6, 'random'], ['map-6g', 6, 'greedy'], ['map-3r', 3, 'random']] as const) {
    it(`${seed}: marks exactly the legal theatres and actors selectable, at every step`, () => {
      let selectableSeen = 0;
      walkGame({ seed, players, bot: BOTS[bot] }, ({ G, view, legal }) => {
        const model = buildMapViewModel(view, legal);
        const offered = targets(legal);
        const theatres = model.theatres.filter((t) => t.selectable).map((t) => t.id as string);
        expect(new Set(theatres)).toEqual(new Set([...offered].filter((t) => (THEATRES as readonly string[]).includes(t))));
        const actors = model.actors.filter((a) => a.selectable).map((a) => a.id as string);
        expect(new Set(actors)).toEqual(new Set([...offered].filter((t) => (ACTORS as readonly string[]).includes(t))));
        selectableSeen += theatres.length;
        // A seat that is not asked anything sees nothing selectable.
        const spectator = buildMapViewModel(playerView(G, null), []);
        expect(spectator.theatres.some((t) => t.selectable) || spectator.actors.some((a) => a.selectable)).toBe(false);
        // Numbers come from the rules' own functions.
        for (const t of model.theatres) {
          expect(t.tension).toBe(G.tension[t.id]);
          expect(t.pressure).toBe(pressure(G, t.id));
          expect(t.deterrence).toBe(deterrence(G, t.id));
        }
        expect(model.links.map((l) => l.id).sort()).toEqual(Object.entries(G.alliances).filter(([, s]) => s.level > 0).map(([id]) => id).sort());
      });
      expect(selectableSeen).toBeGreaterThan(0);
    });
  }

  it('shows the network without America when asked, and it never stands higher', () => {
    walkGame({ seed: 'map-without', bot: BOTS.greedy, maxActions: 400 }, ({ view, legal }) => {
      const withUs = buildMapViewModel(view, legal);
      const without = buildMapViewModel(view, legal, { withoutAmerica: true });
      expect(without.withoutAmerica).toBe(true);
      for (const [i, t] of without.theatres.entries()) {
        expect(t.deterrence).toBe(deterrence(view, t.id, { withoutAmerica: true }));
        expect(t.deterrence).toBeLessThanOrEqual((withUs.theatres[i]?.deterrence ?? 0) + 1e-9);
      }
    });
  });

  it('gives every actor a colour, a side and a name, and the off-map panels their tracks', () => {
    walkGame({ seed: 'map-panels', bot: BOTS.greedy, maxActions: 30 }, ({ view, legal }) => {
      const model = buildMapViewModel(view, legal, { highlight: ['TWN'] });
      expect(model.highlight).toEqual(['TWN']);
      for (const a of model.actors) {
        expect(a.colour).toMatch(/^#[0-9a-f]{6}$/i);
        expect(a.name).toBe(RULES.actors[a.id]?.name);
      }
      expect(model.washington.reliability).toBe(view.tracks.reliability);
      expect(model.washington.troops).toBe(view.tracks.troops);
      expect(model.europe.ukraine).toBe(view.tracks.ukraine);
    });
  });

  it('theatre rows explain deterrence with the breakdown of the rules, and a status in words', () => {
    walkGame({ seed: 'map-rows', bot: BOTS.random, maxActions: 200 }, ({ view, legal }) => {
      for (const row of theatreRows(view, legal)) {
        const sum = row.parts.reduce((s, p) => s + p.forces * p.weight, 0);
        expect(Math.abs(sum - row.deterrence)).toBeLessThan(0.1);
        expect(row.status).toBe(theatreStatus(row.deterrence, row.pressure));
        expect(row.statusText.length).toBeGreaterThan(3);
        expect(row.statusRule).toMatch(/rulebook (7\.1|5\.1)/);
      }
    });
    expect(theatreStatus(5, 5)).toBe('holds');
    expect(theatreStatus(5, 7)).toBe('contested');
    expect(theatreStatus(5, 10)).toBe('contested');
    expect(theatreStatus(5, 11)).toBe('strained');
    expect(theatreStatus(0, 11)).toBe('crisis-risk');
    // the words say the rulebook's lines: China dominates past deterrence + 5, a crisis needs + 10
    expect(statusRule('strained', 2.4, 10)).toBe('Pressure 10 is more than deterrence + 5 = 7.4: China dominates it, and the network scores −1 for it at the end of the round (rulebook 7.1). A crisis needs pressure more than deterrence + 10 = 12.4 (rulebook 5.1).');
    expect(statusRule('crisis-risk', 0, 11)).toMatch(/^Pressure 11 is more than deterrence \+ 10 = 10: a crisis breaks out/);
  });
});
