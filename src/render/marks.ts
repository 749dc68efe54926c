// User Timing marks the map leaves in the page, so a production build can be measured from
// outside (npm run bench:client reads them through the browser). In order: the scene is asked
// for, its renderer and map data are ready, its scene graph is built, its first frame is drawn
// (Pixi's render call returns), and that frame has been handed to the screen (the compositor's
// commit, where software GL does most of its work, is done: two animation frames later).
export const SCENE_START_MARK = 'hub:map-scene-start';
export const RENDERER_READY_MARK = 'hub:map-renderer-ready';
export const SCENE_BUILT_MARK = 'hub:map-scene-built';
export const FIRST_FRAME_MARK = 'hub:map-first-frame';
export const FIRST_FRAME_SHOWN_MARK = 'hub:map-first-frame-shown';

/** Marks the first time only: a page may open several maps, the bench reads the first. */
export function markOnce(name: string): void {
  if (typeof performance !== 'undefined' && performance.getEntriesByName(name).length === 0) performance.mark(name);
}
