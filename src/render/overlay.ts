// Screen-space layer: everything that must stay the same size and sharp at any zoom — theatre
// panels (tension / deterrence), force counters, exercise and crisis markers, capitals, names,
// and the off-map badges for Washington, London/Europe and Moscow. Items are anchored to world
// points and placed at whole screen pixels after every pan or zoom.
import { Container, Graphics, Text, type TextStyleOptions } from 'pixi.js';
import type { MapAsset } from '../geo/asset';
import { coverage, rasterise, type Mask } from '../geo/mask';
import { placeLabels, type Placing, type Rect } from '../geo/placement';
import { FONT, FONT_CONDENSED, PALETTE, fmt1, heat, mix, parseColour, sideColour, territoryFill as territoryFillFor, textOn, thousands } from './style';
import type { ActorView, MapViewModel, TheatreView } from './view-model';

export type HitTarget = { kind: 'theatre' | 'actor' | 'link' | 'panel'; id: string };

interface Item {
  /** what it is, for tests: "theatre:KOR", "badge:US", "country:JP", "capital:JP", "key", … */
  name: string;
  obj: Container;
  /** world anchor */
  wx: number;
  wy: number;
  /** top-left of the item relative to the anchor, in screen px */
  ox: number;
  oy: number;
  w: number;
  h: number;
  /** placed first, and so never moved or hidden by what comes later */
  priority: number;
  /** how it may be placed (src/geo/placement.ts) */
  placing: Placing;
  /** shown from this scale of the board (screen px per design px) */
  minScale: number;
  /** placed in screen space (the key): `ox`, `oy` from the board's bottom-left corner on screen */
  corner?: boolean;
  /** an off-map badge: it keeps within the screen's height (its latitude is only a hint) */
  keepInHeight?: boolean;
  /** a theatre's box: where it stands off while the board is shown small (world) */
  standoff?: { x: number; y: number };
  hit?: HitTarget;
  /** screen rect after layout (when visible) */
  rect?: Rect;
}

/** Priorities, highest placed first: the key, capitals, the off-map badges, the theatres' boxes
 *  (a crisis first, all of them off the allies' land), countries' names; then whatever fits. */
const PRIORITY = { key: 120, capital: 110, badge: 105, crisis: 104, theatre: 103, country: 101, minorName: 20, place: 12, sea: 5, minorSea: 3 } as const;

/** The allies' land, which the theatres' boxes keep off so that their names and shapes show. */
const SHELTERED_LAND = new Set(['JP', 'KR', 'TW', 'PH', 'AU']);
/** Below this scale of the board (screen px per design px) a theatre's box is wider than the sea
 *  it names: it stands off (see TheatreShape.standoff). */
const STANDOFF_BELOW = 0.5;
/** The mask's cell, in design pixels (about a fifth of a degree). */
const MASK_CELL = 4;

const text = (s: string, style: TextStyleOptions): Text => new Text({ text: s, style: { fontFamily: FONT, ...style } });

function halo(width = 3): TextStyleOptions['stroke'] {
  return { color: PALETTE.paper, width, join: 'round' };
}

/** A small shield (deterrence), centred on (x, y). */
function shield(g: Graphics, x: number, y: number, s: number, colour: number): void {
  g.moveTo(x - s, y - s * 0.9)
    .lineTo(x + s, y - s * 0.9)
    .lineTo(x + s, y + s * 0.05)
    .quadraticCurveTo(x + s * 0.9, y + s * 0.8, x, y + s * 1.15)
    .quadraticCurveTo(x - s * 0.9, y + s * 0.8, x - s, y + s * 0.05)
    .closePath()
    .fill(colour)
    .stroke({ width: 1, color: PALETTE.ink });
}

/** A triangle (tension), centred on (x, y). */
function triangle(g: Graphics, x: number, y: number, s: number, colour: number): void {
  g.poly([x, y - s * 1.05, x + s * 1.1, y + s * 0.85, x - s * 1.1, y + s * 0.85], true)
    .fill(colour)
    .stroke({ width: 1, color: PALETTE.ink, join: 'round' });
}

/** A five-pointed star. */
function star(g: Graphics, x: number, y: number, r: number): Graphics {
  const pts: number[] = [];
  for (let i = 0; i < 10; i++) {
    const a = -Math.PI / 2 + (i * Math.PI) / 5;
    const rr = i % 2 === 0 ? r : r * 0.45;
    pts.push(x + Math.cos(a) * rr, y + Math.sin(a) * rr);
  }
  return g.poly(pts, true);
}

export interface OverlayState {
  view: MapViewModel | null;
  /** zoom relative to the fit-the-board zoom: level of detail */
  detail: 0 | 1 | 2;
  /** draw the key in the bottom-left corner */
  legend: boolean;
  highlight: Set<string>;
}

export class Overlay {
  readonly root = new Container({ label: 'overlay' });
  private items: Item[] = [];
  private hoverRing = new Graphics({ label: 'hover' });
  private leaders = new Graphics({ label: 'leaders' });
  private readonly sheltered: Mask;

  constructor(private readonly asset: MapAsset) {
    const land = asset.countries.filter((c) => c.actor && SHELTERED_LAND.has(c.actor)).flatMap((c) => c.polygons);
    this.sheltered = rasterise(land, asset.width, asset.height, MASK_CELL);
  }

  /** Rebuilds every item (called when the view model or the level of detail changes). */
  build(state: OverlayState): void {
    this.root.removeChild(this.hoverRing);
    for (const child of this.root.removeChildren()) child.destroy({ children: true, style: true, context: true });
    this.items = [];
    this.leaders = new Graphics({ label: 'leaders' });
    this.root.addChild(this.leaders);
    const view = state.view;
    const actors = new Map((view?.actors ?? []).map((a) => [a.id as string, a]));
    this.buildSeas();
    this.buildPlaces();
    this.buildActorLabels(actors, state.detail);
    this.buildCapitals(actors, state);
    if (state.legend) this.buildLegend();
    if (view) {
      this.buildBadges(view, state.detail);
      for (const t of view.theatres) this.buildTheatre(t, view, actors, state);
    }
    // lower priority first, so higher-priority items are drawn on top
    this.items.sort((a, b) => a.priority - b.priority);
    for (const it of this.items) this.root.addChild(it.obj);
    this.root.addChild(this.hoverRing);
  }

  private add(item: Item): void {
    this.items.push(item);
  }

  private buildSeas(): void {
    for (const s of this.asset.seas) {
      const t = text(s.major ? s.name.toUpperCase().split('').join(' ') : s.name, {
        fontSize: s.major ? 13 : 11,
        fontStyle: 'italic',
        fill: PALETTE.seaLabel,
        letterSpacing: s.major ? 1 : 0.5,
      });
      t.alpha = 0.9;
      const c = new Container();
      c.addChild(t);
      this.add({
        name: `sea:${s.name}`, obj: c, wx: s.x, wy: s.y, ox: -t.width / 2, oy: -t.height / 2, w: t.width, h: t.height,
        priority: s.major ? PRIORITY.sea : PRIORITY.minorSea, placing: 'optional', minScale: s.major ? 0 : 0.42,
      });
    }
  }

  private buildPlaces(): void {
    for (const p of this.asset.places) {
      const c = new Container();
      const t = text(p.name, { fontSize: 10.5, fontStyle: 'italic', fill: PALETTE.ink, stroke: halo(2.5) });
      const dot = new Graphics().circle(3, t.height / 2, 2.2).fill(PALETTE.ink).stroke({ width: 1, color: PALETTE.paper });
      t.position.set(7, 0);
      c.addChild(dot, t);
      this.add({
        name: `place:${p.name}`, obj: c, wx: p.x, wy: p.y, ox: -3, oy: -Math.round(t.height / 2), w: 7 + t.width, h: t.height,
        priority: PRIORITY.place, placing: 'optional', minScale: 0.5,
      });
    }
  }

  private buildActorLabels(actors: Map<string, ActorView>, detail: OverlayState['detail']): void {
    // zoomed out, the names are set tighter: the board is small and the allies' names must show
    const wide = detail > 0;
    for (const l of this.asset.actorLabels) {
      const a = actors.get(l.actor);
      const name = (l.text ?? a?.name ?? l.actor).toUpperCase();
      const small = !!l.text || l.actor === 'TW' || l.actor === 'KP' || l.actor === 'KR';
      // every country's name shows, moved a little if it must; a territory's or North Korea's
      // only where there is room
      const minor = !!l.text || l.actor === 'KP';
      const t = text(name, {
        fontFamily: FONT_CONDENSED,
        fontSize: small ? 10.5 : wide ? 12.5 : 11.5,
        fontWeight: '700',
        letterSpacing: small ? 0.6 : wide ? 2 : 1,
        fill: a ? mix(parseColour(a.colour), PALETTE.ink, 0.55) : PALETTE.inkSoft,
        stroke: halo(3),
      });
      const c = new Container();
      c.addChild(t);
      this.add({
        name: `country:${l.actor}`,
        obj: c,
        wx: l.x,
        wy: l.y,
        ox: -t.width / 2,
        oy: -t.height / 2,
        w: t.width,
        h: t.height,
        priority: minor ? PRIORITY.minorName : PRIORITY.country,
        placing: minor ? 'optional' : 'nudge',
        minScale: minor ? 0.4 : 0,
        hit: { kind: 'actor', id: l.actor },
      });
    }
  }

  private buildCapitals(actors: Map<string, ActorView>, state: OverlayState): void {
    for (const cap of this.asset.capitals) {
      if (cap.edge) continue; // drawn as an edge badge
      const a = actors.get(cap.actor);
      const c = new Container();
      const g = new Graphics();
      const colour = a ? parseColour(a.colour) : PALETTE.inkSoft;
      if (a?.selectable) g.circle(0, 0, 11).fill({ color: PALETTE.selectable, alpha: 0.35 }).stroke({ width: 2, color: PALETTE.selectable });
      if (state.highlight.has(cap.actor)) g.circle(0, 0, 12).stroke({ width: 3, color: PALETTE.highlight });
      // ring in the side's colour, star in the actor's
      g.circle(0, 0, 7.5).fill(PALETTE.paper).stroke({ width: 2, color: a ? sideColour(a.side) : PALETTE.inkSoft });
      star(g, 0, 0.4, 5.8).fill(colour).stroke({ width: 0.8, color: PALETTE.ink });
      g.position.set(8, 8);
      c.addChild(g);
      let w = 16;
      if (state.detail >= 1) {
        const t = text(cap.city, { fontSize: 10.5, fontWeight: '600', fill: PALETTE.ink, stroke: halo(2.5) });
        t.position.set(18, Math.round(8 - t.height / 2));
        c.addChild(t);
        w = 18 + t.width;
      }
      this.add({
        name: `capital:${cap.actor}`, obj: c, wx: cap.x, wy: cap.y, ox: -8, oy: -8, w, h: 16,
        priority: PRIORITY.capital, placing: 'fixed', minScale: 0, hit: { kind: 'actor', id: cap.actor },
      });
    }
  }

  private buildBadges(view: MapViewModel, detail: OverlayState['detail']): void {
    const W = this.asset.width;
    for (const cap of this.asset.capitals) {
      if (!cap.edge) continue;
      const lines: string[] = [];
      if (cap.actor === 'US') {
        const w = view.washington;
        lines.push('WASHINGTON ▸');
        lines.push(`${administrationName(w.administration)} · election ${signed(w.election)}`);
        lines.push(`reliability ${w.reliability} · troops ${thousands(w.troops)}`);
      } else if (cap.actor === 'UK') {
        // zoomed out, the badge is narrower: its second line names Europe's signal
        lines.push(detail > 0 ? '◂ LONDON · EUROPE' : '◂ LONDON');
        lines.push(`Ukraine signal ${view.europe.ukraine}`);
      } else {
        lines.push(`◂ ${cap.city.toUpperCase()}`);
      }
      const a = view.actors.find((x) => x.id === cap.actor);
      const faded = cap.actor === 'US' && view.withoutAmerica;
      const c = new Container();
      const texts = lines.map((s, i) =>
        text(s, {
          fontFamily: i === 0 ? FONT_CONDENSED : FONT,
          fontSize: i === 0 ? 12 : 10.5,
          fontWeight: i === 0 ? '700' : '400',
          fill: i === 0 ? PALETTE.paper : 0xdfe6ec,
          letterSpacing: i === 0 ? 1 : 0,
        }),
      );
      const padX = 7;
      const w = Math.ceil(Math.max(...texts.map((t) => t.width)) + padX * 2 + 6);
      let y = 4;
      for (const t of texts) {
        t.position.set(padX + 6, y);
        y += t.height + 1;
      }
      const h = Math.ceil(y + 3);
      const g = new Graphics()
        .roundRect(0, 0, w, h, 4)
        .fill({ color: PALETTE.boardEdge, alpha: 0.92 })
        .stroke({ width: 1.5, color: a?.selectable ? PALETTE.selectable : 0x0b1116 });
      g.rect(0, 0, 5, h).fill(a ? parseColour(a.colour) : PALETTE.inkSoft);
      c.addChild(g, ...texts);
      if (faded) c.alpha = 0.45;
      const east = cap.edge.side === 'east';
      this.add({
        name: `badge:${cap.actor}`,
        obj: c,
        wx: east ? W : 0,
        wy: cap.edge.y,
        ox: east ? -w - 4 : 4,
        oy: -h / 2,
        w,
        h,
        priority: PRIORITY.badge,
        // kept within the screen's height, badges may meet: they step aside for each other
        placing: 'nudge',
        minScale: 0,
        keepInHeight: true,
        hit: { kind: 'actor', id: cap.actor },
      });
    }
  }

  /** The key: link styles, panel symbols, hatching, counters. */
  private buildLegend(): void {
    const c = new Container({ label: 'legend' });
    const g = new Graphics();
    const parts: Container[] = [];
    const label = (s: string, x: number, y: number) => {
      const t = text(s, { fontSize: 10.5, fill: PALETTE.ink });
      t.position.set(x, Math.round(y - t.height / 2));
      parts.push(t);
      return x + t.width;
    };
    const pad = 8;
    let y = pad + 7;
    const title = text('KEY', { fontFamily: FONT_CONDENSED, fontSize: 10.5, fontWeight: '800', fill: PALETTE.inkSoft, letterSpacing: 1.5 });
    title.position.set(pad, pad - 2);
    parts.push(title);
    y += 12;
    // links
    let x = pad;
    g.moveTo(x, y).lineTo(x + 22, y).stroke({ width: 4, color: PALETTE.treaty, cap: 'round' });
    x = label('treaty', x + 27, y) + 12;
    for (let i = 0; i < 3; i++) g.moveTo(x + i * 8, y).lineTo(x + i * 8 + 5, y);
    g.stroke({ width: 2.6, color: PALETTE.minilateral });
    x = label('minilateral', x + 27, y) + 12;
    for (let i = 0; i < 4; i++) g.circle(x + 2 + i * 6, y, 1.6);
    g.fill(PALETTE.partnership);
    x = label('partnership', x + 27, y);
    let w = x;
    y += 19;
    // panel symbols
    x = pad;
    triangle(g, x + 6, y, 5, heat(6));
    x = label('tension', x + 15, y) + 12;
    shield(g, x + 6, y - 0.5, 4.8, PALETTE.network);
    x = label('deterrence', x + 15, y) + 12;
    g.rect(x, y - 2, 11, 4).fill(PALETTE.china);
    g.rect(x + 11, y - 2, 11, 4).fill(PALETTE.network);
    x = label('pressure : deterrence', x + 27, y);
    w = Math.max(w, x);
    y += 19;
    // land and counters
    x = pad;
    g.rect(x, y - 6, 22, 12).fill(territoryFillFor(0x8e8e8e, false));
    // 45° stripes clipped to the swatch
    for (let d = -12; d < 22; d += 5) {
      const t0 = Math.max(0, -d / 12);
      const t1 = Math.min(1, (22 - d) / 12);
      g.moveTo(x + d + 12 * t0, y + 6 - 12 * t0).lineTo(x + d + 12 * t1, y + 6 - 12 * t1);
    }
    g.stroke({ width: 1.6, color: 0x555555 });
    g.rect(x, y - 6, 22, 12).stroke({ width: 1, color: PALETTE.inkSoft });
    x = label('hedging', x + 27, y) + 12;
    g.circle(x + 7, y, 7).fill(PALETTE.paper).stroke({ width: 2, color: PALETTE.network });
    star(g, x + 7, y + 0.4, 5.4).fill(0xdddddd).stroke({ width: 0.8, color: PALETTE.ink });
    x = label('capital', x + 19, y) + 12;
    g.roundRect(x, y - 7, 28, 14, 2).fill(PALETTE.network).stroke({ width: 1, color: PALETTE.ink });
    const chip = text('US 3', { fontFamily: FONT_CONDENSED, fontSize: 10, fontWeight: '800', fill: PALETTE.paper });
    chip.position.set(x + 3.5, Math.round(y - chip.height / 2));
    parts.push(chip);
    x = label('forces', x + 33, y) + 12;
    g.poly([x + 9, y - 8, x + 18, y, x + 9, y + 8, x, y], true).fill(PALETTE.ink);
    const ex = text('EX', { fontFamily: FONT_CONDENSED, fontSize: 7.5, fontWeight: '800', fill: PALETTE.paper });
    ex.position.set(Math.round(x + 9 - ex.width / 2), Math.round(y - ex.height / 2));
    parts.push(ex);
    x = label('exercise', x + 23, y);
    w = Math.max(w, x);
    y += 19;
    // theatres
    x = pad;
    g.rect(x, y - 6, 22, 12).fill({ color: mix(PALETTE.sea, PALETTE.zone, 0.25) });
    g.rect(x, y - 6, 22, 12).stroke({ width: 1.5, color: PALETTE.zone });
    x = label('theatre (deeper tint: more tension)', x + 27, y) + 12;
    g.rect(x, y - 6, 22, 12).fill({ color: mix(PALETTE.sea, PALETTE.crisis, 0.3) }).stroke({ width: 2, color: PALETTE.crisis });
    x = label('crisis', x + 27, y);
    w = Math.max(w, x) + pad;
    const h = y + 9 + pad - 4;
    const bg = new Graphics().roundRect(0, 0, w, h, 4).fill({ color: PALETTE.paper, alpha: 0.92 }).stroke({ width: 1, color: PALETTE.inkSoft });
    c.addChild(bg, g, ...parts);
    this.add({
      name: 'key', obj: c, wx: 0, wy: 0, ox: 10, oy: -h - 10, w: Math.ceil(w), h: Math.ceil(h),
      priority: PRIORITY.key, placing: 'fixed', minScale: 0, corner: true,
    });
  }

  private buildTheatre(t: TheatreView, view: MapViewModel, actors: Map<string, ActorView>, state: OverlayState): void {
    const at = this.asset.theatres.find((x) => x.id === t.id);
    if (!at) return;
    const c = new Container({ label: `panel:${t.id}` });
    const crisis = t.crisis;
    const heatFill = heat(t.tension);
    // one row: [code] ▲ tension ⛨ deterrence; a name row above it when zoomed in; "CRISIS" tab
    const code = text(t.id, { fontFamily: FONT_CONDENSED, fontSize: 12.5, fontWeight: '800', fill: crisis ? PALETTE.paper : textOn(heatFill), letterSpacing: 0.4 });
    const tension = text(String(t.tension), { fontSize: 12.5, fontWeight: '800', fill: PALETTE.ink });
    const deter = text(fmt1(t.deterrence), { fontSize: 12.5, fontWeight: '800', fill: PALETTE.ink });
    const name = state.detail >= 1 ? text(t.name, { fontSize: 10.5, fontWeight: '600', fill: PALETTE.ink, stroke: halo(2.5) }) : null;

    const rowH = 19;
    const barH = 3;
    const codeW = Math.ceil(code.width + (crisis ? 17 : 9));
    const iconW = 13;
    const w = Math.ceil(codeW + 5 + iconW + tension.width + 8 + iconW + deter.width + 6);
    const h = rowH + barH;
    // room above the row for the name (zoomed in) or the crisis tab
    const top = Math.max(name ? Math.ceil(name.height) : 0, crisis ? 12 : 0);

    const g = new Graphics();
    g.position.set(0, top);
    const border = t.selectable ? PALETTE.selectable : crisis ? PALETTE.crisis : PALETTE.ink;
    if (state.highlight.has(t.id)) g.roundRect(-4, -4, w + 8, h + 8, 6).fill({ color: PALETTE.highlight, alpha: 0.95 });
    if (t.selectable) g.roundRect(-4, -4, w + 8, h + 8, 6).fill({ color: PALETTE.selectable, alpha: 0.5 });
    g.roundRect(0, 0, w, h, 3).fill({ color: PALETTE.paper, alpha: 0.97 });
    // the code cell carries the tension colour, or crisis red (with a "!" sign: never colour alone)
    g.roundRect(0, 0, codeW, rowH, 3).fill(crisis ? PALETTE.crisis : heatFill);
    g.rect(codeW - 3, 0, 3, rowH).fill(crisis ? PALETTE.crisis : heatFill);
    // balance bar: China's pressure (red, left) against the network's deterrence (blue, right)
    const total = Math.max(0.001, t.pressure + t.deterrence);
    const split = Math.round((w - 2) * Math.min(1, t.pressure / total));
    g.rect(1, rowH, split, barH).fill(PALETTE.china);
    g.rect(1 + split, rowH, w - 2 - split, barH).fill(PALETTE.network);
    g.roundRect(0, 0, w, h, 3).stroke({ width: t.selectable || crisis ? 2 : 1, color: border });
    const parts: Container[] = [g];

    const rowMid = top + rowH / 2;
    let x = 4;
    if (crisis) {
      g.poly([x + 5.5, 4, x + 11, 14.5, x, 14.5], true).fill(PALETTE.paper);
      const bang = text('!', { fontSize: 10, fontWeight: '900', fill: PALETTE.crisis });
      bang.position.set(Math.round(x + 5.5 - bang.width / 2), Math.round(top + 4));
      parts.push(bang);
      x += 13;
    }
    code.position.set(x, Math.round(rowMid - code.height / 2));
    x = codeW + 5;
    triangle(g, x + 5.5, rowH / 2 + 0.5, 5, heatFill);
    tension.position.set(x + iconW, Math.round(rowMid - tension.height / 2));
    x += iconW + tension.width + 8;
    shield(g, x + 5.5, rowH / 2, 4.8, PALETTE.network);
    deter.position.set(x + iconW, Math.round(rowMid - deter.height / 2));
    parts.push(code, tension, deter);
    if (name) {
      name.position.set(0, 0);
      parts.push(name);
    }
    let tabW = 0;
    if (crisis) {
      // a tab above the panel with the word
      const tab = text('CRISIS', { fontFamily: FONT_CONDENSED, fontSize: 9.5, fontWeight: '800', fill: PALETTE.paper, letterSpacing: 1 });
      const tw = Math.ceil(tab.width + 8);
      const tg = new Graphics().roundRect(0, 0, tw, 13, 2).fill(PALETTE.crisis).stroke({ width: 1, color: PALETTE.paper });
      const tabC = new Container();
      tabC.addChild(tg, tab);
      tab.position.set(4, Math.round(6.5 - tab.height / 2));
      // after the name when there is one, else over the panel's right end
      tabC.position.set(name ? Math.ceil(name.width) + 5 : w - tw - 2, top - 12);
      tabW = tabC.x + tw;
      parts.push(tabC);
    }
    c.addChild(...parts);

    // force counters and the exercise marker, in a row under the panel
    const chips = new Container();
    let cx = 0;
    const forces = Object.entries(t.forces).filter(([, n]) => (n ?? 0) > 0);
    const order = new Map(view.actors.map((a, i) => [a.id as string, i]));
    forces.sort(([a], [b]) => (order.get(a) ?? 99) - (order.get(b) ?? 99));
    for (const [id, n] of forces) {
      const a = actors.get(id);
      const colour = a ? parseColour(a.colour) : PALETTE.inkSoft;
      const label = text(`${id} ${n}`, { fontFamily: FONT_CONDENSED, fontSize: 10, fontWeight: '800', fill: textOn(colour) });
      const cw = Math.ceil(label.width + 7);
      const chip = new Container({ label: `forces:${t.id}:${id}` });
      const cg = new Graphics().roundRect(0, 0, cw, 14, 2).fill(colour).stroke({ width: 1, color: PALETTE.ink });
      // a counter's bevel: a lighter top edge
      cg.rect(1.5, 1.5, cw - 3, 1.2).fill({ color: 0xffffff, alpha: 0.4 });
      label.position.set(3.5, Math.round(7 - label.height / 2));
      chip.addChild(cg, label);
      chip.position.set(cx, 0);
      if (id === 'US' && view.withoutAmerica) {
        chip.alpha = 0.35;
        cg.moveTo(1, 13).lineTo(cw - 1, 1).stroke({ width: 1.5, color: PALETTE.ink });
      }
      chips.addChild(chip);
      cx += cw + 2;
    }
    if (t.exercised) {
      const ex = new Container({ label: `exercise:${t.id}` });
      // an exercise this round: a dark diamond marked EX
      const eg = new Graphics().poly([10, -2, 20, 7, 10, 16, 0, 7], true).fill(PALETTE.ink).stroke({ width: 1, color: PALETTE.paper });
      const et = text('EX', { fontFamily: FONT_CONDENSED, fontSize: 8.5, fontWeight: '800', fill: PALETTE.paper });
      et.position.set(Math.round(10 - et.width / 2), Math.round(7 - et.height / 2));
      ex.addChild(eg, et);
      ex.position.set(cx + 1, 0);
      chips.addChild(ex);
      cx += 23;
    }
    const chipsW = Math.max(0, cx - 2);
    const chipsX = Math.round((w - chipsW) / 2);
    chips.position.set(chipsX, top + h + 2);
    c.addChild(chips);
    const left = Math.min(0, chipsX);
    if (left < 0) for (const child of c.children) child.x -= left;
    const boxW = Math.max(Math.max(w, name ? Math.ceil(name.width) : 0, tabW) - left, chipsW);
    this.add({
      name: `theatre:${t.id}`,
      obj: c,
      wx: at.label.x,
      wy: at.label.y,
      // the anchor is the middle of the panel's row
      ox: -Math.round(w / 2) + left,
      oy: -Math.round(top + h / 2),
      w: boxW,
      h: top + h + (chipsW > 0 ? 16 : 0),
      priority: crisis ? PRIORITY.crisis : PRIORITY.theatre,
      placing: 'callout',
      minScale: 0,
      standoff: at.standoff,
      hit: { kind: 'theatre', id: t.id },
    });
  }

  /**
   * Places every item at whole screen pixels, most important first (src/geo/placement.ts): a
   * theatre's box that would cover the allies' land, a capital, a badge, a name or another box
   * moves to open water and keeps a leader line to its place; a minor name that collides hides.
   * `scale` is screen pixels per design pixel.
   */
  layout(toScreen: (x: number, y: number) => { x: number; y: number }, scale: number, screenW: number, screenH: number): void {
    this.leaders.clear();
    const origin = toScreen(0, 0);
    const toWorld = (x: number, y: number) => ({ x: (x - origin.x) / scale, y: (y - origin.y) / scale });
    const boardBottomLeft = toScreen(0, this.asset.height);
    // the share of a screen rectangle on the allies' land, read from the mask in design pixels
    const land = (r: Rect) => {
      const [a, b] = [toWorld(r.x, r.y), toWorld(r.x + r.w, r.y + r.h)];
      return coverage(this.sheltered, a.x, a.y, b.x, b.y);
    };
    const byPriority = [...this.items].sort((a, b) => b.priority - a.priority);
    const anchors = byPriority.map((it) =>
      // the key sits in the bottom-left corner of the board as far as it is on screen
      it.corner ? { x: Math.max(0, boardBottomLeft.x), y: Math.min(screenH, boardBottomLeft.y) } : toScreen(it.wx, it.wy));
    // no room for the key on a small map; nothing below its scale
    const shown = byPriority.map((it) => scale >= it.minScale && !(it.corner && (it.w + 20 > screenW * 0.45 || it.h + 20 > screenH * 0.4)));
    const wanted = byPriority.flatMap((it, i) => {
      if (!shown[i]) return [];
      const s = it.standoff && scale < STANDOFF_BELOW ? toScreen(it.standoff.x, it.standoff.y) : anchors[i] as { x: number; y: number };
      const y = Math.round(s.y + it.oy);
      const rect = { x: Math.round(s.x + it.ox), y: it.keepInHeight ? Math.max(2, Math.min(screenH - it.h - 2, y)) : y, w: it.w, h: it.h };
      return [{ rect, placing: it.placing }];
    });
    const rects = placeLabels(wanted, screenW, screenH, land);
    let k = 0;
    byPriority.forEach((it, i) => {
      const rect = shown[i] ? rects[k++] ?? null : null;
      it.obj.visible = !!rect;
      it.rect = rect ?? undefined;
      if (!rect) return;
      // every item is drawn from its top-left corner
      it.obj.position.set(rect.x, rect.y);
      // a box away from its theatre's label point keeps a line to it
      const s = anchors[i] as { x: number; y: number };
      if (it.placing === 'callout' && (rect.x !== Math.round(s.x + it.ox) || rect.y !== Math.round(s.y + it.oy))) this.leader(s, rect);
    });
  }

  /** Where each item shows on screen after the last layout (for tests). */
  placed(): Array<{ name: string; rect: Rect }> {
    return this.items.flatMap((it) => (it.rect ? [{ name: it.name, rect: { ...it.rect } }] : []));
  }

  /** A thin line from a theatre's anchor to its displaced panel, with a dot at the anchor. */
  private leader(from: { x: number; y: number }, to: { x: number; y: number; w: number; h: number }): void {
    const tx = Math.max(to.x, Math.min(to.x + to.w, from.x));
    const ty = Math.max(to.y, Math.min(to.y + to.h, from.y));
    this.leaders.moveTo(from.x, from.y).lineTo(tx, ty).stroke({ width: 3, color: PALETTE.paper, alpha: 0.8 });
    this.leaders.moveTo(from.x, from.y).lineTo(tx, ty).stroke({ width: 1.2, color: PALETTE.ink });
    this.leaders.circle(from.x, from.y, 3).fill(PALETTE.ink).stroke({ width: 1, color: PALETTE.paper });
  }

  /** The topmost item under a screen point. */
  hitTest(x: number, y: number): HitTarget | null {
    for (let i = this.items.length - 1; i >= 0; i--) {
      const it = this.items[i]!;
      const r = it.rect;
      if (it.hit && r && x >= r.x - 2 && x <= r.x + r.w + 2 && y >= r.y - 2 && y <= r.y + r.h + 2) return it.hit;
    }
    return null;
  }

  /** Screen rect of the item for a target (for tests and focus), when shown. */
  rectOf(target: HitTarget): { x: number; y: number; w: number; h: number } | null {
    const it = this.items.find((i) => i.hit?.kind === target.kind && i.hit.id === target.id && i.rect);
    return it?.rect ?? null;
  }

  /** Draws a ring around the hovered item. */
  setHover(target: HitTarget | null): void {
    this.hoverRing.clear();
    if (!target) return;
    const r = this.rectOf(target);
    if (!r) return;
    this.hoverRing.roundRect(r.x - 3, r.y - 3, r.w + 6, r.h + 6, 6).stroke({ width: 2, color: PALETTE.ink, alpha: 0.85 });
  }
}

function administrationName(a: string): string {
  if (a === 'americaFirst') return 'America First';
  if (a === 'continuity') return 'Continuity';
  if (a === 'undecided') return 'Undecided';
  return a;
}

const signed = (n: number): string => (n > 0 ? `+${n}` : String(n));
