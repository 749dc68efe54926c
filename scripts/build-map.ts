// npm run build:map — projects Natural Earth 50m (world-atlas) once into assets/map/indo-pacific.json.
// The generator is pure (src/geo/build-asset.ts); this script only reads, writes and reports.
// test/geo/asset.test.ts fails when the committed asset differs from what this writes now.
import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import type { Topology } from 'topojson-specification';
import { buildMapAsset, serializeMapAsset } from '../src/geo/build-asset';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
export const TOPOLOGY_PATH = resolve(ROOT, 'node_modules/world-atlas/countries-50m.json');
export const ASSET_PATH = resolve(ROOT, 'assets/map/indo-pacific.json');

/** The asset's text as this checkout would generate it. */
export function generateMapAssetText(topologyPath = TOPOLOGY_PATH): string {
  const topology = JSON.parse(readFileSync(topologyPath, 'utf8')) as Topology;
  return serializeMapAsset(buildMapAsset(topology));
}

function main(): void {
  const t0 = performance.now();
  const text = generateMapAssetText();
  mkdirSync(dirname(ASSET_PATH), { recursive: true });
  writeFileSync(ASSET_PATH, text);
  const raw = Buffer.byteLength(text);
  const gz = gzipSync(text, { level: 9 }).length;
  const kib = (n: number) => `${(n / 1024).toFixed(1)} KiB`;
  console.log(`${ASSET_PATH.slice(ROOT.length + 1)}: ${kib(raw)} raw, ${kib(gz)} gzip (${Math.round(performance.now() - t0)} ms)`);
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) main();
