// Pixi's global settings for a map about to start.
// - Under the canvas renderer (chosen where WebGL would be drawn in software: gl-probe.ts) Pixi
//   still builds its default batcher's WebGL shader, and to write it asks a throw-away WebGL
//   context for the fragment precision: in software GL a context costs 20–35 ms of the main
//   thread on the way to the first frame, for a shader the canvas renderer never runs. Canvases
//   made through CanvasOnlyAdapter offer no WebGL, so Pixi takes its default precision instead;
//   2D contexts are untouched.
// - Letter-spaced labels (the seas, the key, the theatres' codes) are drawn with the browser's
//   own canvas letterSpacing where it has one: Pixi otherwise measures and draws them a letter at
//   a time (15–20 ms of the first frame in a profile).
import { BrowserAdapter, CanvasTextMetrics, DOMAdapter, type Adapter } from 'pixi.js';
import type { RendererName } from './gl-probe';

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
export function setEnvironmentFor(renderer: RendererName): void {
  DOMAdapter.set(renderer === 'canvas' ? CanvasOnlyAdapter : BrowserAdapter);
  CanvasTextMetrics.experimentalLetterSpacing = true;
}
