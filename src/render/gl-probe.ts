// Is WebGL drawn in software here (SwiftShader, llvmpipe: no GPU, or a GPU the browser will not
// use)? There every pixel of every frame costs CPU, and multisampled antialiasing multiplies the
// cost of filling the map's large areas: it is turned off (edges are a little rougher, frames
// several times cheaper; measured in npm run bench:client). Asked once a page, from a throw-away
// context, before the map's own context is made.
const SOFTWARE = /swiftshader|llvmpipe|softpipe|software/i;

let answer: boolean | undefined;

export function softwareGl(): boolean {
  if (answer !== undefined) return answer;
  answer = false;
  try {
    const gl = document.createElement('canvas').getContext('webgl');
    if (gl) {
      const info = gl.getExtension('WEBGL_debug_renderer_info');
      const renderer = String(gl.getParameter(info ? info.UNMASKED_RENDERER_WEBGL : gl.RENDERER) ?? '');
      answer = SOFTWARE.test(renderer);
      gl.getExtension('WEBGL_lose_context')?.loseContext();
    }
  } catch {
    // no WebGL at all: Pixi's own test says so, and the schematic map stands in
  }
  return answer;
}

export type RendererName = 'webgl' | 'webgpu' | 'canvas';

/** The map's renderer unless the caller chooses: Pixi's Canvas 2D renderer where WebGL is drawn in
 *  software — there the browser's own 2D rasteriser draws the map's paths faster than WebGL draws
 *  their triangles, and skips the tessellation of every shape and the shaders' set-up (first
 *  frame about 0.6 s sooner in npm run bench:client, pans at least as smooth); WebGL elsewhere. */
export const defaultRenderer = (software: boolean = softwareGl()): RendererName => (software ? 'canvas' : 'webgl');
