// Test page: mounts the map scene with the fixed view model and exposes it on window.__map.
import { createMapScene, type MapScene, type MapViewModel } from '../../../src/render';
import { FIXTURE } from './fixture';

export interface MapPageHandle {
  scene: MapScene;
  fixture: MapViewModel;
  events: Array<{ type: 'theatre' | 'actor' | 'hover'; id: string | null }>;
  /** ms from navigation start to the first frame */
  firstFrameMs: number;
  error?: string;
}

declare global {
  interface Window {
    __map?: MapPageHandle;
    __mapError?: string;
    __raf: number;
  }
}

const params = new URLSearchParams(location.search);
// ?renderer=webgl|canvas|webgpu; without it, the scene's own choice (canvas where GL is software)
const renderer = params.get('renderer');
const preference = renderer === 'webgl' || renderer === 'canvas' || renderer === 'webgpu' ? renderer : undefined;
const events: MapPageHandle['events'] = [];

createMapScene(document.getElementById('map')!, {
  ...(preference ? { preference } : {}),
  view: FIXTURE,
  onTheatreClick: (id) => events.push({ type: 'theatre', id }),
  onActorClick: (id) => events.push({ type: 'actor', id }),
  onHover: (id) => events.push({ type: 'hover', id }),
}).then(
  (scene) => {
    window.__map = { scene, fixture: FIXTURE, events, firstFrameMs: scene.stats.firstFrameMs };
  },
  (err: unknown) => {
    window.__mapError = String(err instanceof Error ? err.stack : err);
  },
);
