// The committed map asset: current (equal to what scripts/build-map.ts writes now), on the board,
// and holding every actor's territory, including the small places the game is about.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ASSET_PATH, generateMapAssetText } from '../../scripts/build-map';
import { MAP_ASSET_FORMAT, capitalAnchor, type MapAsset } from '../../src/geo/asset';
import { CAPITALS, GEO_ACTORS, actorOfFeature } from '../../src/geo/places';
import { pointInPolygon, ringArea } from '../../src/geo/polygon';
import { DESIGN, project } from '../../src/geo/projection';

const committed = readFileSync(ASSET_PATH, 'utf8');
const asset = JSON.parse(committed) as MapAsset;

const polygonsOf = (actor: string) => asset.countries.filter((c) => c.actor === actor).flatMap((c) => c.polygons);
const onLandOf = (actor: string, lon: number, lat: number, slack = 0) => {
  const p = project(lon, lat);
  const offsets = slack ? [[0, 0], [slack, 0], [-slack, 0], [0, slack], [0, -slack]] : [[0, 0]];
  return offsets.some(([dx, dy]) => polygonsOf(actor).some((poly) => pointInPolygon(p.x + dx!, p.y + dy!, poly)));
};

describe('assets/map/indo-pacific.json', () => {
  it('is what `npm run build:map` generates now (run it after changing src/geo or world-atlas)', () => {
    const fresh = generateMapAssetText();
    // compare sizes first for a readable failure, then the text
    expect(fresh.length).toBe(committed.length);
    expect(fresh === committed).toBe(true);
  });

  it('is deterministic', () => {
    expect(generateMapAssetText()).toBe(generateMapAssetText());
  });

  it('has the format, the design size and the projection of src/geo', () => {
    expect(asset.format).toBe(MAP_ASSET_FORMAT);
    expect(asset.width).toBe(DESIGN.width);
    expect(asset.height).toBe(DESIGN.height);
    expect(asset.projection.centralMeridian).toBe(135);
  });

  it('holds only points on the board, rounded to 0.1 px, in rings of three or more points', () => {
    for (const c of asset.countries) {
      for (const poly of c.polygons) {
        for (const ring of poly) {
          expect(ring.length % 2).toBe(0);
          expect(ring.length).toBeGreaterThanOrEqual(6);
          for (let i = 0; i < ring.length; i += 2) {
            const x = ring[i]!;
            const y = ring[i + 1]!;
            expect(x >= 0 && x <= DESIGN.width && y >= 0 && y <= DESIGN.height, `${c.name} (${x}, ${y})`).toBe(true);
            expect(Math.round(x * 10) / 10).toBe(x);
            expect(Math.round(y * 10) / 10).toBe(y);
          }
        }
        // exterior rings turn one way, holes the other
        expect(ringArea(poly[0]!)).toBeGreaterThan(0);
        for (const hole of poly.slice(1)) expect(ringArea(hole)).toBeLessThan(0);
      }
    }
  });

  it('gives every actor territory on the board', () => {
    for (const actor of GEO_ACTORS) {
      expect(polygonsOf(actor).length, actor).toBeGreaterThan(0);
      expect(asset.actors[actor].length, actor).toBeGreaterThan(0);
      for (const i of asset.actors[actor]) expect(asset.countries[i]!.actor).toBe(actor);
    }
  });

  it('draws Guam as American, Taiwan as Taiwan and Okinawa as Japan (50m data)', () => {
    expect(asset.countries.find((c) => c.name === 'Guam')?.actor).toBe('US');
    expect(onLandOf('US', 144.79, 13.45)).toBe(true); // Guam
    expect(onLandOf('US', 145.75, 15.19)).toBe(true); // Saipan (Northern Marianas)
    expect(onLandOf('US', -155.5, 19.6)).toBe(true); // Hawaii, part of the USA shape
    expect(onLandOf('TW', 121.0, 23.7)).toBe(true);
    expect(onLandOf('JP', 127.97, 26.5)).toBe(true); // Okinawa Island
    expect(onLandOf('JP', 124.2, 24.4)).toBe(true); // Ishigaki
    expect(onLandOf('UK', 72.42, -7.32, 1.5)).toBe(true); // Diego Garcia
    expect(onLandOf('CN', 116.4, 39.9)).toBe(true);
    expect(onLandOf('KP', 125.75, 39.03)).toBe(true);
    expect(onLandOf('AU', 133.9, -23.7)).toBe(true);
  });

  it('matches Natural Earth features by id and name (ids are not unique)', () => {
    // (Ashmore and Cartier, the other 036, is a speck under MIN_RING_AREA at this scale)
    expect(asset.countries.filter((c) => c.id === '036').map((c) => [c.name, c.actor])).toContainEqual(['Australia', 'AU']);
    expect(actorOfFeature('036', 'Australia')).toBe('AU');
    expect(actorOfFeature('036', 'Ashmore and Cartier Is.')).toBe('AU');
    expect(actorOfFeature('036', 'Somewhere else')).toBeNull();
    expect(actorOfFeature('158', 'Taiwan')).toBe('TW');
    expect(actorOfFeature(null, 'Indian Ocean Ter.')).toBe('AU');
    expect(actorOfFeature('360', 'Indonesia')).toBeNull();
  });

  it('leaves out countries off the board', () => {
    const names = new Set(asset.countries.map((c) => c.name));
    for (const n of ['France', 'Brazil', 'United Kingdom', 'Germany']) expect(names.has(n), n).toBe(false);
    for (const n of ['Indonesia', 'Vietnam', 'Papua New Guinea', 'New Zealand', 'Mongolia']) expect(names.has(n), n).toBe(true);
  });

  it('has a capital for every actor; off-board capitals get an anchor on the edge', () => {
    expect(asset.capitals.map((c) => c.actor).sort()).toEqual([...GEO_ACTORS].sort());
    const washington = asset.capitals.find((c) => c.actor === 'US')!;
    expect(washington.city).toBe('Washington');
    expect(washington.edge).toMatchObject({ side: 'east', x: DESIGN.width });
    const beijing = asset.capitals.find((c) => c.actor === 'CN')!;
    expect(beijing.edge).toBeUndefined();
    for (const c of asset.capitals) {
      const a = capitalAnchor(c);
      expect(a.x >= 0 && a.x <= DESIGN.width && a.y >= 0 && a.y <= DESIGN.height, c.city).toBe(true);
      expect(!!c.edge, c.city).toBe(!(c.x >= 0 && c.x <= DESIGN.width && c.y >= 0 && c.y <= DESIGN.height));
    }
  });

  it('puts each on-board capital on its own actor’s land (within 3 px of the coast)', () => {
    for (const c of CAPITALS) {
      if (c.edge) continue;
      expect(onLandOf(c.actor, c.lon, c.lat, 3), c.city).toBe(true);
    }
  });

  it('stays small enough to ship (under 400 KiB raw)', () => {
    expect(committed.length).toBeLessThan(400 * 1024);
  });
});
