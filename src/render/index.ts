// The map's public face for the UI: mount a scene in an element, feed it view models, get
// intent back through callbacks. Implemented in src/render/scene.ts (Pixi).
import type { MapCallbacks, MapViewModel } from './view-model';

export type { MapCallbacks, MapViewModel, TheatreView, ActorView, LinkView, LinkKind } from './view-model';

export interface MapScene {
  /** redraws only what changed; nothing is drawn when nothing changes */
  update(view: MapViewModel): void;
  /** pans and zooms to a theatre or actor (keyboard focus in the DOM list calls this) */
  focus(id: string): void;
  /** resets the viewport to the whole region */
  resetView(): void;
  destroy(): void;
}

export interface MapSceneOptions extends MapCallbacks {
  /** 'webgl' in tests (WebGPU draws blank in headless Chromium) */
  preference?: 'webgl' | 'webgpu' | 'canvas';
}

export type CreateMapScene = (container: HTMLElement, options: MapSceneOptions) => Promise<MapScene>;
