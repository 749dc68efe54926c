// A coarse raster of polygons over the board: which cells of a grid lie inside them, kept as a
// summed-area table so that the share of any rectangle they cover is four lookups. The map's
// labels use it to keep off the land they must not hide.
import type { AssetPolygon } from './asset';

export interface Mask {
  /** the side of a cell, in design pixels */
  cell: number;
  cols: number;
  rows: number;
  /** summed-area table, (cols + 1) × (rows + 1): sat[r][c] counts the inside cells above and left of it */
  sat: Uint32Array;
}

/** Rasterises polygons (each an exterior ring and its holes, even-odd) at cell centres. */
export function rasterise(polygons: readonly AssetPolygon[], width: number, height: number, cell: number): Mask {
  const cols = Math.ceil(width / cell);
  const rows = Math.ceil(height / cell);
  const inside = new Uint8Array(cols * rows);
  for (const polygon of polygons) {
    // the rows of cell centres the polygon spans (most are small islands: a few rows of the board)
    let y0 = Infinity;
    let y1 = -Infinity;
    for (const ring of polygon) {
      for (let i = 1; i < ring.length; i += 2) {
        if (ring[i]! < y0) y0 = ring[i]!;
        if (ring[i]! > y1) y1 = ring[i]!;
      }
    }
    const first = Math.max(0, Math.ceil(y0 / cell - 0.5));
    const last = Math.min(rows - 1, Math.floor(y1 / cell - 0.5));
    if (last < first) continue;
    // one scanline per row of cell centres: the rings' crossings, paired even-odd
    const crossings: number[][] = Array.from({ length: last - first + 1 }, () => []);
    for (const ring of polygon) {
      const n = ring.length;
      for (let i = 0, j = n - 2; i < n; j = i, i += 2) {
        const xi = ring[i]!;
        const yi = ring[i + 1]!;
        const xj = ring[j]!;
        const yj = ring[j + 1]!;
        const top = Math.max(first, Math.ceil(Math.min(yi, yj) / cell - 0.5));
        const bottom = Math.min(last, Math.floor(Math.max(yi, yj) / cell - 0.5));
        for (let r = top; r <= bottom; r++) {
          const y = (r + 0.5) * cell;
          if (yi > y !== yj > y) crossings[r - first]!.push(xi + ((y - yi) * (xj - xi)) / (yj - yi));
        }
      }
    }
    for (let k0 = 0; k0 < crossings.length; k0++) {
      const xs = crossings[k0]!;
      if (xs.length < 2) continue;
      const r = first + k0;
      xs.sort((a, b) => a - b);
      for (let k = 0; k + 1 < xs.length; k += 2) {
        const from = Math.max(0, Math.ceil(xs[k]! / cell - 0.5));
        const to = Math.min(cols - 1, Math.floor(xs[k + 1]! / cell - 0.5));
        for (let c = from; c <= to; c++) inside[r * cols + c] = 1;
      }
    }
  }
  const sat = new Uint32Array((cols + 1) * (rows + 1));
  for (let r = 0; r < rows; r++) {
    let run = 0;
    for (let c = 0; c < cols; c++) {
      run += inside[r * cols + c]!;
      sat[(r + 1) * (cols + 1) + c + 1] = sat[r * (cols + 1) + c + 1]! + run;
    }
  }
  return { cell, cols, rows, sat };
}

/** The share (0 to 1) of the cells in a rectangle of design pixels that lie inside the mask. */
export function coverage(mask: Mask, x0: number, y0: number, x1: number, y1: number): number {
  const clampC = (x: number) => Math.max(0, Math.min(mask.cols, Math.round(x / mask.cell)));
  const clampR = (y: number) => Math.max(0, Math.min(mask.rows, Math.round(y / mask.cell)));
  const [c0, c1, r0, r1] = [clampC(x0), clampC(x1), clampR(y0), clampR(y1)];
  const area = (c1 - c0) * (r1 - r0);
  if (area <= 0) return 0;
  const w = mask.cols + 1;
  const at = (r: number, c: number) => mask.sat[r * w + c]!;
  return (at(r1, c1) - at(r0, c1) - at(r1, c0) + at(r0, c0)) / area;
}
