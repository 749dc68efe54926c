// Is WebGL drawn in software here (SwiftShader, llvmpipe: no GPU, or a GPU the browser will not
// use)? There every pixel of every frame costs CPU: the map is drawn with Pixi's canvas renderer
// instead (defaultRenderer), and WebGL, when asked for, without multisampled antialiasing, which
// multiplies the cost of filling the map's large areas. Asked once a page, from a throw-away
// context: in a worker on an OffscreenCanvas where the browser has them (the context costs the
// page's main thread nothing: 50–80 ms in headless Chromium's software GL), else on the page.
const SOFTWARE = /swiftshader|llvmpipe|softpipe|software/i;

let answer: boolean | undefined;
let asked: Promise<boolean> | undefined;

/** The probe on the page's main thread (synchronous; the fallback of probeSoftwareGl). */
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

/** The worker: the renderer's name, or null where it has no WebGL on an OffscreenCanvas. */
const WORKER = `let name = null;
try {
  const gl = new OffscreenCanvas(1, 1).getContext('webgl');
  if (gl) {
    const info = gl.getExtension('WEBGL_debug_renderer_info');
    name = String(gl.getParameter(info ? info.UNMASKED_RENDERER_WEBGL : gl.RENDERER) ?? '');
    const lose = gl.getExtension('WEBGL_lose_context');
    if (lose) lose.loseContext();
  }
} catch (e) {}
postMessage(name);`;

function askWorker(): Promise<string> {
  return new Promise((resolve, reject) => {
    if (typeof Worker !== 'function' || typeof OffscreenCanvas !== 'function' || typeof URL.createObjectURL !== 'function') {
      reject(new Error('no worker with an OffscreenCanvas here'));
      return;
    }
    const url = URL.createObjectURL(new Blob([WORKER], { type: 'text/javascript' }));
    const worker = new Worker(url);
    const end = () => {
      clearTimeout(timer);
      worker.terminate();
      URL.revokeObjectURL(url);
    };
    const timer = setTimeout(() => {
      end();
      reject(new Error('the WebGL probe did not answer'));
    }, 3000);
    worker.onmessage = (e: MessageEvent<unknown>) => {
      end();
      if (typeof e.data === 'string') resolve(e.data);
      else reject(new Error('no WebGL on an OffscreenCanvas in a worker'));
    };
    worker.onerror = (e) => {
      e.preventDefault();
      end();
      reject(new Error('the WebGL probe failed'));
    };
  });
}

/** softwareGl's answer, asked in a worker (started by the start page, so that it is known by the
 *  time a map starts); on the page where the worker cannot tell. Never rejects. */
export function probeSoftwareGl(): Promise<boolean> {
  if (answer !== undefined) return Promise.resolve(answer);
  asked ??= askWorker().then(
    (name) => (answer ??= SOFTWARE.test(name)),
    () => softwareGl(),
  );
  return asked;
}

export type RendererName = 'webgl' | 'webgpu' | 'canvas';

/** The map's renderer unless the caller chooses: Pixi's Canvas 2D renderer where WebGL is drawn in
 *  software — there the browser's own 2D rasteriser draws the map's paths faster than WebGL draws
 *  their triangles, and skips the tessellation of every shape and the shaders' set-up (first
 *  frame about 0.6 s sooner in npm run bench:client, pans at least as smooth); WebGL elsewhere. */
export const defaultRenderer = (software: boolean): RendererName => (software ? 'canvas' : 'webgl');
