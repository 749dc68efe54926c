// Placing the map's labels (src/geo/placement.ts) and the allies' land mask (src/geo/mask.ts):
// the rules on their own, then the board's default views at the table's map sizes — the theatres'
// boxes, at the sizes the map draws them, clear of each other, of the off-map badges and of the
// allies' land. The same is checked on the drawn map in Chromium (test/browser/map.test.ts).
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { MapAsset } from '../../src/geo/asset';
import { capitalAnchor } from '../../src/geo/asset';
import { coverage, rasterise } from '../../src/geo/mask';
import { DEFAULT_BAND, defaultView, placeLabels, type Placeable, type Rect } from '../../src/geo/placement';
import { pointInPolygon } from '../../src/geo/polygon';
import { project } from '../../src/geo/projection';

const asset = JSON.parse(readFileSync('assets/map/indo-pacific.json', 'utf8')) as MapAsset;
const ALLIES = ['JP', 'KR', 'TW', 'PH', 'AU'];
const allyLand = asset.countries.filter((c) => c.actor && ALLIES.includes(c.actor)).flatMap((c) => c.polygons);

const overlap = (a: Rect, b: Rect) => a.x < b.x + b.w && a.x + a.w > b.x && a.y < b.y + b.h && a.y + a.h > b.y;
const nothing = () => 0;

describe('the land mask', () => {
  const square = [[[10, 10, 50, 10, 50, 50, 10, 50]]];
  const mask = rasterise(square, 100, 100, 5);

  it('covers the cells whose centres lie inside, and says what share of a rectangle it covers', () => {
    expect(coverage(mask, 10, 10, 50, 50)).toBe(1);
    expect(coverage(mask, 60, 60, 100, 100)).toBe(0);
    expect(coverage(mask, 30, 10, 70, 50)).toBeCloseTo(0.5, 5);
    expect(coverage(mask, 40, 40, 40, 40)).toBe(0);
  });

  it('leaves a polygon’s holes out', () => {
    const ring = [[0, 0, 100, 0, 100, 100, 0, 100], [25, 25, 75, 25, 75, 75, 25, 75]];
    const holed = rasterise([ring], 100, 100, 5);
    expect(coverage(holed, 30, 30, 70, 70)).toBe(0);
    expect(coverage(holed, 0, 0, 20, 100)).toBe(1);
  });

  it('agrees with point-in-polygon on the allies’ land', () => {
    const m = rasterise(allyLand, asset.width, asset.height, 4);
    let agree = 0;
    let n = 0;
    for (let x = 2; x < asset.width; x += 36) {
      for (let y = 2; y < asset.height; y += 36) {
        const cx = Math.floor(x / 4) * 4 + 2;
        const cy = Math.floor(y / 4) * 4 + 2;
        const inside = allyLand.some((p) => pointInPolygon(cx, cy, p));
        agree += Number(inside === coverage(m, cx - 2, cy - 2, cx + 2, cy + 2) > 0) ? 1 : 0;
        n++;
      }
    }
    expect(agree).toBe(n);
  });
});

describe('placing labels', () => {
  const at = (x: number, y: number, w = 40, h = 20): Rect => ({ x, y, w, h });

  it('puts fixed items where they are asked, and hides an optional one that collides', () => {
    const out = placeLabels([{ rect: at(10, 10), placing: 'fixed' }, { rect: at(20, 15), placing: 'optional' }, { rect: at(100, 100), placing: 'optional' }], 300, 300, nothing);
    expect(out).toEqual([at(10, 10), null, at(100, 100)]);
  });

  it('moves a callout clear of what is placed and of the land, and keeps it on screen', () => {
    const land = (r: Rect) => (r.x < 150 ? 1 : 0); // the left half is land
    const out = placeLabels([{ rect: at(100, 100, 60, 30), placing: 'fixed' }, { rect: at(100, 100, 60, 30), placing: 'callout' }], 300, 300, land);
    const box = out[1] as Rect;
    expect(overlap(box, out[0] as Rect)).toBe(false);
    expect(box.x).toBeGreaterThanOrEqual(150);
    expect(box.x + box.w).toBeLessThanOrEqual(300);
  });

  it('nudges a name off a capital but never hides it', () => {
    const out = placeLabels([{ rect: at(50, 50, 16, 16), placing: 'fixed' }, { rect: at(40, 52, 60, 14), placing: 'nudge' }], 300, 300, nothing);
    expect(out[1]).not.toBeNull();
    expect(overlap(out[1] as Rect, out[0] as Rect)).toBe(false);
  });

  it('shows nothing that lies off the screen', () => {
    expect(placeLabels([{ rect: at(400, 10), placing: 'callout' }], 300, 300, nothing)).toEqual([null]);
  });
});

describe('the default view', () => {
  it('fills the width of a wide map and keeps the band of the theatres in sight', () => {
    const band = project(0, DEFAULT_BAND.south).y - project(0, DEFAULT_BAND.north).y;
    const wide = defaultView(asset.width, asset.height, 783, 570);
    expect(wide.scale).toBeCloseTo(783 / asset.width, 5);
    expect(570 / wide.scale).toBeGreaterThanOrEqual(band);
    const short = defaultView(asset.width, asset.height, 662, 395);
    expect(short.scale).toBeCloseTo(395 / band, 5);
    // a tall map shows the whole board
    const tall = defaultView(asset.width, asset.height, 370, 600);
    expect(tall.scale).toBeCloseTo(370 / asset.width, 5);
    expect(tall.centre.y).toBeCloseTo(asset.height / 2, 5);
  });
});

/**
 * The board's default view on a map of `sw` × `sh`, laid out as the overlay does it, with its
 * items at the sizes it draws them in the opening of spring-2024 (measured in Chromium): the key,
 * capitals, the off-map badges, the theatres' boxes (a crisis in the Taiwan Strait, four counters
 * in the South China Sea) and the countries' names.
 */
function defaultLayout(sw: number, sh: number): Array<{ name: string; rect: Rect | null }> {
  const { scale, centre } = defaultView(asset.width, asset.height, sw, sh);
  const toScreen = (x: number, y: number) => ({ x: (x - centre.x) * scale + sw / 2, y: (y - centre.y) * scale + sh / 2 });
  const mask = rasterise(allyLand, asset.width, asset.height, 4);
  const land = (r: Rect) => coverage(mask, (r.x - toScreen(0, 0).x) / scale, (r.y - toScreen(0, 0).y) / scale, (r.x + r.w - toScreen(0, 0).x) / scale, (r.y + r.h - toScreen(0, 0).y) / scale);
  const items: Array<{ name: string } & Placeable> = [];
  const centred = (p: { x: number; y: number }, w: number, h: number): Rect => ({ x: Math.round(p.x - w / 2), y: Math.round(p.y - h / 2), w, h });
  const corner = toScreen(0, asset.height);
  if (300 + 20 <= sw * 0.45 && 100 + 20 <= sh * 0.4) items.push({ name: 'key', rect: { x: Math.max(0, corner.x) + 10, y: Math.min(sh, corner.y) - 110, w: 300, h: 100 }, placing: 'fixed' });
  for (const c of asset.capitals) if (!c.edge) items.push({ name: `capital:${c.actor}`, rect: centred(toScreen(c.x, c.y), 16, 16), placing: 'fixed' });
  const badges: Record<string, [number, number]> = { US: [165, 48], UK: [110, 33], RU: [95, 22] };
  for (const c of asset.capitals) {
    if (!c.edge) continue;
    const [w, h] = badges[c.actor] as [number, number];
    const edge = toScreen(capitalAnchor(c).x, capitalAnchor(c).y);
    const x = c.edge.side === 'east' ? edge.x - w - 4 : edge.x + 4;
    items.push({ name: `badge:${c.actor}`, rect: { x: Math.round(x), y: Math.max(2, Math.min(sh - h - 2, Math.round(edge.y - h / 2))), w, h }, placing: 'nudge' });
  }
  const boxes: Record<string, [number, number]> = { KOR: [114, 38], ECS: [117, 38], TWN: [124, 50], SCS: [153, 38], WPAC: [124, 38], SEA: [111, 38], OCE: [112, 38] };
  // the crisis first, as the overlay places it
  const theatres = [...asset.theatres].sort((a, b) => Number(b.id === 'TWN') - Number(a.id === 'TWN'));
  for (const t of theatres) {
    const [w, h] = boxes[t.id] as [number, number];
    items.push({ name: `theatre:${t.id}`, rect: centred(toScreen(t.standoff.x, t.standoff.y), w, h), placing: 'callout' });
  }
  for (const l of asset.actorLabels) {
    if (l.text || l.actor === 'KP') continue;
    items.push({ name: `country:${l.actor}`, rect: centred(toScreen(l.x, l.y), 8 * 8 + 10, 15), placing: 'nudge' });
  }
  const rects = placeLabels(items, sw, sh, land);
  return items.map((it, i) => ({ name: it.name, rect: rects[i] ?? null }));
}

describe.each([
  ['1400 × 900', 783, 570],
  ['1280 × 800', 662, 468],
  ['1280 × 720', 662, 395],
])('the default view at %s', (_screen, sw, sh) => {
  const placed = defaultLayout(sw, sh);
  const boxes = placed.filter((p) => p.name.startsWith('theatre:'));
  const badges = placed.filter((p) => p.name.startsWith('badge:'));

  it('shows every theatre’s box, none over another or over an off-map badge', () => {
    expect(boxes.every((b) => b.rect)).toBe(true);
    for (const a of boxes) {
      for (const b of [...boxes, ...badges]) {
        if (a !== b) expect(overlap(a.rect as Rect, b.rect as Rect), `${a.name} over ${b.name}`).toBe(false);
      }
    }
  });

  it('keeps the boxes off the allies’ land', () => {
    const { scale, centre } = defaultView(asset.width, asset.height, sw, sh);
    for (const b of boxes) {
      const r = b.rect as Rect;
      let onLand = 0;
      let n = 0;
      for (let x = r.x + 1; x < r.x + r.w; x += 3) {
        for (let y = r.y + 1; y < r.y + r.h; y += 3) {
          n++;
          const wx = (x - sw / 2) / scale + centre.x;
          const wy = (y - sh / 2) / scale + centre.y;
          if (allyLand.some((p) => pointInPolygon(wx, wy, p))) onLand++;
        }
      }
      expect(onLand / n, b.name).toBeLessThan(0.03);
    }
  });
});
