// Pixi's environment for the map when it is drawn by the canvas renderer (where WebGL would be
// drawn in software: gl-probe.ts). Pixi still builds its default batcher's WebGL shader there,
// and to write it asks a throw-away WebGL context for the fragment precision: in software GL a
// context costs 20–35 ms of the main thread on the way to the first frame, for a shader the
// canvas renderer never runs. Canvases made through this adapter offer no WebGL, so Pixi takes
// its default precision instead; 2D contexts are untouched.
import { BrowserAdapter, DOMAdapter, type Adapter } from 'pixi.js';

const CanvasOnlyAdapter: Adapter = {
  ...BrowserAdapter,
  createCanvas: (width, height) => {
    const canvas = BrowserAdapter.createCanvas(width, height) as HTMLCanvasElement;
    const getContext = canvas.getContext.bind(canvas) as (id: string, options?: unknown) => RenderingContext | null;
    Object.defineProperty(canvas, 'getContext', {
      value: (id: string, options?: unknown) => (id.startsWith('webgl') ? null : getContext(id, options)),
    });
    return canvas;
  },
};

/** Sets Pixi's environment for a map about to start with `renderer`. */
export function setEnvironmentFor(renderer: string): void {
  DOMAdapter.set(renderer === 'canvas' ? CanvasOnlyAdapter : BrowserAdapter);
}
