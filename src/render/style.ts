// The map's look: palette, type and colour arithmetic. Pure (no Pixi), so it can be unit-tested.

export const FONT = '"Inter", "Segoe UI", "Roboto", "Helvetica Neue", "DejaVu Sans", "Liberation Sans", Arial, sans-serif';
export const FONT_CONDENSED =
  '"Roboto Condensed", "Arial Narrow", "DejaVu Sans Condensed", "Liberation Sans Narrow", "Inter", "DejaVu Sans", Arial, sans-serif';

export const PALETTE = {
  /** outside the board (the table the board lies on) */
  table: 0x1c2329,
  sea: 0x9fc3d6,
  seaDeep: 0x8db6cc,
  graticule: 0xffffff,
  land: 0xebe5d3,
  landBorder: 0x9c927a,
  coastHalo: 0xf6f2e6,
  boardEdge: 0x26313a,
  ink: 0x1b2631,
  inkSoft: 0x4a5866,
  paper: 0xfbfaf6,
  seaLabel: 0x3d6a86,
  treaty: 0x0e2a50,
  minilateral: 0x5b2a86,
  partnership: 0x0a6f62,
  casing: 0xffffff,
  crisis: 0xc1121f,
  /** theatres: the magenta of restricted areas on nautical charts */
  zone: 0xa0286e,
  selectable: 0xf2b705,
  highlight: 0xffffff,
  network: 0x1f4e99,
  china: 0xb3141f,
  neutral: 0x6b6b6b,
} as const;

/** '#rrggbb' (or '#rgb') to 0xrrggbb; anything else falls back to grey. */
export function parseColour(hex: string): number {
  const m = /^#?([0-9a-f]{3}|[0-9a-f]{6})$/i.exec(hex.trim());
  if (!m) return 0x888888;
  const h = m[1]!.length === 3 ? [...m[1]!].map((c) => c + c).join('') : m[1]!;
  return parseInt(h, 16);
}

const channels = (c: number): [number, number, number] => [(c >> 16) & 255, (c >> 8) & 255, c & 255];

/** Linear mix of two colours: t = 0 gives a, t = 1 gives b. */
export function mix(a: number, b: number, t: number): number {
  const [ar, ag, ab] = channels(a);
  const [br, bg, bb] = channels(b);
  const m = (x: number, y: number) => Math.round(x + (y - x) * t);
  return (m(ar, br) << 16) | (m(ag, bg) << 8) | m(ab, bb);
}

/** Relative luminance (WCAG). */
export function luminance(c: number): number {
  const lin = (v: number) => {
    const s = v / 255;
    return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  };
  const [r, g, b] = channels(c);
  return 0.2126 * lin(r) + 0.7152 * lin(g) + 0.0722 * lin(b);
}

export function contrast(a: number, b: number): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
}

/** Ink (dark) or paper (white) text, whichever reads better on `bg`. */
export const textOn = (bg: number): number => (contrast(bg, 0xffffff) >= contrast(bg, PALETTE.ink) ? 0xffffff : PALETTE.ink);

/** Territory fill: the actor's colour softened toward the land, paler when its government hedges. */
export const territoryFill = (colour: number, aligned: boolean): number => mix(colour, PALETTE.land, aligned ? 0.3 : 0.62);

/**
 * A theatre's tint by tension (0..10): a yellow → orange → red ramp (ColorBrewer YlOrRd, which
 * stays ordered for colour-blind readers); the number on its label carries the value too.
 */
const HEAT = [0xffeda0, 0xfed976, 0xfeb24c, 0xfd8d3c, 0xfc4e2a, 0xe31a1c, 0xbd0026, 0x800026];
export function heat(tension: number, max = 10): number {
  const t = Math.max(0, Math.min(1, tension / max)) * (HEAT.length - 1);
  const i = Math.floor(t);
  return i >= HEAT.length - 1 ? HEAT[HEAT.length - 1]! : mix(HEAT[i]!, HEAT[i + 1]!, t - i);
}

export const sideColour = (side: 'network' | 'china' | 'neutral'): number =>
  side === 'network' ? PALETTE.network : side === 'china' ? PALETTE.china : PALETTE.neutral;

/** Formats deterrence with one decimal, dropping a trailing ".0". */
export const fmt1 = (v: number): string => (Math.round(v * 10) / 10).toFixed(1).replace(/\.0$/, '');

/** A whole number with commas between thousands ("28,500"), as toLocaleString('en-US') writes it:
 *  the browser's first Intl call loads its locale data, 40–60 ms on the map's first frame. */
export const thousands = (n: number): string => String(Math.round(n)).replace(/\B(?=(\d{3})+$)/g, ',');
