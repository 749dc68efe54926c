// Generates the map asset from world-atlas's Natural Earth topology: a pure function (no I/O), so
// scripts/build-map.ts writes its result and test/geo checks the committed file against it.
import { geoStream, type GeoStream } from 'd3-geo';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import type { Feature, Geometry } from 'geojson';
import { MAP_ASSET_FORMAT, type AssetCapital, type AssetCountry, type AssetPolygon, type MapAsset } from './asset';
import { boardProjection } from './d3';
import { ACTOR_LABELS, CAPITALS, GEO_ACTORS, PLACE_LABELS, SEA_LABELS, THEATRE_SHAPES, actorOfFeature, type GeoActorId } from './places';
import { CENTRAL_MERIDIAN, DESIGN, FRAME, SCALE, TRANSLATE, project, round1, type XY } from './projection';
import { pointInRing, ringArea } from './polygon';

/** Rings smaller than this (px², at design size) are dropped: specks no one can see or click. */
export const MIN_RING_AREA = 0.25;

const roundXY = (p: XY): XY => ({ x: round1(p.x), y: round1(p.y) });

/** Removes repeated and collinear points from a flat ring (after rounding; both are lossless). */
export function cleanRing(raw: number[]): number[] {
  const pts: number[] = [];
  for (let i = 0; i < raw.length; i += 2) {
    const x = raw[i]!;
    const y = raw[i + 1]!;
    const n = pts.length;
    if (n >= 2 && pts[n - 2] === x && pts[n - 1] === y) continue;
    pts.push(x, y);
  }
  // the closing point
  if (pts.length >= 4 && pts[0] === pts[pts.length - 2] && pts[1] === pts[pts.length - 1]) pts.length -= 2;
  // collinear runs (many appear where the board's edge clips a coast)
  let changed = true;
  while (changed && pts.length > 6) {
    changed = false;
    for (let i = 0; i < pts.length && pts.length > 6; i += 2) {
      const n = pts.length;
      const ax = pts[(i - 2 + n) % n]!;
      const ay = pts[(i - 1 + n) % n]!;
      const bx = pts[i]!;
      const by = pts[i + 1]!;
      const cx = pts[(i + 2) % n]!;
      const cy = pts[(i + 3) % n]!;
      if ((bx - ax) * (cy - ay) - (by - ay) * (cx - ax) === 0) {
        pts.splice(i, 2);
        changed = true;
        i -= 2;
      }
    }
  }
  return pts;
}

/** Projects and clips one geometry to the board; returns its polygons (exterior + holes). */
export function projectGeometry(geometry: Geometry): AssetPolygon[] {
  const rings: number[][] = [];
  let ring: number[] | null = null;
  let inPolygon = false;
  const sink: GeoStream = {
    point(x, y) {
      ring?.push(round1(x), round1(y));
    },
    lineStart() {
      ring = [];
    },
    lineEnd() {
      if (ring && inPolygon) rings.push(ring);
      ring = null;
    },
    polygonStart() {
      inPolygon = true;
    },
    polygonEnd() {
      inPolygon = false;
    },
    sphere() {},
  };
  geoStream(geometry, boardProjection().stream(sink));

  const cleaned = rings.map(cleanRing).filter((r) => r.length >= 6 && Math.abs(ringArea(r)) >= MIN_RING_AREA);
  // d3 emits exteriors and holes with opposite turning; exteriors turn clockwise on screen
  const exteriors = cleaned.filter((r) => ringArea(r) > 0);
  const holes = cleaned.filter((r) => ringArea(r) < 0);
  const polygons: AssetPolygon[] = exteriors.map((r) => [r]);
  for (const hole of holes) {
    // the smallest exterior that contains the hole's first point
    let best: AssetPolygon | null = null;
    for (const p of polygons) {
      if (pointInRing(hole[0]!, hole[1]!, p[0]!) && (!best || ringArea(p[0]!) < ringArea(best[0]!))) best = p;
    }
    // a hole whose exterior was dropped or clipped away: nothing to cut
    best?.push(hole);
  }
  return polygons;
}

export interface BuildOptions {
  /** a line naming the data, stored in the asset */
  source?: string;
}

/** The whole asset, deterministic for a given topology. */
export function buildMapAsset(topology: Topology, options: BuildOptions = {}): MapAsset {
  const collection = topology.objects['countries'] as GeometryCollection<{ name: string }> | undefined;
  if (!collection) throw new Error('topology has no "countries" object');
  const fc = feature(topology, collection);

  const countries: AssetCountry[] = [];
  for (const f of fc.features as Array<Feature<Geometry | null, { name: string }>>) {
    if (!f.geometry) continue;
    const polygons = projectGeometry(f.geometry);
    if (polygons.length === 0) continue;
    const id = f.id === undefined || f.id === null ? null : String(f.id);
    const name = f.properties.name;
    countries.push({ id, name, actor: actorOfFeature(id, name), polygons });
  }
  // stable order: by name, then id
  countries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : (a.id ?? '') < (b.id ?? '') ? -1 : 1));

  const actors = Object.fromEntries(GEO_ACTORS.map((a) => [a, [] as number[]])) as Record<GeoActorId, number[]>;
  countries.forEach((c, i) => {
    if (c.actor) actors[c.actor].push(i);
  });

  const theatres = THEATRE_SHAPES.map((t) => ({
    id: t.id,
    ring: t.ring.flatMap(([lon, lat]) => {
      const p = roundXY(project(lon, lat));
      return [p.x, p.y];
    }),
    label: roundXY(project(...t.label)),
    standoff: roundXY(project(...t.standoff)),
  }));

  const capitals: AssetCapital[] = CAPITALS.map((c) => {
    const p = roundXY(project(c.lon, c.lat));
    const out: AssetCapital = { actor: c.actor, city: c.city, x: p.x, y: p.y };
    if (c.edge) {
      const e = roundXY(project(c.edge.lon, c.edge.lat));
      // pin the anchor onto the board's edge exactly
      out.edge = { side: c.edge.side, x: c.edge.side === 'east' ? DESIGN.width : 0, y: e.y };
    }
    return out;
  });

  return {
    format: MAP_ASSET_FORMAT,
    source: options.source ?? 'Natural Earth 1:50m (public domain) via world-atlas countries-50m.json',
    width: DESIGN.width,
    height: DESIGN.height,
    projection: {
      type: 'mercator',
      centralMeridian: CENTRAL_MERIDIAN,
      scale: Math.round(SCALE * 1e6) / 1e6,
      translate: [Math.round(TRANSLATE[0] * 1e6) / 1e6, Math.round(TRANSLATE[1] * 1e6) / 1e6],
      frame: { ...FRAME },
    },
    countries,
    actors,
    theatres,
    capitals,
    actorLabels: GEO_ACTORS.map((actor) => {
      const { at, text } = ACTOR_LABELS[actor];
      return { actor, ...(text ? { text } : {}), ...roundXY(project(...at)) };
    }),
    places: PLACE_LABELS.map((p) => ({ name: p.name, ...roundXY(project(p.lon, p.lat)) })),
    seas: SEA_LABELS.map((p) => ({ name: p.name, major: p.major === true, ...roundXY(project(p.lon, p.lat)) })),
  };
}

/**
 * Serialises the asset deterministically, a line per theatre, capital, label and country polygon,
 * so a change to the data or the projection shows in a diff as the lines it touched.
 */
export function serializeMapAsset(asset: MapAsset): string {
  const country = (c: AssetCountry): string => {
    const meta = JSON.stringify({ id: c.id, name: c.name, actor: c.actor }).slice(0, -1);
    return `${meta},"polygons":[\n    ${c.polygons.map((p) => JSON.stringify(p)).join(',\n    ')}\n  ]}`;
  };
  const fields = Object.entries(asset).map(([key, value]: [string, unknown]) => {
    if (key === 'countries') return `"countries":[\n  ${asset.countries.map(country).join(',\n  ')}\n ]`;
    if (Array.isArray(value)) return `${JSON.stringify(key)}:[\n  ${value.map((v) => JSON.stringify(v)).join(',\n  ')}\n ]`;
    return `${JSON.stringify(key)}:${JSON.stringify(value)}`;
  });
  return `{\n ${fields.join(',\n ')}\n}\n`;
}
