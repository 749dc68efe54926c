// Authored places: the theatres as sea areas, label anchors, capitals and which Natural Earth
// features belong to which actor. src/geo imports nothing of the project, so the theatre and
// actor codes are spelled out here; test/geo checks them against rules/theatres.json and
// rules/actors.json.
import type { LonLat } from './projection';

export const GEO_THEATRES = ['KOR', 'ECS', 'TWN', 'SCS', 'WPAC', 'SEA', 'OCE'] as const;
export type GeoTheatreId = (typeof GEO_THEATRES)[number];

export const GEO_ACTORS = ['US', 'CN', 'JP', 'KR', 'AU', 'PH', 'TW', 'TH', 'KP', 'UK', 'IN', 'RU'] as const;
export type GeoActorId = (typeof GEO_ACTORS)[number];

export interface TheatreShape {
  id: GeoTheatreId;
  /**
   * The area as one ring of lon/lat points, wound clockwise as seen on a north-up map (d3-geo's
   * convention for an exterior ring: the other way round it would cover the rest of the globe).
   * The ring is drawn under the land, so it may run a little over a coast; it keeps off the land
   * of actors that are not its hosts (test/geo measures this).
   */
  ring: LonLat[];
  /** where the theatre's label (tension / deterrence panel) sits: open sea inside the ring */
  label: LonLat;
  /**
   * Where the label stands off instead while the board is shown small (the default view): the
   * panel is then wider than the sea it names, so it goes where it covers none of the allies'
   * land, with a leader line to `label` (src/geo/placement.ts).
   */
  standoff: LonLat;
  /** actors whose land may lie inside the ring (the peninsula, the island; checked by test/geo) */
  land: GeoActorId[];
}

// Coordinates are rounded to a tenth of a degree: at the board's scale (13.7 px per degree of
// longitude) that is 1.4 px, finer than anyone reads a sea boundary.
export const THEATRE_SHAPES: readonly TheatreShape[] = [
  {
    id: 'KOR',
    // the peninsula with the Yellow Sea's eastern half, the Korea Strait and the Sea of Japan's western half
    ring: [
      [123.7, 39.5], [124.4, 39.75], [127.3, 40.05], [128.9, 40.35], [131.0, 41.6], [136.2, 42.2],
      [136.2, 38.6], [133.0, 37.0], [130.3, 35.4], [129.7, 34.1], [128.6, 33.55], [127.0, 32.8], [125.2, 33.3], [124.0, 34.6],
      [123.4, 36.2], [123.4, 37.8],
    ],
    label: [134.5, 41.0],
    standoff: [122.0, 44.5], // over Manchuria, north of the peninsula
    land: ['KR', 'KP'],
  },
  {
    id: 'ECS',
    // from off the Yangtze mouth to the Ryukyu chain, Senkakus included
    ring: [
      [122.8, 32.4], [127.5, 32.4], [129.3, 31.6], [130.2, 30.6], [131.4, 30.2], [130.0, 27.8],
      [128.8, 26.4], [126.0, 24.2], [123.9, 23.9], [122.7, 24.3], [122.3, 25.6], [121.2, 26.3],
      [121.4, 27.3], [122.5, 28.8], [123.0, 30.2], [122.5, 31.4],
    ],
    label: [128.5, 30.5],
    standoff: [110.0, 29.5], // over the Chinese coast west of the sea
    land: ['JP'],
  },
  {
    id: 'TWN',
    // the Strait (Kinmen and Matsu at its Chinese shore), the island and its eastern approaches
    ring: [
      [120.3, 26.5], [121.2, 26.3], [122.3, 25.6], [122.7, 24.3], [122.6, 22.6], [121.9, 21.2],
      [120.4, 21.3], [118.6, 22.4], [117.4, 23.2], [118.0, 24.3], [118.7, 24.65], [119.3, 25.0],
      [119.8, 25.8],
    ],
    label: [119.0, 22.2],
    standoff: [108.0, 20.5], // over southern China and the Gulf of Tonkin
    land: ['TW'],
  },
  {
    id: 'SCS',
    // Paracels, Spratlys and Scarborough Shoal; off the coasts of China, Vietnam, Borneo, Palawan, Luzon
    ring: [
      [116.0, 22.4], [117.0, 22.6], [118.5, 21.8], [120.2, 21.0], [120.4, 19.2], [120.1, 18.0],
      [119.9, 16.6], [119.5, 15.4], [119.9, 14.4], [119.8, 13.5], [119.6, 12.5], [118.9, 11.6],
      [116.8, 8.6], [117.2, 7.7], [116.3, 6.6], [115.2, 5.6], [113.5, 4.3], [111.5, 3.0],
      [109.5, 2.3], [106.8, 5.2], [105.2, 7.5], [106.6, 8.4], [107.3, 9.8], [108.6, 10.6],
      [109.5, 11.8], [109.5, 13.5], [108.6, 16.0], [108.5, 16.5], [108.9, 17.9], [110.2, 18.0],
      [111.3, 19.8], [111.5, 21.2], [113.5, 21.6], [114.6, 22.0],
    ],
    label: [112.0, 12.5],
    standoff: [110.0, 1.0], // south of the sea, over Borneo and Sumatra
    land: ['PH'],
  },
  {
    id: 'WPAC',
    // the Philippine Sea out to the Marianas and Guam
    ring: [
      [131.8, 29.6], [146.5, 29.5], [148.5, 20.0], [148.0, 11.5], [145.0, 10.0], [138.0, 8.0],
      [133.0, 6.5], [127.5, 8.5], [126.3, 11.5], [124.8, 14.0], [122.8, 17.0], [122.6, 18.8],
      [122.5, 20.2], [123.1, 22.6], [124.0, 23.7], [126.2, 23.9], [129.1, 26.3], [130.3, 27.7],
    ],
    label: [137.0, 19.6],
    standoff: [148.0, 19.0], // east, in the open Pacific
    land: ['US', 'JP'],
  },
  {
    id: 'SEA',
    // the Andaman Sea, the Kra Isthmus and the Gulf of Thailand
    ring: [
      [94.2, 15.5], [97.2, 16.3], [97.9, 14.5], [98.3, 12.2], [98.6, 10.4], [99.4, 10.9],
      [99.9, 12.3], [100.0, 13.3], [100.6, 13.4], [100.9, 12.7], [102.2, 12.0], [103.4, 10.8],
      [104.4, 10.3], [104.6, 9.2], [104.7, 8.0], [102.3, 6.4], [100.1, 6.5], [98.4, 6.5],
      [96.0, 6.3], [94.2, 6.5],
    ],
    label: [95.5, 9.5],
    standoff: [88.0, 6.0], // west, in the Bay of Bengal
    land: ['TH'],
  },
  {
    id: 'OCE',
    // the Timor and Arafura Seas, Torres Strait and the Coral Sea, north Australia's shores
    ring: [
      [121.0, -10.8], [124.5, -10.9], [127.3, -9.3], [131.0, -8.9], [134.5, -8.3], [138.5, -8.9],
      [141.5, -9.6], [143.5, -9.3], [146.4, -9.1], [147.6, -10.1], [150.0, -10.9], [154.5, -11.9],
      [157.5, -12.0], [162.0, -14.5], [162.0, -21.0], [157.0, -27.0], [153.8, -27.0], [150.5, -23.5],
      [146.5, -19.5], [141.0, -18.0], [135.0, -17.0], [128.0, -16.5], [122.0, -18.0],
    ],
    label: [155.6, -16.2],
    standoff: [160.0, -14.0], // east, in the Coral Sea
    land: ['AU'],
  },
];

export interface Capital {
  actor: GeoActorId;
  city: string;
  lon: number;
  lat: number;
  /**
   * A capital off the board gets an anchor on the board's edge, where its links end and an
   * off-map badge sits (Washington on the eastern edge, London and Moscow on the western).
   */
  edge?: { side: 'east' | 'west'; lon: number; lat: number };
}

export const CAPITALS: readonly Capital[] = [
  { actor: 'US', city: 'Washington', lon: -77.04, lat: 38.9, edge: { side: 'east', lon: 208, lat: 30 } },
  { actor: 'CN', city: 'Beijing', lon: 116.4, lat: 39.9 },
  { actor: 'JP', city: 'Tokyo', lon: 139.69, lat: 35.69 },
  { actor: 'KR', city: 'Seoul', lon: 126.98, lat: 37.57 },
  { actor: 'AU', city: 'Canberra', lon: 149.13, lat: -35.28 },
  { actor: 'PH', city: 'Manila', lon: 120.98, lat: 14.6 },
  { actor: 'TW', city: 'Taipei', lon: 121.56, lat: 25.03 },
  { actor: 'TH', city: 'Bangkok', lon: 100.5, lat: 13.75 },
  { actor: 'KP', city: 'Pyongyang', lon: 125.75, lat: 39.03 },
  { actor: 'UK', city: 'London', lon: -0.13, lat: 51.5, edge: { side: 'west', lon: 62, lat: 14 } },
  { actor: 'IN', city: 'New Delhi', lon: 77.21, lat: 28.61 },
  { actor: 'RU', city: 'Moscow', lon: 37.62, lat: 55.75, edge: { side: 'west', lon: 62, lat: 50 } },
];

/**
 * Where an actor's name is written (authored: an automatic centroid puts "USA" on Alaska). For an
 * actor whose capital is off the board the label names the territory that is on it.
 */
export const ACTOR_LABELS: Readonly<Record<GeoActorId, { at: LonLat; text?: string }>> = {
  US: { at: [-156.2, 23.6], text: 'Hawaii (US)' },
  // west of the coast, where the theatres' boxes stand off in the default view
  CN: { at: [98.0, 38.0] },
  JP: { at: [138.2, 38.4] },
  KR: { at: [128.3, 36.2] },
  AU: { at: [134.0, -25.0] },
  PH: { at: [122.6, 11.8] },
  TW: { at: [121.0, 23.6] },
  TH: { at: [101.2, 16.0] },
  KP: { at: [126.9, 40.6] },
  UK: { at: [72.4, -5.9], text: 'Diego Garcia (UK)' },
  IN: { at: [78.5, 22.5] },
  // north of the Amur, where the default view still shows it (src/geo/placement.ts)
  RU: { at: [133.0, 50.5] },
};

/**
 * Natural Earth features (world-atlas countries-50m) that draw each actor's territory. Ids are not
 * unique (036 is Australia and Ashmore & Cartier) and some features have none, so a feature
 * belongs to an actor only when both its id and its name match.
 */
export const ACTOR_FEATURES: Readonly<Record<GeoActorId, ReadonlyArray<{ id: string | null; name: string }>>> = {
  US: [
    { id: '840', name: 'United States of America' },
    { id: '316', name: 'Guam' },
    { id: '580', name: 'N. Mariana Is.' },
    { id: '016', name: 'American Samoa' },
  ],
  CN: [
    { id: '156', name: 'China' },
    { id: '344', name: 'Hong Kong' },
    { id: '446', name: 'Macao' },
  ],
  JP: [{ id: '392', name: 'Japan' }],
  KR: [{ id: '410', name: 'South Korea' }],
  AU: [
    { id: '036', name: 'Australia' },
    { id: '036', name: 'Ashmore and Cartier Is.' },
    { id: null, name: 'Indian Ocean Ter.' },
    { id: '574', name: 'Norfolk Island' },
  ],
  PH: [{ id: '608', name: 'Philippines' }],
  TW: [{ id: '158', name: 'Taiwan' }],
  TH: [{ id: '764', name: 'Thailand' }],
  KP: [{ id: '408', name: 'North Korea' }],
  UK: [{ id: '086', name: 'Br. Indian Ocean Ter.' }],
  IN: [{ id: '356', name: 'India' }],
  RU: [{ id: '643', name: 'Russia' }],
};

/** The actor a Natural Earth feature belongs to, or null. */
export function actorOfFeature(id: string | null | undefined, name: string): GeoActorId | null {
  for (const actor of GEO_ACTORS) {
    if (ACTOR_FEATURES[actor].some((f) => f.id === (id ?? null) && f.name === name)) return actor;
  }
  return null;
}

/** Small places worth a name on the board (bases and flashpoints). */
export const PLACE_LABELS: ReadonlyArray<{ name: string; lon: number; lat: number }> = [
  { name: 'Guam', lon: 144.8, lat: 13.45 },
  { name: 'Okinawa', lon: 127.9, lat: 26.5 },
  { name: 'Senkakus', lon: 123.5, lat: 25.75 },
  { name: 'Scarborough Sh.', lon: 117.76, lat: 15.15 },
  { name: 'Spratlys', lon: 114.3, lat: 10.0 },
  { name: 'Paracels', lon: 111.8, lat: 16.5 },
  { name: 'Darwin', lon: 130.84, lat: -12.46 },
];

/** Seas and oceans, written in italics on the water; `major` ones show at every zoom. */
export const SEA_LABELS: ReadonlyArray<{ name: string; lon: number; lat: number; major?: boolean }> = [
  { name: 'Indian Ocean', lon: 84.0, lat: -18.0, major: true },
  { name: 'Pacific Ocean', lon: 175.0, lat: 8.0, major: true },
  { name: 'Philippine Sea', lon: 134.5, lat: 13.0 },
  { name: 'Coral Sea', lon: 156.0, lat: -24.5 },
  { name: 'Tasman Sea', lon: 161.0, lat: -38.0 },
  { name: 'Sea of Japan', lon: 134.6, lat: 41.6 },
  { name: 'Bay of Bengal', lon: 88.5, lat: 15.0 },
  { name: 'Arabian Sea', lon: 66.5, lat: 15.5 },
  { name: 'Arafura Sea', lon: 134.5, lat: -9.9 },
  { name: 'Celebes Sea', lon: 122.5, lat: 3.6 },
];
