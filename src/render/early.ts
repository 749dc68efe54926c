// What the start page may begin of the map without loading Pixi (a small chunk of its own):
// the map data's request and the software-GL probe, which runs in a worker. Both keep their
// answers for the map (asset.ts, gl-probe.ts).
export { loadMapAsset } from './asset';
export { probeSoftwareGl } from './gl-probe';
