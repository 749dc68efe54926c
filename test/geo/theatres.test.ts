// The authored theatres: valid rings wound the right way, keeping to the sea, holding their labels.
import { readFileSync } from 'node:fs';
import { geoArea, geoContains } from 'd3-geo';
import type { Polygon } from 'geojson';
import { describe, expect, it } from 'vitest';
import type { MapAsset } from '../../src/geo/asset';
import { GEO_ACTORS, GEO_THEATRES, THEATRE_SHAPES } from '../../src/geo/places';
import { pointInPolygon, pointInRing, ringBox } from '../../src/geo/polygon';
import { project } from '../../src/geo/projection';

const rulesTheatres = JSON.parse(readFileSync('rules/theatres.json', 'utf8')) as Array<{ id: string }>;
const rulesActors = JSON.parse(readFileSync('rules/actors.json', 'utf8')) as Array<{ id: string }>;
const asset = JSON.parse(readFileSync('assets/map/indo-pacific.json', 'utf8')) as MapAsset;

const closed = (ring: readonly (readonly [number, number])[]) => [...ring.map((p) => [...p]), [...ring[0]!]];
const asPolygon = (ring: readonly (readonly [number, number])[]): Polygon => ({ type: 'Polygon', coordinates: [closed(ring)] });

function segmentsCross(p1: number[], p2: number[], p3: number[], p4: number[]): boolean {
  const d = (a: number[], b: number[], c: number[]) => (b[0]! - a[0]!) * (c[1]! - a[1]!) - (b[1]! - a[1]!) * (c[0]! - a[0]!);
  const d1 = d(p3, p4, p1);
  const d2 = d(p3, p4, p2);
  const d3 = d(p1, p2, p3);
  const d4 = d(p1, p2, p4);
  return ((d1 > 0 && d2 < 0) || (d1 < 0 && d2 > 0)) && ((d3 > 0 && d4 < 0) || (d3 < 0 && d4 > 0));
}

describe('theatre ids', () => {
  it('are the theatres of rules/theatres.json, one shape each', () => {
    expect([...GEO_THEATRES]).toEqual(rulesTheatres.map((t) => t.id));
    expect(THEATRE_SHAPES.map((t) => t.id)).toEqual([...GEO_THEATRES]);
  });
  it('and the actors are those of rules/actors.json', () => {
    expect([...GEO_ACTORS].sort()).toEqual(rulesActors.map((a) => a.id).sort());
  });
});

describe.each(THEATRE_SHAPES.map((t) => [t.id, t] as const))('theatre %s', (_id, t) => {
  it('is a simple ring of at least four points', () => {
    expect(t.ring.length).toBeGreaterThanOrEqual(4);
    const pts = closed(t.ring);
    for (let i = 0; i < pts.length - 1; i++) {
      for (let j = i + 2; j < pts.length - 1; j++) {
        if (i === 0 && j === pts.length - 2) continue; // adjacent through the closing point
        expect(segmentsCross(pts[i]!, pts[i + 1]!, pts[j]!, pts[j + 1]!), `edges ${i} and ${j} cross`).toBe(false);
      }
    }
  });

  it('is wound clockwise for d3-geo (area under 2π: not the rest of the globe)', () => {
    const area = geoArea(asPolygon(t.ring));
    expect(area).toBeLessThan(2 * Math.PI);
    // and it is a real area: more than ~ a 2°×2° box
    expect(area).toBeGreaterThan(1e-3);
  });

  it('holds its label anchor (on the sphere and on the board)', () => {
    expect(geoContains(asPolygon(t.ring), [...t.label])).toBe(true);
    const a = asset.theatres.find((x) => x.id === t.id)!;
    expect(pointInRing(a.label.x, a.label.y, a.ring)).toBe(true);
  });

  it('puts its label on the sea', () => {
    const a = asset.theatres.find((x) => x.id === t.id)!;
    const onLand = asset.countries.filter((c) => c.polygons.some((p) => pointInPolygon(a.label.x, a.label.y, p)));
    expect(onLand.map((c) => c.name)).toEqual([]);
  });

  it('stands its label off, when the board is small, away from every ally’s land', () => {
    const a = asset.theatres.find((x) => x.id === t.id)!;
    expect(a.standoff.x > 0 && a.standoff.x < asset.width && a.standoff.y > 0 && a.standoff.y < asset.height).toBe(true);
    const allies = asset.countries.filter((c) => c.actor && ['JP', 'KR', 'TW', 'PH', 'AU'].includes(c.actor));
    expect(allies.filter((c) => c.polygons.some((p) => pointInPolygon(a.standoff.x, a.standoff.y, p))).map((c) => c.name)).toEqual([]);
  });

  it("covers almost no land but that of the actors it is about (sampled every 1.5 px)", () => {
    const a = asset.theatres.find((x) => x.id === t.id)!;
    const b = ringBox(a.ring);
    const near = asset.countries.filter((c) =>
      c.polygons.some((p) => {
        const pb = ringBox(p[0]!);
        return pb.x1 >= b.x0 && pb.x0 <= b.x1 && pb.y1 >= b.y0 && pb.y0 <= b.y1;
      }),
    );
    let n = 0;
    const land = new Map<string, number>();
    for (let x = b.x0; x <= b.x1; x += 1.5) {
      for (let y = b.y0; y <= b.y1; y += 1.5) {
        if (!pointInRing(x, y, a.ring)) continue;
        n++;
        const c = near.find((c) => c.polygons.some((p) => pointInPolygon(x, y, p)));
        if (c && !(c.actor && (t.land as string[]).includes(c.actor))) land.set(c.name, (land.get(c.name) ?? 0) + 1);
      }
    }
    const share = [...land.values()].reduce((s, v) => s + v, 0) / n;
    expect(share, JSON.stringify(Object.fromEntries(land))).toBeLessThan(0.02);
  });

  it('lies on the board', () => {
    for (const [lon, lat] of t.ring) {
      const p = project(lon, lat);
      expect(p.x).toBeGreaterThan(0);
      expect(p.y).toBeGreaterThan(0);
    }
  });
});

describe('theatres together', () => {
  it('do not overlap one another', () => {
    for (const a of THEATRE_SHAPES) {
      for (const b of THEATRE_SHAPES) {
        if (a.id >= b.id) continue;
        const pa = closed(a.ring);
        const pb = closed(b.ring);
        for (let i = 0; i < pa.length - 1; i++) {
          for (let j = 0; j < pb.length - 1; j++) {
            expect(segmentsCross(pa[i]!, pa[i + 1]!, pb[j]!, pb[j + 1]!), `${a.id} edge ${i} crosses ${b.id} edge ${j}`).toBe(false);
          }
        }
        expect(geoContains(asPolygon(b.ring), [...a.ring[0]!]), `${a.id} inside ${b.id}`).toBe(false);
        expect(geoContains(asPolygon(a.ring), [...b.ring[0]!]), `${b.id} inside ${a.id}`).toBe(false);
      }
    }
  });
});
