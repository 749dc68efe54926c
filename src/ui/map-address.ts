// The map's options a player (or a test) may set in the address: ?renderer=webgl|webgpu|canvas,
// ?antialias=on|off and ?map=schematic. Read by the map panel, and by the warm-up, which preloads
// the renderer the map will start.
export type RendererChoice = 'webgl' | 'webgpu' | 'canvas';

const queryParam = (name: string): string | null => new URLSearchParams(window.location.search).get(name);

/** 'webgl' | 'webgpu' | 'canvas' from ?renderer=…, for tests and slow machines; default: the map's
 *  own choice (the canvas renderer where WebGL is drawn in software, else WebGL). */
export function preferredRenderer(): RendererChoice | undefined {
  const r = queryParam('renderer');
  return r === 'webgl' || r === 'webgpu' || r === 'canvas' ? r : undefined;
}

/** ?antialias=on|off overrides the scene's choice (off where WebGL is drawn in software). */
export function antialiasChoice(): boolean | undefined {
  const a = queryParam('antialias');
  return a === 'on' ? true : a === 'off' ? false : undefined;
}

/** ?map=schematic: the plain SVG map, no Pixi. */
export const schematicOnly = (): boolean => queryParam('map') === 'schematic';
