// The map asset (assets/map/indo-pacific.json): Natural Earth countries projected once at build
// time into design pixels, with the authored theatres, anchors and capitals. Written by
// scripts/build-map.ts (generator: src/geo/build-asset.ts), read by src/render.
import type { GeoActorId, GeoTheatreId } from './places';
import type { XY } from './projection';

export const MAP_ASSET_FORMAT = 'hub-and-spokes/map@1';

/** A polygon: its exterior ring, then its holes; each ring a flat [x0, y0, x1, y1, …] array. */
export type AssetPolygon = number[][];

export interface AssetCountry {
  /** Natural Earth / ISO numeric id (not unique; null for a few features) */
  id: string | null;
  name: string;
  /** the actor whose territory this is, or null for other countries */
  actor: GeoActorId | null;
  polygons: AssetPolygon[];
}

export interface AssetTheatre {
  id: GeoTheatreId;
  /** exterior ring, flat, design pixels */
  ring: number[];
  label: XY;
  /** where the label stands off while the board is shown small (see TheatreShape) */
  standoff: XY;
}

export interface AssetCapital {
  actor: GeoActorId;
  city: string;
  /** the capital's own projected position (may lie off the board) */
  x: number;
  y: number;
  /** for a capital off the board: the anchor on the board's edge where links end */
  edge?: { side: 'east' | 'west'; x: number; y: number };
}

export interface MapAsset {
  format: typeof MAP_ASSET_FORMAT;
  source: string;
  width: number;
  height: number;
  projection: {
    type: 'mercator';
    centralMeridian: number;
    scale: number;
    translate: [number, number];
    frame: { west: number; east: number; south: number; north: number };
  };
  countries: AssetCountry[];
  /** actor → indexes into `countries` */
  actors: Record<GeoActorId, number[]>;
  theatres: AssetTheatre[];
  capitals: AssetCapital[];
  actorLabels: Array<{ actor: GeoActorId; text?: string } & XY>;
  places: Array<{ name: string } & XY>;
  seas: Array<{ name: string; major: boolean } & XY>;
}

/** Where an actor's links end: its capital, or its edge anchor when the capital is off the board. */
export const capitalAnchor = (c: AssetCapital): XY => c.edge ?? { x: c.x, y: c.y };
