// The map's public face for the UI: mount a scene in an element, feed it view models, get
// intent back through callbacks. Implemented in src/render/scene.ts (Pixi).
import type { MapAsset } from '../geo/asset';
import type { MapCallbacks, MapViewModel } from './view-model';
import { loadMapAsset } from './asset';
import { defaultRenderer, probeSoftwareGl, type RendererName } from './gl-probe';

export type { MapCallbacks, MapViewModel, TheatreView, ActorView, LinkView, LinkKind } from './view-model';
export type { MapAsset } from '../geo/asset';
export { createMapScene } from './scene';
export { FIRST_FRAME_MARK } from './marks';

/** Fetches the map data ahead of time (the start page calls it while the player reads), and
 *  the parts of Pixi it loads only when a renderer starts (its browser environment and the
 *  renderer the map will use: `preference`, else the default of gl-probe.ts), which would
 *  otherwise cost more round trips at the table's start. Our test for software GL and, for WebGL,
 *  Pixi's test for WebGL (each a throw-away context, costly in software GL) are run now too: both
 *  keep their answers. */
export const preloadMap = (preference?: RendererName): Promise<void> =>
  Promise.all([
    loadMapAsset(),
    // (the module's exports named in the parameter: a destructured tuple would keep all of Pixi)
    import('pixi.js').then(({ loadEnvironmentExtensions, CanvasRenderer, WebGLRenderer, isWebGLSupported }) =>
      probeSoftwareGl().then((software) => {
        const renderer = preference ?? defaultRenderer(software);
        if (renderer === 'webgl') isWebGLSupported();
        return Promise.all([loadEnvironmentExtensions(false), renderer === 'canvas' ? CanvasRenderer : WebGLRenderer]);
      }),
    ),
  ]).then(() => undefined);

export interface ScreenPoint {
  /** CSS pixels from the canvas's top-left corner */
  x: number;
  y: number;
}

export interface MapSceneStats {
  /** frames drawn so far (render on demand: this stays put while nothing changes) */
  renders: number;
  /** performance.now() when the first frame was drawn */
  firstFrameMs: number;
  /** how long the last app.render() took, ms */
  lastRenderMs: number;
  /** zoom relative to the default view (1 = reset view) */
  zoom: number;
  /** a frame is scheduled (a pan, zoom or animation is in progress) */
  animating: boolean;
  /** drawn with multisampled antialiasing (WebGL only; off where WebGL is drawn in software: gl-probe.ts) */
  antialias: boolean;
  /** Pixi's renderer: 'canvas' by default where WebGL is drawn in software, else 'webgl' (gl-probe.ts) */
  renderer: 'webgl' | 'webgpu' | 'canvas';
}

export interface MapScene {
  /** redraws only what changed; nothing is drawn when nothing changes */
  update(view: MapViewModel): void;
  /** pans and zooms to a theatre or actor (keyboard focus in the DOM list calls this) */
  focus(id: string): void;
  /** resets the viewport to the whole region */
  resetView(): void;
  destroy(): void;
  /** where a point of the board (design pixels of the map asset) is on screen now */
  toScreen(p: { x: number; y: number }): ScreenPoint;
  /** where a longitude/latitude is on screen now */
  project(lon: number, lat: number): ScreenPoint;
  /** where a theatre's box or an actor's capital (edge badge for Washington) is on screen now, for tooltips */
  anchorOf(id: string): ScreenPoint | null;
  /** every label, box and badge shown on the map, by name ("theatre:KOR", "badge:US", "country:JP",
   *  "capital:JP", "key", …), with its rectangle on screen (for tests) */
  placed(): Array<{ name: string; rect: { x: number; y: number; w: number; h: number } }>;
  /** counters for tests and the benchmark */
  readonly stats: MapSceneStats;
}

export interface MapSceneOptions extends MapCallbacks {
  /** default: 'canvas' where WebGL is drawn in software, else 'webgl' (WebGPU draws blank in
   *  headless Chromium) */
  preference?: 'webgl' | 'webgpu' | 'canvas';
  /** the map asset, if the caller already has it (default: fetched from assets/map/indo-pacific.json) */
  asset?: MapAsset | Promise<MapAsset>;
  /** where to fetch the asset from, if not given */
  assetUrl?: string;
  /** the first view model, drawn in the first frame */
  view?: MapViewModel;
  /** draw the key (link styles, symbols) in the bottom-left corner; default true */
  legend?: boolean;
  /** multisampled antialiasing (WebGL, WebGPU); default: on, but off where WebGL is drawn in
   *  software. The canvas renderer's paths are always antialiased. */
  antialias?: boolean;
}

export type CreateMapScene = (container: HTMLElement, options: MapSceneOptions) => Promise<MapScene>;
