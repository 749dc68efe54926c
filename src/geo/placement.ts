// Where the map's labels go on screen: rectangles that keep clear of each other, of the land they
// must not hide and of the screen's edge, placed most important first. Pure geometry — the Pixi
// overlay measures its items, asks here, and draws them where this says — so the rules can be
// checked without a browser (test/geo/placement.test.ts).
import { project } from './projection';

export interface Rect {
  x: number;
  y: number;
  w: number;
  h: number;
}

/**
 * How an item may be placed:
 * - `fixed`: always shown, at its place (capitals, the key);
 * - `nudge`: always shown, moved a little off its place to clear what is there (country names,
 *   the off-map badges);
 * - `callout`: always shown, moved as far as it takes to clear everything placed before it and
 *   the masked land, and then drawn with a leader line to its place (the theatres' boxes);
 * - `optional`: shown only at its place and only where it clears everything before it.
 */
export type Placing = 'fixed' | 'nudge' | 'callout' | 'optional';

export interface Placeable {
  /** the item at its own place, in screen pixels */
  rect: Rect;
  placing: Placing;
}

const overlaps = (a: Rect, b: Rect) => a.x < b.x + b.w && a.x + a.w > b.x && a.y < b.y + b.h && a.y + a.h > b.y;
const overlapArea = (a: Rect, b: Rect) =>
  Math.max(0, Math.min(a.x + a.w, b.x + b.w) - Math.max(a.x, b.x)) * Math.max(0, Math.min(a.y + a.h, b.y + b.h) - Math.max(a.y, b.y));

/** Tries for a name: its place, then a little above, below and to either side. */
function nudges(r: Rect): Array<[number, number]> {
  const dy = Math.round(r.h * 0.75);
  const dx = Math.round(r.w * 0.35);
  return [[0, 0], [0, -dy], [0, dy], [dx, 0], [-dx, 0], [0, -2 * dy], [0, 2 * dy], [dx, -dy], [-dx, -dy], [dx, dy], [-dx, dy]];
}

/** Tries for a box: its place, then rings further and further out, sixteen ways round. */
function callouts(r: Rect): Array<[number, number]> {
  const out: Array<[number, number]> = [[0, 0]];
  const sx = r.w / 2 + 12;
  const sy = r.h / 2 + 10;
  for (const ring of [0.3, 0.6, 1, 1.5, 2, 3]) {
    for (let k = 0; k < 16; k++) {
      const a = (k * Math.PI) / 8;
      out.push([Math.round(Math.cos(a) * sx * ring), Math.round(Math.sin(a) * sy * ring)]);
    }
  }
  return out;
}

/**
 * Places the items in the order given (the most important first) on a screen of `width` ×
 * `height`; `land(rect)` says what share of a rectangle covers land that boxes must keep off.
 * Returns each item's rectangle, or null where an optional item does not fit.
 */
export function placeLabels(items: readonly Placeable[], width: number, height: number, land: (r: Rect) => number): Array<Rect | null> {
  const placed: Rect[] = [];
  const clash = (r: Rect) => placed.some((p) => overlaps(r, p));
  const clashArea = (r: Rect) => placed.reduce((s, p) => s + overlapArea(r, p), 0);
  const inside = (r: Rect) => r.x >= 0 && r.y >= 0 && r.x + r.w <= width && r.y + r.h <= height;
  const onScreen = (r: Rect) => r.x < width && r.y < height && r.x + r.w > 0 && r.y + r.h > 0;
  return items.map((it) => {
    const base = it.rect;
    let rect: Rect | null = null;
    if (!onScreen(base)) rect = null;
    else if (it.placing === 'fixed') rect = base;
    else if (it.placing === 'optional') rect = clash(base) ? null : base;
    else {
      // the try that hides nothing and covers the least land, nearest its place; with none
      // free, the one that hides the least
      const box = it.placing === 'callout';
      let best: { rect: Rect; score: number } | null = null;
      for (const [dx, dy] of box ? callouts(base) : nudges(base)) {
        const r = { ...base, x: base.x + dx, y: base.y + dy };
        if ((dx || dy) && !inside(r)) continue;
        const onLand = box ? land(r) : 0;
        const hidden = clashArea(r) / (r.w * r.h);
        const cut = inside(r) ? 0 : 50;
        const score = (hidden > 0 ? 1000 + 1000 * hidden : 0) + cut + 100 * onLand + 2 * Math.hypot(dx / r.w, dy / r.h);
        if (!best || score < best.score) best = { rect: r, score };
        if (score === 0) break;
      }
      rect = best?.rect ?? base;
    }
    // a little room around every item placed
    if (rect) placed.push({ x: rect.x - 2, y: rect.y - 1, w: rect.w + 4, h: rect.h + 2 });
    return rect;
  });
}

/** The part of the board the map's default view keeps in sight, north to south (latitudes). */
export const DEFAULT_BAND = { north: 47, south: -44 } as const;

/**
 * The default view of a board of `boardW` × `boardH` on a screen of `width` × `height`: the board
 * as wide as the screen, unless that would crop the default band, and never smaller than the whole
 * board. Returns the scale and the board point at the screen's centre.
 */
export function defaultView(boardW: number, boardH: number, width: number, height: number): { scale: number; centre: { x: number; y: number } } {
  const top = project(0, DEFAULT_BAND.north).y;
  const bottom = project(0, DEFAULT_BAND.south).y;
  const whole = Math.min(width / boardW, height / boardH);
  const scale = Math.max(whole, Math.min(width / boardW, height / (bottom - top)));
  // centred on the band, as far as the board reaches
  const half = height / scale / 2;
  const y = Math.max(Math.min(half, boardH / 2), Math.min(Math.max(boardH - half, boardH / 2), (top + bottom) / 2));
  return { scale, centre: { x: boardW / 2, y } };
}
