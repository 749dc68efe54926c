// The Pixi scene: draws a MapViewModel over the precomputed map and reports intent through
// callbacks. It renders on demand — after a change to the view model, a pan, a zoom or a hover —
// and otherwise leaves the GPU and the CPU alone: no ticker draws frames while nothing changes.
import { Application, Container, Graphics, Ticker } from 'pixi.js';
import { Viewport } from 'pixi-viewport';
import type { MapAsset } from '../geo/asset';
import { capitalAnchor } from '../geo/asset';
import { defaultView } from '../geo/placement';
import { ringBox } from '../geo/polygon';
import { project, type XY } from '../geo/projection';
import { loadMapAsset } from './asset';
import { defaultRenderer, probeSoftwareGl, type RendererName } from './gl-probe';
import { setEnvironmentFor } from './pixi-environment';
import {
  drawBoard,
  drawFrame,
  drawLand,
  drawLinks,
  drawTheatreFills,
  drawTheatreOutlines,
  linkAt,
  linkCurves,
  setHairlines,
  type LinkCurve,
  type TheatreStyle,
} from './draw';
import { createHitIndex } from './hit';
import { Overlay, type HitTarget } from './overlay';
import { PALETTE, fmt1, mix, parseColour, territoryFill } from './style';
import type { MapScene, MapSceneOptions } from './index';
import type { ActorId, TheatreId } from '../game/ids';
import type { MapViewModel } from './view-model';
import { FIRST_FRAME_MARK, FIRST_FRAME_SHOWN_MARK, RENDERER_READY_MARK, SCENE_BUILT_MARK, SCENE_START_MARK, markOnce } from './marks';

// Pixi's shared system ticker runs a requestAnimationFrame loop for as long as it is started (the
// event system's hover polling and the texture GC hang off it). While a map scene is alive it is
// stopped and driven from the scene's own loop, which runs only while something moves.
let liveScenes = 0;
let systemTickerWasRunning = false;
function holdSystemTicker(): void {
  if (liveScenes++ === 0) {
    systemTickerWasRunning = Ticker.system.started;
    Ticker.system.autoStart = false;
    Ticker.system.stop();
  }
}
function releaseSystemTicker(): void {
  if (--liveScenes === 0 && systemTickerWasRunning) {
    Ticker.system.autoStart = true;
    Ticker.system.start();
  }
}

const prefersReducedMotion = (): boolean =>
  typeof matchMedia === 'function' && matchMedia('(prefers-reduced-motion: reduce)').matches;

/** Scales of the board (screen px per design px) from which more detail appears: names in the
 *  theatres' boxes and capitals' cities, then more. */
const DETAIL_SCALES = [0.5, 0.8] as const;
const MAX_ZOOM_RATIO = 12;

export async function createMapScene(container: HTMLElement, options: MapSceneOptions): Promise<MapScene> {
  const size = () => ({ w: Math.max(1, container.clientWidth), h: Math.max(1, container.clientHeight) });

  markOnce(SCENE_START_MARK);
  // fetch the map while the renderer starts
  const loading = Promise.resolve(options.asset ?? loadMapAsset(options.assetUrl));
  loading.catch(() => {}); // awaited below, with the renderer
  const software = await probeSoftwareGl();
  let { w: sw, h: sh } = size();
  const app = new Application();
  const antialias = options.antialias ?? !software;
  const preference = options.preference ?? defaultRenderer(software);
  setEnvironmentFor(preference);
  const starting = app.init({
    preference,
    width: sw,
    height: sh,
    background: PALETTE.table,
    antialias,
    autoDensity: true,
    resolution: Math.min(3, Math.max(1, globalThis.devicePixelRatio || 1)),
    autoStart: false,
    sharedTicker: false,
  });
  let asset: MapAsset;
  try {
    [asset] = await Promise.all([loading, starting]);
  } catch (err) {
    await starting.then(() => app.destroy(), () => {});
    throw err;
  }
  markOnce(RENDERER_READY_MARK);
  holdSystemTicker();
  const renderer = app.renderer.name as RendererName;
  const W = asset.width;
  const H = asset.height;

  const canvas = app.canvas;
  canvas.setAttribute('role', 'img');
  canvas.setAttribute('tabindex', '0');
  canvas.style.display = 'block';
  canvas.style.touchAction = 'none';
  canvas.dataset['testid'] = 'map-canvas';
  container.appendChild(canvas);

  // ------------------------------------------------------------------------------------------
  // Scene graph: a viewport (the board in design pixels) and a screen-space overlay above it.

  const viewport = new Viewport({
    screenWidth: sw,
    screenHeight: sh,
    worldWidth: W,
    worldHeight: H,
    events: app.renderer.events,
    noTicker: true,
    passiveWheel: false,
    threshold: 6,
  });
  app.stage.addChild(viewport);

  const board = drawBoard(asset);
  const theatreFills = drawTheatreFills(asset);
  const fillLayer = new Container({ label: 'theatre-fills' });
  for (const g of theatreFills.values()) fillLayer.addChild(g);
  const land = drawLand(asset);
  const theatreLines = new Graphics({ label: 'theatre-lines' });
  const actorLines = new Graphics({ label: 'actor-lines' });
  const linkLayer = new Graphics({ label: 'links' });
  const frame = new Graphics({ label: 'frame' });
  // theatres lie on the sea, under the land: a sea area that brushes a coast stays a sea area
  viewport.addChild(board, fillLayer, theatreLines, land.root, actorLines, linkLayer, frame);

  const overlay = new Overlay(asset);
  app.stage.addChild(overlay.root);

  const hits = createHitIndex(asset);

  // ------------------------------------------------------------------------------------------
  // State.

  let view: MapViewModel | null = options.view ?? null;
  let viewKey = '';
  let hovered: HitTarget | null = null;
  let curves: LinkCurve[] = [];
  let lastZoom = NaN;
  let detail: 0 | 1 | 2 = 0;
  let destroyed = false;
  let userMoved = false;
  const stats = { renders: 0, firstFrameMs: 0, lastRenderMs: 0 };

  const fitZoom = () => Math.min(sw / W, sh / H);
  const home = () => defaultView(W, H, sw, sh);
  const zoomRatio = () => viewport.scale.x / home().scale;
  const highlight = () => new Set(view?.highlight ?? []);

  function applyZoomClamp(): void {
    viewport.plugins.remove('clamp-zoom');
    viewport.clampZoom({ minScale: fitZoom(), maxScale: fitZoom() * MAX_ZOOM_RATIO });
  }

  viewport
    .drag({ clampWheel: false })
    .pinch()
    .wheel({ percent: 0.12, smooth: 0 })
    .decelerate({ friction: 0.9 })
    .clamp({ direction: 'all', underflow: 'center' });
  applyZoomClamp();

  /** The default view: the board as wide as the canvas, as long as the region around the
   *  theatres stays in sight (src/geo/placement.ts). */
  function fitDefault(): void {
    const { scale, centre } = home();
    viewport.setZoom(scale, true);
    viewport.moveCenter(centre.x, centre.y);
  }

  function resetView(): void {
    viewport.plugins.remove('animate');
    fitDefault();
    userMoved = false;
    invalidate();
  }

  // ------------------------------------------------------------------------------------------
  // Drawing.

  function theatreStyles(): Map<string, TheatreStyle> {
    const hl = highlight();
    const m = new Map<string, TheatreStyle>();
    for (const t of view?.theatres ?? []) {
      m.set(t.id, {
        // the zone's wash deepens with tension (the number on its panel says how much)
        tint: t.crisis ? PALETTE.crisis : PALETTE.zone,
        alpha: Math.min(0.4, 0.03 + 0.032 * t.tension),
        crisis: t.crisis,
        selectable: t.selectable,
        hovered: hovered?.kind === 'theatre' && hovered.id === t.id,
        highlighted: hl.has(t.id),
      });
    }
    return m;
  }

  function styleLand(): void {
    const actors = new Map((view?.actors ?? []).map((a) => [a.id as string, a]));
    for (const [id, l] of land.actors) {
      const a = actors.get(id);
      if (!a) {
        l.fill.tint = PALETTE.land;
        l.hatch.visible = false;
        l.outline.tint = PALETTE.landBorder;
        continue;
      }
      const colour = parseColour(a.colour);
      l.fill.tint = territoryFill(colour, a.aligned);
      l.hatch.visible = !a.aligned;
      l.hatch.tint = mix(colour, PALETTE.ink, 0.15);
      l.hatch.alpha = 0.75;
      l.outline.tint = mix(colour, PALETTE.ink, 0.45);
    }
  }

  function styleTheatres(): void {
    const styles = theatreStyles();
    for (const [id, g] of theatreFills) {
      const s = styles.get(id);
      g.tint = s ? s.tint : 0xffffff;
      g.alpha = s ? s.alpha : 0.15;
    }
  }

  /** Everything whose width is set in screen pixels: rebuilt when the zoom or the state changes. */
  function drawZoomDependent(): void {
    const zoom = viewport.scale.x;
    if (renderer === 'canvas') {
      setHairlines(board, zoom);
      setHairlines(land.root, zoom);
    }
    drawFrame(frame, asset, zoom);
    drawTheatreOutlines(theatreLines, asset, theatreStyles(), zoom);
    drawLinks(
      linkLayer,
      curves,
      view?.links ?? [],
      { withoutAmerica: view?.withoutAmerica ?? false, highlight: highlight(), hovered: hovered?.kind === 'link' ? hovered.id : null },
      zoom,
    );
    // the hovered or highlighted actor's coasts
    actorLines.clear();
    const lit = new Set([...highlight(), ...(hovered?.kind === 'actor' ? [hovered.id] : [])]);
    for (const c of asset.countries) {
      if (!c.actor || !lit.has(c.actor)) continue;
      for (const p of c.polygons) actorLines.poly(p[0]!, true);
    }
    actorLines.stroke({ width: 2.5 / zoom, color: PALETTE.highlight, alpha: 0.95, join: 'round' });
  }

  function rebuildOverlay(): void {
    overlay.build({ view, detail, highlight: highlight(), legend: options.legend ?? true });
    layoutOverlay();
  }

  function layoutOverlay(): void {
    overlay.layout((x, y) => viewport.toScreen(x, y), viewport.scale.x, sw, sh);
    overlay.setHover(hovered && hovered.kind !== 'link' ? hovered : null);
  }

  function describe(): string {
    if (!view) return 'Map of the Indo-Pacific';
    const theatres = view.theatres
      .map((t) => `${t.name}: tension ${t.tension}, deterrence ${fmt1(t.deterrence)}${t.crisis ? ', crisis' : ''}`)
      .join('; ');
    return `Map of the Indo-Pacific${view.withoutAmerica ? ', the network without America' : ''}. ${theatres}.`;
  }

  const detailAt = (zoom: number): 0 | 1 | 2 => (zoom >= DETAIL_SCALES[1] ? 2 : zoom >= DETAIL_SCALES[0] ? 1 : 0);

  /** Called after the viewport moved or zoomed (before a render). */
  function onViewportChanged(): void {
    const zoom = viewport.scale.x;
    if (zoom !== lastZoom) {
      lastZoom = zoom;
      const d = detailAt(zoom);
      drawZoomDependent();
      if (d !== detail) {
        detail = d;
        rebuildOverlay();
        return;
      }
    }
    layoutOverlay();
  }

  // ------------------------------------------------------------------------------------------
  // The render loop, on demand.

  let raf = 0;
  let lastFrame = 0;
  let idleFrames = 0;
  let needsRender = true;

  function renderNow(): void {
    if (viewport.dirty) {
      viewport.dirty = false;
      onViewportChanged();
    }
    const t0 = performance.now();
    app.render();
    stats.renders++;
    stats.lastRenderMs = performance.now() - t0;
    if (!stats.firstFrameMs) {
      stats.firstFrameMs = performance.now();
      markOnce(FIRST_FRAME_MARK);
      requestAnimationFrame(() => requestAnimationFrame(() => markOnce(FIRST_FRAME_SHOWN_MARK)));
    }
    needsRender = false;
  }

  function frameLoop(now: number): void {
    raf = 0;
    if (destroyed) return;
    const dt = Math.max(0, Math.min(100, now - lastFrame));
    lastFrame = now;
    viewport.update(dt);
    Ticker.system.update(now);
    if (viewport.dirty || needsRender) {
      renderNow();
      idleFrames = 0;
    } else {
      idleFrames++;
    }
    // keep going while something moves; stop two quiet frames later (an event during this frame
    // may already have scheduled the next one)
    if (idleFrames < 2 && !raf && !destroyed) raf = requestAnimationFrame(frameLoop);
  }

  function wake(): void {
    idleFrames = 0;
    if (!raf && !destroyed) {
      lastFrame = performance.now();
      raf = requestAnimationFrame(frameLoop);
    }
  }

  function invalidate(): void {
    needsRender = true;
    wake();
  }

  for (const ev of ['moved', 'zoomed', 'drag-start', 'drag-end', 'pinch-start', 'pinch-end', 'animate-end', 'wheel-scroll'] as const) {
    viewport.on(ev, () => {
      if (ev === 'drag-start' || ev === 'pinch-start' || ev === 'wheel-scroll' || ev === 'zoomed') userMoved = true;
      wake();
    });
  }

  // ------------------------------------------------------------------------------------------
  // Input: hover, click, keyboard.

  function targetAt(sx: number, sy: number): HitTarget | null {
    const fromOverlay = overlay.hitTest(sx, sy);
    if (fromOverlay) return fromOverlay;
    const w = viewport.toWorld(sx, sy);
    if (w.x < 0 || w.y < 0 || w.x > W || w.y > H) return null;
    const link = linkAt(curves, view?.links ?? [], w, 5 / viewport.scale.x);
    if (link) return { kind: 'link', id: link };
    const theatre = hits.theatreAt(w.x, w.y);
    if (theatre) return { kind: 'theatre', id: theatre };
    const actor = hits.actorAt(w.x, w.y);
    if (actor) return { kind: 'actor', id: actor };
    return null;
  }

  const sameTarget = (a: HitTarget | null, b: HitTarget | null) => a?.kind === b?.kind && a?.id === b?.id;

  function setHover(t: HitTarget | null): void {
    if (sameTarget(t, hovered)) return;
    hovered = t;
    canvas.style.cursor = t && t.kind !== 'link' ? 'pointer' : '';
    options.onHover?.(t ? t.id : null);
    drawZoomDependent();
    layoutOverlay();
    invalidate();
  }

  const local = (e: { clientX: number; clientY: number }) => {
    const r = canvas.getBoundingClientRect();
    return { x: e.clientX - r.left, y: e.clientY - r.top };
  };

  const onPointerMove = (e: PointerEvent) => {
    // while the map is dragged the place under the pointer keeps changing: no hover until it stops
    if (e.buttons !== 0) return;
    const p = local(e);
    setHover(targetAt(p.x, p.y));
  };
  const onPointerLeave = () => setHover(null);
  canvas.addEventListener('pointermove', onPointerMove);
  canvas.addEventListener('pointerleave', onPointerLeave);

  viewport.on('clicked', (e: { screen: XY }) => {
    const t = targetAt(e.screen.x, e.screen.y);
    if (t?.kind === 'theatre') options.onTheatreClick?.(t.id as TheatreId);
    else if (t?.kind === 'actor') options.onActorClick?.(t.id as ActorId);
  });

  const onKeyDown = (e: KeyboardEvent) => {
    if (e.altKey || e.ctrlKey || e.metaKey) return;
    const step = 0.12;
    const c = viewport.center;
    const dx = viewport.worldScreenWidth * step;
    const dy = viewport.worldScreenHeight * step;
    let handled = true;
    switch (e.key) {
      case 'ArrowLeft':
        viewport.moveCenter(c.x - dx, c.y);
        break;
      case 'ArrowRight':
        viewport.moveCenter(c.x + dx, c.y);
        break;
      case 'ArrowUp':
        viewport.moveCenter(c.x, c.y - dy);
        break;
      case 'ArrowDown':
        viewport.moveCenter(c.x, c.y + dy);
        break;
      case '+':
      case '=':
        viewport.zoomPercent(0.25, true);
        break;
      case '-':
      case '_':
        viewport.zoomPercent(-0.2, true);
        break;
      case '0':
        resetView();
        break;
      default:
        handled = false;
    }
    if (!handled) return;
    e.preventDefault();
    userMoved = true;
    viewport.plugins.reset();
    invalidate();
  };
  canvas.addEventListener('keydown', onKeyDown);

  // ------------------------------------------------------------------------------------------
  // Size.

  // Where the canvas is on the page, to keep the map still when the canvas's edges move.
  const pagePlace = () => {
    const r = container.getBoundingClientRect();
    return { x: r.left + window.scrollX, y: r.top + window.scrollY };
  };
  let place = pagePlace();
  const resizeObserver = new ResizeObserver(() => {
    const s = size();
    if (s.w === sw && s.h === sh) return;
    const was = place;
    place = pagePlace();
    // The point of the board at the canvas's new top-left corner, where it is on the page now: a
    // prompt that grows above the map covers the map's top, the view does not jump or re-fit.
    const corner = viewport.toWorld(place.x - was.x, place.y - was.y);
    sw = s.w;
    sh = s.h;
    app.renderer.resize(sw, sh);
    viewport.resize(sw, sh, W, H);
    applyZoomClamp();
    // Until the user moves the map, the default view fits every new size (a prompt that grows
    // must not hide the north, Japan and Korea, behind it). Once they have, their view stays
    // where it is on the page: no jump, no re-fit, only the edges covered or uncovered.
    if (!userMoved) fitDefault();
    else {
      viewport.setZoom(Math.max(fitZoom(), viewport.scale.x), false);
      viewport.moveCorner(corner.x, corner.y);
      viewport.plugins.reset();
    }
    lastZoom = NaN;
    viewport.dirty = true;
    invalidate();
  });
  resizeObserver.observe(container);

  // ------------------------------------------------------------------------------------------
  // The view model.

  function update(next: MapViewModel): void {
    const key = JSON.stringify(next);
    if (key === viewKey) return; // nothing changed: nothing to draw
    const prev = view;
    view = next;
    viewKey = key;
    if (!prev || JSON.stringify(prev.links) !== JSON.stringify(next.links)) curves = linkCurves(asset, next.links);
    styleLand();
    styleTheatres();
    drawZoomDependent();
    rebuildOverlay();
    canvas.setAttribute('aria-label', describe());
    invalidate();
  }

  function focus(id: string): void {
    const theatre = asset.theatres.find((t) => t.id === id);
    const capital = asset.capitals.find((c) => c.actor === id);
    let centre: XY;
    let scale: number;
    if (theatre) {
      const b = ringBox(theatre.ring);
      centre = { x: (b.x0 + b.x1) / 2, y: (b.y0 + b.y1) / 2 };
      scale = Math.min(sw / ((b.x1 - b.x0) * 1.8), sh / ((b.y1 - b.y0) * 1.8));
      scale = Math.max(home().scale * 1.6, Math.min(home().scale * 4, scale));
    } else if (capital) {
      centre = capitalAnchor(capital);
      scale = home().scale * 2.6;
    } else {
      return;
    }
    userMoved = true;
    viewport.plugins.remove('animate');
    if (prefersReducedMotion()) {
      viewport.setZoom(scale, true);
      viewport.moveCenter(centre.x, centre.y);
      viewport.plugins.reset();
    } else {
      viewport.animate({ position: centre, scale, time: 450, ease: 'easeInOutSine', removeOnInterrupt: true });
    }
    invalidate();
  }

  function destroy(): void {
    if (destroyed) return;
    destroyed = true;
    if (raf) cancelAnimationFrame(raf);
    raf = 0;
    resizeObserver.disconnect();
    canvas.removeEventListener('pointermove', onPointerMove);
    canvas.removeEventListener('pointerleave', onPointerLeave);
    canvas.removeEventListener('keydown', onKeyDown);
    land.destroyTextures();
    app.destroy({ removeView: true }, { children: true, texture: true, textureSource: true });
    releaseSystemTicker();
  }

  // first frame: fit the board and draw synchronously, once, at the level of detail of its zoom
  // (drawn at another, the overlay's every text would be made twice)
  resetView();
  lastZoom = viewport.scale.x;
  detail = detailAt(lastZoom);
  if (view) {
    const initial = view;
    view = null;
    update(initial);
  } else {
    styleLand();
    styleTheatres();
    drawZoomDependent();
    rebuildOverlay();
    canvas.setAttribute('aria-label', describe());
  }
  viewport.update(0);
  viewport.dirty = true;
  markOnce(SCENE_BUILT_MARK);
  renderNow();

  return {
    update,
    focus,
    resetView,
    destroy,
    toScreen: (p: XY) => {
      const s = viewport.toScreen(p.x, p.y);
      return { x: s.x, y: s.y };
    },
    project: (lon: number, lat: number) => {
      const s = viewport.toScreen(project(lon, lat));
      return { x: s.x, y: s.y };
    },
    anchorOf: (id: string) => {
      const theatre = asset.theatres.find((t) => t.id === id);
      const capital = asset.capitals.find((c) => c.actor === id);
      // a theatre's box may stand off its theatre: its middle is where its label is
      const box = theatre ? overlay.rectOf({ kind: 'theatre', id }) : null;
      if (box) return { x: box.x + box.w / 2, y: box.y + box.h / 2 };
      const p = theatre ? theatre.label : capital ? capitalAnchor(capital) : null;
      if (!p) return null;
      const s = viewport.toScreen(p.x, p.y);
      return { x: s.x, y: s.y };
    },
    placed: () => overlay.placed(),
    get stats() {
      return { ...stats, zoom: zoomRatio(), animating: raf !== 0, antialias: antialias && renderer !== 'canvas', renderer };
    },
  };
}
