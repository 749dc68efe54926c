// Loads the precomputed map (assets/map/indo-pacific.json). Fetched as a static file rather than
// imported as a module: it stays out of the JS bundle, loads in parallel with it and is cached.
import assetUrl from '../../assets/map/indo-pacific.json?url';
import { MAP_ASSET_FORMAT, type MapAsset } from '../geo/asset';

export const DEFAULT_MAP_ASSET_URL: string = assetUrl;

async function fetchMapAsset(url: string): Promise<MapAsset> {
  const res = await fetch(url);
  if (!res.ok) throw new Error(`map asset ${url}: HTTP ${res.status}`);
  const data = (await res.json()) as Partial<MapAsset>;
  if (data.format !== MAP_ASSET_FORMAT || !Array.isArray(data.countries) || !Array.isArray(data.theatres)) {
    throw new Error(`map asset ${url}: not a ${MAP_ASSET_FORMAT} file (run npm run build:map)`);
  }
  return data as MapAsset;
}

/** The default asset is fetched once per page: a preload from the start page (`preloadMap`) and
 *  the scene's own load share one request; a failed one is tried again next time. */
let defaultAsset: Promise<MapAsset> | null = null;

export function loadMapAsset(url: string = DEFAULT_MAP_ASSET_URL): Promise<MapAsset> {
  if (url !== DEFAULT_MAP_ASSET_URL) return fetchMapAsset(url);
  defaultAsset ??= fetchMapAsset(url).catch((e: unknown) => {
    defaultAsset = null;
    throw e;
  });
  return defaultAsset;
}
