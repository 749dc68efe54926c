// The map's projection: Mercator rotated so that 135°E is the central meridian, framing the
// Indo-Pacific from India's longitude to Hawaii's and from Japan to southern Australia.
//
// The formulas are written out here (a dozen lines) so that the browser never loads d3-geo: the
// map asset is projected once at build time (scripts/build-map.ts) and the renderer only needs
// this for the odd runtime point (graticule, a marker placed by lon/lat). src/geo/d3.ts builds
// the same projection with d3-geo for the build script, and a test keeps the two equal.

/** Longitudes and latitudes in degrees; east and north positive. */
export type LonLat = readonly [lon: number, lat: number];

/** A point in design pixels (x to the right, y down). */
export interface XY {
  x: number;
  y: number;
}

/** The frame the board shows: 62°E to 152°W (= 208°E), 48°S to 56°N. */
export const FRAME = { west: 62, east: 208, south: -48, north: 56 } as const;

/** Central meridian of the rotated Mercator (the frame's middle longitude). */
export const CENTRAL_MERIDIAN = (FRAME.west + FRAME.east) / 2; // 135°E

/** Design size of the board in pixels: the frame's width maps to exactly DESIGN.width. */
export const DESIGN_WIDTH = 2000;

const RAD = Math.PI / 180;
const mercY = (lat: number): number => Math.log(Math.tan(Math.PI / 4 + (lat * RAD) / 2));

/** Pixels per radian of longitude. */
export const SCALE = DESIGN_WIDTH / ((FRAME.east - FRAME.west) * RAD);
/** Height that fits the frame's latitudes at SCALE, rounded to whole pixels. */
export const DESIGN_HEIGHT = Math.round(SCALE * (mercY(FRAME.north) - mercY(FRAME.south)));
/** d3-style translate: where (central meridian, equator) lands. */
export const TRANSLATE: readonly [number, number] = [
  DESIGN_WIDTH / 2,
  // centre the frame's latitudes vertically in the rounded height
  DESIGN_HEIGHT / 2 + (SCALE * (mercY(FRAME.north) + mercY(FRAME.south))) / 2,
];

export const DESIGN = { width: DESIGN_WIDTH, height: DESIGN_HEIGHT } as const;

/** Wraps a longitude difference into [-180, 180). */
export const wrapLon = (d: number): number => ((((d + 180) % 360) + 360) % 360) - 180;

/** Projects lon/lat (degrees) to design pixels. */
export function project(lon: number, lat: number): XY {
  const l = wrapLon(lon - CENTRAL_MERIDIAN) * RAD;
  return { x: TRANSLATE[0] + SCALE * l, y: TRANSLATE[1] - SCALE * mercY(lat) };
}

/** Inverse of `project`. */
export function unproject(x: number, y: number): LonLat {
  const lon = wrapLon((x - TRANSLATE[0]) / SCALE / RAD + CENTRAL_MERIDIAN);
  const lat = (2 * Math.atan(Math.exp((TRANSLATE[1] - y) / SCALE)) - Math.PI / 2) / RAD;
  return [lon, lat];
}

/** True when a design-pixel point lies on the board (the design rectangle). */
export const onBoard = (p: XY): boolean => p.x >= 0 && p.x <= DESIGN.width && p.y >= 0 && p.y <= DESIGN.height;

/** Rounds to 0.1 px, the asset's precision. */
export const round1 = (v: number): number => Math.round(v * 10) / 10;
