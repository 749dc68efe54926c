// World layers of the map (design pixels, inside the viewport): the board, land, theatres, links.
// Geometry that never changes is built once and recoloured with `tint`; what depends on the zoom
// (outline and link widths in screen pixels, dashes) is rebuilt when the zoom changes.
import { Container, FillPattern, Graphics, Texture, type FillInput } from 'pixi.js';
import type { AssetCountry, MapAsset } from '../geo/asset';
import { capitalAnchor } from '../geo/asset';
import { distanceToQuadratic, linkControlPoint, memberPairs, sampleQuadratic } from '../geo/links';
import { project, type XY } from '../geo/projection';
import { PALETTE } from './style';
import type { LinkView } from './view-model';

// ---------------------------------------------------------------------------------------------
// Board: sea, graticule, frame.

export function drawBoard(asset: MapAsset): Container {
  const { width: W, height: H } = asset;
  const c = new Container({ label: 'board' });
  const sea = new Graphics().rect(0, 0, W, H).fill(PALETTE.sea);
  const grid = new Graphics();
  const { west, east, south, north } = asset.projection.frame;
  for (let lon = Math.ceil(west / 10) * 10; lon <= east; lon += 10) {
    const x = project(lon, 0).x;
    grid.moveTo(x, 0).lineTo(x, H);
  }
  for (let lat = Math.ceil(south / 10) * 10; lat <= north; lat += 10) {
    const y = project(west, lat).y;
    grid.moveTo(0, y).lineTo(W, y);
  }
  grid.stroke({ width: 1, color: PALETTE.graticule, alpha: 0.32, pixelLine: true });
  // the equator a little stronger
  const eq = project(west, 0).y;
  grid.moveTo(0, eq).lineTo(W, eq).stroke({ width: 1, color: PALETTE.graticule, alpha: 0.6, pixelLine: true });
  c.addChild(sea, grid);
  return c;
}

/** The board's edge, drawn over everything in the world (it hides where the board clips coasts). */
export function drawFrame(g: Graphics, asset: MapAsset, zoom: number): void {
  const w = 3 / zoom;
  g.clear()
    .rect(-w / 2, -w / 2, asset.width + w, asset.height + w)
    .stroke({ width: w, color: PALETTE.boardEdge, alignment: 0.5 });
}

/**
 * Keeps the `pixelLine` strokes under `root` one screen pixel wide at `zoom` under Pixi's canvas
 * renderer. WebGL draws such a stroke one device pixel wide at any zoom; the canvas renderer
 * strokes it `width` wide in the Graphics' own units, so coasts and the graticule would thin to
 * nothing zoomed out and thicken zoomed in. The stroke's width is read at every canvas render (no
 * geometry is built from it), so it is set in place: no shape is rebuilt.
 */
export function setHairlines(root: Container, zoom: number): void {
  const width = 1 / zoom;
  const visit = (c: Container): void => {
    if (c instanceof Graphics) {
      for (const ins of c.context.instructions) if (ins.action === 'stroke' && ins.data.style.pixelLine) ins.data.style.width = width;
    }
    for (const child of c.children) visit(child);
  };
  visit(root);
}

// ---------------------------------------------------------------------------------------------
// Land.

function addPolygons(g: Graphics, countries: AssetCountry[]): void {
  for (const c of countries) for (const p of c.polygons) g.poly(p[0]!, true);
}

function fillWithHoles(g: Graphics, countries: AssetCountry[], fill: FillInput): void {
  const simple = countries.map((c) => ({ ...c, polygons: c.polygons.filter((p) => p.length === 1) }));
  addPolygons(g, simple);
  g.fill(fill);
  for (const c of countries) {
    for (const p of c.polygons) {
      if (p.length === 1) continue;
      g.poly(p[0]!, true).fill(fill);
      for (const hole of p.slice(1)) g.poly(hole, true).cut();
    }
  }
}

/** Diagonal stripes on a transparent tile, white so that `tint` colours them. */
function hatchTexture(): Texture {
  const size = 10;
  const canvas = document.createElement('canvas');
  canvas.width = canvas.height = size;
  const ctx = canvas.getContext('2d')!;
  ctx.strokeStyle = '#ffffff';
  ctx.lineWidth = 2.2;
  ctx.lineCap = 'square';
  ctx.beginPath();
  // three strokes so the stripe continues across tile edges
  for (const o of [-size, 0, size]) {
    ctx.moveTo(o, size);
    ctx.lineTo(o + size, 0);
  }
  ctx.stroke();
  return Texture.from(canvas);
}

export interface ActorLand {
  /** the territory, filled white and tinted with the actor's colour */
  fill: Graphics;
  /** stripes over the territory when the government hedges (tinted darker) */
  hatch: Graphics;
  /** its outline (1 device pixel), tinted */
  outline: Graphics;
}

export interface LandLayer {
  root: Container;
  actors: Map<string, ActorLand>;
  /** neutral countries, for the actors that have no view yet */
  destroyTextures(): void;
}

export function drawLand(asset: MapAsset): LandLayer {
  const root = new Container({ label: 'land' });
  const neutral = new Graphics({ label: 'land:neutral' });
  const others = asset.countries.filter((c) => !c.actor);
  fillWithHoles(neutral, others, { color: PALETTE.land });
  root.addChild(neutral);

  const texture = hatchTexture();
  const pattern = new FillPattern(texture, 'repeat');
  const actors = new Map<string, ActorLand>();
  const byActor = new Map<string, AssetCountry[]>();
  for (const c of asset.countries) if (c.actor) byActor.set(c.actor, [...(byActor.get(c.actor) ?? []), c]);

  for (const [actor, countries] of byActor) {
    const fill = new Graphics({ label: `land:${actor}` });
    fillWithHoles(fill, countries, { color: 0xffffff });
    fill.tint = PALETTE.land;
    const hatch = new Graphics({ label: `hatch:${actor}` });
    fillWithHoles(hatch, countries, pattern);
    hatch.visible = false;
    root.addChild(fill, hatch);
    actors.set(actor, { fill, hatch, outline: new Graphics() });
  }

  // all borders and coasts, one device pixel wide at any zoom
  const borders = new Graphics({ label: 'borders' });
  addPolygons(borders, asset.countries);
  for (const c of asset.countries) for (const p of c.polygons) for (const h of p.slice(1)) borders.poly(h, true);
  borders.stroke({ width: 1, color: PALETTE.landBorder, pixelLine: true });
  root.addChild(borders);

  // actor outlines over the neutral borders
  for (const [actor, countries] of byActor) {
    const land = actors.get(actor)!;
    land.outline.label = `outline:${actor}`;
    addPolygons(land.outline, countries);
    land.outline.stroke({ width: 1, color: 0xffffff, pixelLine: true });
    land.outline.tint = PALETTE.landBorder;
    root.addChild(land.outline);
  }
  return { root, actors, destroyTextures: () => pattern.destroy() };
}

// ---------------------------------------------------------------------------------------------
// Theatres.

export interface TheatreStyle {
  tint: number;
  alpha: number;
  crisis: boolean;
  selectable: boolean;
  hovered: boolean;
  highlighted: boolean;
}

/** One Graphics per theatre for its fill (built once, tinted). */
export function drawTheatreFills(asset: MapAsset): Map<string, Graphics> {
  const fills = new Map<string, Graphics>();
  for (const t of asset.theatres) {
    const g = new Graphics({ label: `theatre:${t.id}` }).poly(t.ring, true).fill(0xffffff);
    g.alpha = 0.3;
    fills.set(t.id, g);
  }
  return fills;
}

/** Walks a polyline and draws dashes of `dash` with gaps of `gap` (world units). */
function dashed(g: Graphics, pts: XY[], dash: number, gap: number): void {
  let on = true;
  let left = dash;
  for (let i = 1; i < pts.length; i++) {
    let a = pts[i - 1]!;
    const b = pts[i]!;
    let seg = Math.hypot(b.x - a.x, b.y - a.y);
    if (on) g.moveTo(a.x, a.y);
    while (seg > 0) {
      const step = Math.min(seg, left);
      const t = step / seg;
      const p = { x: a.x + (b.x - a.x) * t, y: a.y + (b.y - a.y) * t };
      if (on) g.lineTo(p.x, p.y);
      seg -= step;
      left -= step;
      a = p;
      if (left <= 1e-9) {
        on = !on;
        left = on ? dash : gap;
        if (on) g.moveTo(a.x, a.y);
      }
    }
  }
}

/** Dots every `spacing` along a polyline (world units). */
function dotted(g: Graphics, pts: XY[], spacing: number, r: number): void {
  let next = 0;
  let walked = 0;
  for (let i = 1; i < pts.length; i++) {
    const a = pts[i - 1]!;
    const b = pts[i]!;
    const seg = Math.hypot(b.x - a.x, b.y - a.y);
    while (next <= walked + seg) {
      const t = seg === 0 ? 0 : (next - walked) / seg;
      g.circle(a.x + (b.x - a.x) * t, a.y + (b.y - a.y) * t, r);
      next += spacing;
    }
    walked += seg;
  }
}

export function drawTheatreOutlines(g: Graphics, asset: MapAsset, styles: Map<string, TheatreStyle>, zoom: number): void {
  g.clear();
  const px = 1 / zoom;
  for (const t of asset.theatres) {
    const s = styles.get(t.id);
    const pts: XY[] = [];
    for (let i = 0; i < t.ring.length; i += 2) pts.push({ x: t.ring[i]!, y: t.ring[i + 1]! });
    pts.push(pts[0]!);
    // a band just inside the edge, in the magenta of restricted areas on sea charts: it reads
    // as a zone, not as land (red in a crisis)
    const band = s?.crisis ? PALETTE.crisis : PALETTE.zone;
    g.poly(t.ring, true).stroke({ width: 8 * px, color: band, alpha: s?.crisis ? 0.42 : 0.26, alignment: 1, join: 'round' });
    if (s?.highlighted || s?.hovered) {
      g.poly(t.ring, true).stroke({ width: 6 * px, color: PALETTE.highlight, alpha: s.highlighted ? 0.95 : 0.75, join: 'round' });
    }
    if (s?.selectable) {
      g.poly(t.ring, true).stroke({ width: 4 * px, color: PALETTE.selectable, alpha: 1, join: 'round' });
    }
    dashed(g, pts, (s?.crisis ? 10 : 8) * px, 4 * px);
    g.stroke({ width: (s?.crisis ? 2.4 : 1.5) * px, color: band, alpha: 0.95, cap: 'butt' });
  }
}

// ---------------------------------------------------------------------------------------------
// Links.

export interface LinkCurve {
  id: string;
  a: XY;
  c: XY;
  b: XY;
  /** the US is one end (faded "without America") */
  hub: boolean;
}

/** The curves of every link: one per pair of members (see memberPairs), fanned out by lane. */
export function linkCurves(asset: MapAsset, links: LinkView[]): LinkCurve[] {
  const anchors = new Map(asset.capitals.map((c) => [c.actor as string, { ...capitalAnchor(c), off: !!c.edge }]));
  const lanes = new Map<string, number>();
  const order = { treaty: 0, partnership: 1, minilateral: 2 } as const;
  const sorted = [...links].sort((p, q) => order[p.kind] - order[q.kind] || (p.id < q.id ? -1 : 1));
  const curves: LinkCurve[] = [];
  for (const link of sorted) {
    const members = link.members.flatMap((m) => {
      const a = anchors.get(m);
      return a ? [{ id: m as string, x: a.x, y: a.y, off: a.off }] : [];
    });
    for (const [p, q] of memberPairs(members)) {
      // two capitals both off the board (London–Washington): nothing to draw on this board
      if (p.off && q.off) continue;
      const key = `${p.id}-${q.id}`;
      const lane = lanes.get(key) ?? 0;
      lanes.set(key, lane + 1);
      const c = linkControlPoint(p, q, { lane });
      curves.push({ id: link.id, a: { x: p.x, y: p.y }, c, b: { x: q.x, y: q.y }, hub: p.id === 'US' || q.id === 'US' });
    }
  }
  return curves;
}

export interface LinkDrawState {
  withoutAmerica: boolean;
  highlight: Set<string>;
  hovered: string | null;
}

export function drawLinks(g: Graphics, curves: LinkCurve[], links: LinkView[], state: LinkDrawState, zoom: number): void {
  g.clear();
  const px = 1 / zoom;
  const byId = new Map(links.map((l) => [l.id, l]));
  for (const curve of curves) {
    const link = byId.get(curve.id);
    if (!link || link.level <= 0) continue;
    const pts = sampleQuadratic(curve.a, curve.c, curve.b, 48);
    const level = Math.max(1, Math.min(3, link.level));
    const faded = link.suspended || (state.withoutAmerica && curve.hub);
    const alpha = faded ? 0.22 : 1;
    const lit = state.highlight.has(link.id) || state.hovered === link.id;
    const colour = link.kind === 'treaty' ? PALETTE.treaty : link.kind === 'minilateral' ? PALETTE.minilateral : PALETTE.partnership;
    const width = (link.kind === 'treaty' ? 1.6 + 1.1 * level : 1.2 + 0.8 * level) * px;
    // a pale casing under the line keeps it legible over land and sea alike
    const casing = () => {
      g.moveTo(pts[0]!.x, pts[0]!.y);
      for (const p of pts.slice(1)) g.lineTo(p.x, p.y);
      g.stroke({ width: width + (lit ? 6 : 2.5) * px, color: lit ? PALETTE.selectable : PALETTE.casing, alpha: alpha * (lit ? 0.95 : 0.55), cap: 'round', join: 'round' });
    };
    casing();
    if (link.kind === 'treaty') {
      g.moveTo(pts[0]!.x, pts[0]!.y);
      for (const p of pts.slice(1)) g.lineTo(p.x, p.y);
      g.stroke({ width, color: colour, alpha, cap: 'round', join: 'round' });
    } else if (link.kind === 'minilateral') {
      dashed(g, pts, 9 * px, 5 * px);
      g.stroke({ width, color: colour, alpha, cap: 'butt' });
    } else {
      dotted(g, pts, (5 + width / px) * px, width * 0.75);
      g.fill({ color: colour, alpha });
    }
    if (link.suspended) {
      // a break in the middle: two short bars across the curve
      const m = sampleQuadratic(curve.a, curve.c, curve.b, 2)[1]!;
      const d = { x: curve.b.x - curve.a.x, y: curve.b.y - curve.a.y };
      const len = Math.hypot(d.x, d.y) || 1;
      const n = { x: (-d.y / len) * 7 * px, y: (d.x / len) * 7 * px };
      const t = { x: (d.x / len) * 2.5 * px, y: (d.y / len) * 2.5 * px };
      for (const s of [-1, 1]) {
        g.moveTo(m.x + s * t.x - n.x, m.y + s * t.y - n.y).lineTo(m.x + s * t.x + n.x, m.y + s * t.y + n.y);
      }
      g.stroke({ width: 2 * px, color: PALETTE.crisis, alpha: 0.9 });
    }
  }
}

/** The link under a world point, within `tolerance` world units. */
export function linkAt(curves: LinkCurve[], links: LinkView[], p: XY, tolerance: number): string | null {
  const shown = new Set(links.filter((l) => l.level > 0).map((l) => l.id));
  let best: { id: string; d: number } | null = null;
  for (const c of curves) {
    if (!shown.has(c.id)) continue;
    const d = distanceToQuadratic(p, c.a, c.c, c.b, 24);
    if (d <= tolerance && (!best || d < best.d)) best = { id: c.id, d };
  }
  return best?.id ?? null;
}
