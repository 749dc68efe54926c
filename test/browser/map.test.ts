// The map in real Chromium (software WebGL): a test page mounts createMapScene with a fixed view
// model (pages/fixture.ts); the checks read pixels back from screenshots, which are saved under
// reports/screenshots/ (git-ignored). Every check runs twice: with the renderer the map chooses
// by itself here (Pixi's canvas renderer, as WebGL is drawn in software) and with WebGL.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { PNG } from 'pngjs';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { MapAsset } from '../../src/geo/asset';
import { capitalAnchor } from '../../src/geo/asset';
import { linkControlPoint, sampleQuadratic } from '../../src/geo/links';
import { pointInPolygon, pointInRing, ringBox } from '../../src/geo/polygon';
import { project, type XY } from '../../src/geo/projection';
import { PALETTE, parseColour, territoryFill } from '../../src/render/style';
import { ROOT, close, launchBrowser, startServer } from './harness';
import { FIXTURE } from './pages/fixture';

const SHOTS = resolve(ROOT, 'reports/screenshots');
const asset = JSON.parse(readFileSync(resolve(ROOT, 'assets/map/indo-pacific.json'), 'utf8')) as MapAsset;

type RGB = [number, number, number];
const rgb = (c: number): RGB => [(c >> 16) & 255, (c >> 8) & 255, c & 255];
const dist = (a: RGB, b: RGB) => Math.hypot(a[0] - b[0], a[1] - b[1], a[2] - b[2]);

let page: Page;
let firstFrameMs = 0;
/** WebGL contexts the page asked for up to the first frame (the GL probe's, in a worker, not counted) */
let webglContexts = 0;
/** Counts the page's requests for a WebGL context, from its first script on. */
const COUNT_WEBGL = `(() => {
  const getContext = HTMLCanvasElement.prototype.getContext;
  window.__webglContexts = 0;
  HTMLCanvasElement.prototype.getContext = function (id, ...rest) {
    if (String(id).startsWith('webgl')) window.__webglContexts += 1;
    return getContext.call(this, id, ...rest);
  };
})()`;

/** Waits until the scene has drawn what it was asked and gone quiet. */
async function settle(): Promise<void> {
  await page.waitForFunction(() => !window.__map!.scene.stats.animating, null, { timeout: 20_000 });
  await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
}

async function shot(name?: string): Promise<PNG> {
  const buf = await page.screenshot();
  if (name) {
    mkdirSync(SHOTS, { recursive: true });
    writeFileSync(resolve(SHOTS, `${name}.png`), buf);
  }
  return PNG.sync.read(buf);
}

function pixel(png: PNG, p: XY): RGB {
  const x = Math.round(p.x);
  const y = Math.round(p.y);
  const i = (png.width * y + x) << 2;
  return [png.data[i]!, png.data[i + 1]!, png.data[i + 2]!];
}

/** Screen positions of design-pixel points, now. */
const toScreen = (pts: XY[]): Promise<XY[]> => page.evaluate((ps) => ps.map((p) => window.__map!.scene.toScreen(p)), pts);
const lonLat = async (lon: number, lat: number): Promise<XY> => (await toScreen([project(lon, lat)]))[0]!;

const events = () => page.evaluate(() => window.__map!.events.slice());
const clearEvents = () => page.evaluate(() => void (window.__map!.events.length = 0));
const stats = () => page.evaluate(() => ({ ...window.__map!.scene.stats, raf: window.__raf }));

const onAnyLand = (p: XY) => asset.countries.some((c) => c.polygons.some((poly) => pointInPolygon(p.x, p.y, poly)));
const inAnyTheatre = (p: XY) => asset.theatres.some((t) => pointInRing(p.x, p.y, t.ring));

/** The renderers under test: the map's own choice (no ?renderer=), which is canvas here, and WebGL. */
const RENDERERS = [
  { name: 'canvas', query: '', shots: 'map' },
  { name: 'webgl', query: '?renderer=webgl', shots: 'map-webgl' },
] as const;

for (const renderer of RENDERERS) describe.skipIf(!process.env['BROWSER_TESTS'])(`the map in Chromium (${renderer.name})`, () => {
  /** the screenshot's file name for this renderer */
  const named = (name: string) => name.replace(/^map/, renderer.shots);

  beforeAll(async () => {
    const server = await startServer();
    const browser = await launchBrowser({ width: 1280, height: 800 });
    page = browser.page;
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.addInitScript(COUNT_WEBGL);
    await page.goto(`${server.url}/test/browser/pages/map.html${renderer.query}`);
    await page.waitForFunction(() => window.__map || window.__mapError, null, { timeout: 60_000 });
    const failed = await page.evaluate(() => window.__mapError);
    if (failed) throw new Error(failed);
    firstFrameMs = await page.evaluate(() => window.__map!.firstFrameMs);
    webglContexts = await page.evaluate(() => (window as unknown as { __webglContexts: number }).__webglContexts);
    console.log(`map (${renderer.name}): first frame ${Math.round(firstFrameMs)} ms after navigation (Vite dev server, software GL)`);
    await settle();
    expect(errors).toEqual([]);
  });

  afterAll(async () => {
    await close();
  });

  it('draws its first frame on mount', async () => {
    const s = await stats();
    expect(s.renders).toBeGreaterThanOrEqual(1);
    expect(firstFrameMs).toBeGreaterThan(0);
    expect(firstFrameMs).toBeLessThan(10_000);
    await shot(named('map'));
  });

  it(renderer.name === 'canvas'
    ? 'draws with Pixi\'s canvas renderer by default where WebGL is drawn in software (headless Chromium: SwiftShader)'
    : 'draws without multisampling where WebGL is drawn in software (headless Chromium: SwiftShader)', async () => {
    const gl = await page.evaluate(() => {
      const gl = document.createElement('canvas').getContext('webgl');
      const info = gl?.getExtension('WEBGL_debug_renderer_info');
      return gl && info ? String(gl.getParameter(info.UNMASKED_RENDERER_WEBGL)) : '';
    });
    expect(gl).toMatch(/SwiftShader/i);
    const s = await stats();
    expect(s.renderer).toBe(renderer.name);
    expect(s.antialias).toBe(false);
    // the page's canvas holds a 2D context (canvas renderer) or a WebGL one, not the other
    const context = await page.evaluate(() => {
      const canvas = document.querySelector('canvas')!;
      return canvas.getContext('2d') ? '2d' : 'webgl';
    });
    expect(context).toBe(renderer.name === 'canvas' ? '2d' : 'webgl');
    // the canvas renderer asks for no WebGL context at all (Pixi's throw-away one for its unused
    // shader costs 20–35 ms in software GL: src/render/pixi-environment.ts)
    if (renderer.name === 'canvas') expect(webglContexts).toBe(0);
    else expect(webglContexts).toBeGreaterThan(0);
  });

  it('labels the canvas for assistive technology', async () => {
    const canvas = page.locator('canvas');
    expect(await canvas.getAttribute('role')).toBe('img');
    const label = (await canvas.getAttribute('aria-label')) ?? '';
    expect(label).toContain('Indo-Pacific');
    expect(label).toContain('Taiwan Strait: tension 7, deterrence 3.2, crisis');
  });

  it('tells land from sea: the middle of Australia against the open sea', async () => {
    const png = await shot();
    const australia = pixel(png, await lonLat(128, -27)); // Western Australia's interior, clear of labels
    const tasman = pixel(png, await lonLat(175, -25)); // open sea, no theatre, no link
    const au = FIXTURE.actors.find((a) => a.id === 'AU')!;
    expect(dist(australia, rgb(territoryFill(parseColour(au.colour), au.aligned)))).toBeLessThan(25);
    expect(dist(tasman, rgb(PALETTE.sea))).toBeLessThan(12);
    expect(dist(australia, tasman)).toBeGreaterThan(80);
  });

  it('tints the Taiwan Strait theatre (sea inside TWN against sea outside every theatre)', async () => {
    const twn = asset.theatres.find((t) => t.id === 'TWN')!;
    const b = ringBox(twn.ring);
    const inside: XY[] = [];
    for (let x = b.x0; x <= b.x1; x += 4) for (let y = b.y0; y <= b.y1; y += 4) {
      const p = { x, y };
      if (pointInRing(x, y, twn.ring) && !onAnyLand(p)) inside.push(p);
    }
    const outside: XY[] = [];
    for (let x = 50; x < asset.width; x += 97) for (let y = 50; y < asset.height; y += 89) {
      const p = { x, y };
      if (!inAnyTheatre(p) && !onAnyLand(p)) outside.push(p);
    }
    const png = await shot();
    const sea = rgb(PALETTE.sea);
    const tinted = (await toScreen(inside)).map((p) => pixel(png, p)).filter((c) => dist(c, sea) > 15 && c[0] > sea[0]);
    // most of the theatre's sea is tinted (labels, counters and links cover some)
    expect(tinted.length / inside.length).toBeGreaterThan(0.6);
    // (the default view shows the band of the theatres: the far north and south are off screen)
    const shown = (await toScreen(outside)).filter((p) => p.x >= 0 && p.y >= 0 && p.x < png.width && p.y < png.height);
    const plain = shown.map((p) => pixel(png, p)).filter((c) => dist(c, sea) < 12);
    // and most open sea is not (graticule lines, labels and links cross some of it)
    expect(shown.length).toBeGreaterThan(50);
    expect(plain.length / shown.length).toBeGreaterThan(0.8);
  });

  it('draws the coasts one pixel wide, zoomed out and zoomed in (the west coast of Australia at Perth)', async () => {
    const au = FIXTURE.actors.find((a) => a.id === 'AU')!;
    const land = rgb(territoryFill(parseColour(au.colour), au.aligned));
    const sea = rgb(PALETTE.sea);
    const lum = (c: RGB) => 0.3 * c[0] + 0.59 * c[1] + 0.11 * c[2];
    /** pixels on the row at Perth's latitude, sea to land, darker than both the sea and the land */
    const coast = async () => {
      const [a, b] = [await lonLat(112, -31.95), await lonLat(117, -31.95)];
      const png = await shot();
      const row: RGB[] = [];
      for (let x = Math.ceil(a.x); x <= b.x; x++) row.push(pixel(png, { x, y: a.y }));
      expect(dist(row[0]!, sea)).toBeLessThan(12);
      expect(dist(row[row.length - 1]!, land)).toBeLessThan(25);
      const dark = row.map((c) => Math.min(lum(sea), lum(land)) - lum(c));
      return { width: dark.filter((d) => d > 12).length, darkest: Math.max(...dark) };
    };
    const out = await coast();
    const perth = await lonLat(115.86, -31.95);
    await page.mouse.move(perth.x, perth.y);
    for (let i = 0; i < 4; i++) await page.mouse.wheel(0, -400);
    await page.mouse.move(5, 5); // no hovered Australia: its outline would be lit
    await settle();
    expect((await stats()).zoom).toBeGreaterThan(5);
    const into = await coast();
    await page.evaluate(() => window.__map!.scene.resetView());
    await settle();
    // (drawn `width` wide in the board's units, they would be 7 px wide here zoomed in, and paler
    // zoomed out: darkest 45)
    for (const c of [out, into]) {
      expect(c.width).toBeGreaterThanOrEqual(1);
      expect(c.width).toBeLessThanOrEqual(2);
      expect(c.darkest).toBeGreaterThan(55);
    }
  });

  it('reports a click on a theatre with its id, and on the Washington badge with US', async () => {
    for (const id of ['SCS', 'WPAC', 'OCE', 'KOR']) {
      await clearEvents();
      const at = await page.evaluate((t) => window.__map!.scene.anchorOf(t), id);
      await page.mouse.click(at!.x, at!.y);
      expect((await events()).filter((e) => e.type === 'theatre')).toEqual([{ type: 'theatre', id }]);
    }
    await clearEvents();
    const washington = await page.evaluate(() => window.__map!.scene.anchorOf('US'));
    await page.mouse.click(washington!.x - 20, washington!.y);
    expect((await events()).filter((e) => e.type !== 'hover')).toEqual([{ type: 'actor', id: 'US' }]);
  });

  it('reports what the pointer hovers', async () => {
    await clearEvents();
    await page.mouse.move(5, 5);
    const at = await lonLat(134, -28); // Australia's land, clear of labels
    await page.mouse.move(at.x, at.y);
    await page.mouse.move(at.x + 2, at.y + 1);
    expect((await events()).filter((e) => e.type === 'hover').map((e) => e.id)).toContain('AU');
    await page.mouse.move(5, 5);
  });

  it('does not redraw while nothing changes (render on demand)', async () => {
    await settle();
    const before = await stats();
    await page.waitForTimeout(1000);
    const after = await stats();
    expect(after.renders).toBe(before.renders);
    // no animation-frame loop either (Pixi's tickers are stopped)
    expect(after.raf - before.raf).toBeLessThanOrEqual(1);

    // the same view model again: nothing to draw
    await page.evaluate(() => window.__map!.scene.update(JSON.parse(JSON.stringify(window.__map!.fixture))));
    await page.waitForTimeout(300);
    expect((await stats()).renders).toBe(before.renders);

    // a change: one frame
    await page.evaluate(() => {
      const v = JSON.parse(JSON.stringify(window.__map!.fixture));
      v.theatres[0].tension = 5;
      window.__map!.scene.update(v);
    });
    await settle();
    const changed = await stats();
    expect(changed.renders).toBe(before.renders + 1);
    await page.evaluate(() => window.__map!.scene.update(window.__map!.fixture));
    await settle();
  });

  it('fades the hub "without America": pixels along a US link change, and come back', async () => {
    const jp = capitalAnchor(asset.capitals.find((c) => c.actor === 'JP')!);
    const us = capitalAnchor(asset.capitals.find((c) => c.actor === 'US')!);
    // T-JP is the first link between JP and US: lane 0 (see linkCurves)
    const c = linkControlPoint(jp, us, { lane: 0 });
    const along = sampleQuadratic(jp, c, us, 40).slice(8, 33);
    const pts = await toScreen(along);
    const before = await shot();
    await page.evaluate(() => window.__map!.scene.update({ ...window.__map!.fixture, withoutAmerica: true }));
    await settle();
    const faded = await shot(named('map-without-america'));
    const changed = pts.filter((p) => dist(pixel(before, p), pixel(faded, p)) > 40).length;
    expect(changed / pts.length).toBeGreaterThan(0.5);
    // the US counters fade too (the label says so)
    expect(await page.locator('canvas').getAttribute('aria-label')).toContain('without America');
    await page.evaluate(() => window.__map!.scene.update(window.__map!.fixture));
    await settle();
    const again = await shot();
    expect(pts.filter((p) => dist(pixel(before, p), pixel(again, p)) > 3).length).toBe(0);
  });

  it('pans with the keyboard and zooms with + and -, then resets with 0', async () => {
    await page.locator('canvas').focus();
    const z0 = (await stats()).zoom;
    await page.keyboard.press('+');
    await page.keyboard.press('+');
    await settle();
    const z1 = (await stats()).zoom;
    expect(z1).toBeGreaterThan(z0 * 1.4);
    const tokyo0 = await lonLat(139.7, 35.7);
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowDown');
    await settle();
    const tokyo1 = await lonLat(139.7, 35.7);
    expect(tokyo1.x).toBeLessThan(tokyo0.x - 20);
    expect(tokyo1.y).toBeLessThan(tokyo0.y - 20);
    await page.keyboard.press('-');
    await settle();
    expect((await stats()).zoom).toBeLessThan(z1);
    await page.keyboard.press('0');
    await settle();
    expect((await stats()).zoom).toBeCloseTo(1, 5);
  });

  it('zooms with the wheel and pans by dragging', async () => {
    const centre = await lonLat(130, 20);
    await page.mouse.move(centre.x, centre.y);
    await page.mouse.wheel(0, -300);
    await settle();
    const zoom = (await stats()).zoom;
    expect(zoom).toBeGreaterThan(1.2);
    // the point under the pointer stays put while zooming
    const after = await lonLat(130, 20);
    expect(Math.abs(after.x - centre.x)).toBeLessThan(3);
    await page.mouse.down();
    await page.mouse.move(centre.x - 120, centre.y - 60, { steps: 6 });
    await page.mouse.up();
    await settle();
    const dragged = await lonLat(130, 20);
    expect(dragged.x).toBeLessThan(centre.x - 60);
    await page.evaluate(() => window.__map!.scene.resetView());
    await settle();
  });

  it('focuses a theatre, keeps labels sharp-sized when zoomed, and shows names', async () => {
    await page.evaluate(() => window.__map!.scene.focus('TWN'));
    await settle();
    expect((await stats()).zoom).toBeGreaterThan(1.5);
    const taipei = await page.evaluate(() => window.__map!.scene.anchorOf('TW'));
    expect(taipei!.x).toBeGreaterThan(200);
    expect(taipei!.x).toBeLessThan(1080);
    await shot(named('map-taiwan-strait'));
    await page.evaluate(() => window.__map!.scene.resetView());
    await settle();
  });

  it('keeps the view the user chose when a panel above it takes the canvas’s top (no jump, no re-fit), and gets it back', async () => {
    await page.evaluate(() => window.__map!.scene.resetView());
    await page.locator('canvas').focus();
    await page.keyboard.press('+');
    await settle();
    const pageAt = async () => {
      const [p] = await toScreen([project(134, -25)]);
      const top = await page.evaluate(() => document.getElementById('map')!.getBoundingClientRect().top);
      return { x: p!.x, y: p!.y + top };
    };
    // screen px per design px
    const scale = async () => {
      const [a, b] = await toScreen([{ x: 0, y: 0 }, { x: 1000, y: 0 }]);
      return (b!.x - a!.x) / 1000;
    };
    const before = await pageAt();
    const zoom = await scale();
    await page.evaluate(() => { document.getElementById('map')!.style.top = '150px'; });
    await page.waitForFunction(() => document.querySelector('canvas')!.clientHeight < window.innerHeight - 100);
    await settle();
    const covered = await pageAt();
    const zoomCovered = await scale();
    await page.evaluate(() => { document.getElementById('map')!.style.top = '0'; });
    await page.waitForFunction(() => document.querySelector('canvas')!.clientHeight === window.innerHeight);
    await settle();
    const back = await pageAt();
    for (const p of [covered, back]) {
      expect(Math.abs(p.x - before.x)).toBeLessThan(1.5);
      expect(Math.abs(p.y - before.y)).toBeLessThan(1.5);
    }
    expect(zoomCovered).toBeCloseTo(zoom, 5);
    expect(await scale()).toBeCloseTo(zoom, 5);
  });

  it('in its default view, fits again when a panel above it takes the canvas’s top: Japan and Australia stay in sight', async () => {
    await page.evaluate(() => window.__map!.scene.resetView());
    await page.evaluate(() => { document.getElementById('map')!.style.top = '150px'; });
    await page.waitForFunction(() => document.querySelector('canvas')!.clientHeight < window.innerHeight - 100);
    await settle();
    const height = await page.evaluate(() => document.querySelector('canvas')!.clientHeight);
    const width = await page.evaluate(() => document.querySelector('canvas')!.clientWidth);
    // Sapporo (Hokkaido) and Hobart (Tasmania): the region's north and south ends
    for (const p of await toScreen([project(141.35, 43.06), project(147.33, -42.88)])) {
      expect(p!.y).toBeGreaterThanOrEqual(0);
      expect(p!.y).toBeLessThanOrEqual(height);
      expect(p!.x).toBeGreaterThanOrEqual(0);
      expect(p!.x).toBeLessThanOrEqual(width);
    }
    await page.evaluate(() => { document.getElementById('map')!.style.top = '0'; });
    await page.waitForFunction(() => document.querySelector('canvas')!.clientHeight === window.innerHeight);
    await settle();
  });

  // The map's sizes in the table at 1400 × 900, 1280 × 800 and 1280 × 720.
  for (const [width, height] of [[783, 570], [662, 468], [662, 395]] as const) {
    it(`at ${width} × ${height}, shows the allies’ names and keeps the theatres’ boxes off their land and off each other`, async () => {
      await page.setViewportSize({ width, height });
      await page.waitForFunction((w) => document.querySelector('canvas')!.clientWidth === w, width);
      await page.evaluate(() => window.__map!.scene.resetView());
      await settle();
      await shot(named(`map-default-${width}x${height}`));
      const placed = await page.evaluate(() => window.__map!.scene.placed());
      const names = placed.map((p) => p.name);
      for (const ally of ['JP', 'KR', 'TW', 'PH', 'AU']) expect(names, ally).toContain(`country:${ally}`);
      const boxes = placed.filter((p) => p.name.startsWith('theatre:'));
      expect(boxes.length).toBe(7);
      const apart = (a: { x: number; y: number; w: number; h: number }, b: typeof a) => a.x >= b.x + b.w || b.x >= a.x + a.w || a.y >= b.y + b.h || b.y >= a.y + a.h;
      for (const a of boxes) {
        for (const b of placed.filter((p) => p !== a && /^(theatre|badge|key)/.test(p.name))) expect(apart(a.rect, b.rect), `${a.name} over ${b.name}`).toBe(true);
      }
      // sampled every 3 px: the share of each box over an ally's land
      const allyLand = asset.countries.filter((c) => c.actor && ['JP', 'KR', 'TW', 'PH', 'AU'].includes(c.actor)).flatMap((c) => c.polygons);
      const [o, e] = await toScreen([{ x: 0, y: 0 }, { x: asset.width, y: 0 }]);
      const scale = (e!.x - o!.x) / asset.width;
      for (const b of boxes) {
        let n = 0;
        let onLand = 0;
        for (let x = b.rect.x + 1; x < b.rect.x + b.rect.w; x += 3) {
          for (let y = b.rect.y + 1; y < b.rect.y + b.rect.h; y += 3) {
            n++;
            if (allyLand.some((poly) => pointInPolygon((x - o!.x) / scale, (y - o!.y) / scale, poly))) onLand++;
          }
        }
        expect(onLand / n, b.name).toBeLessThan(0.03);
      }
    });
  }

  it('lets go of everything on destroy: the canvas goes, no frames are asked for', async () => {
    await page.evaluate(() => window.__map!.scene.destroy());
    expect(await page.locator('canvas').count()).toBe(0);
    const raf = (await page.evaluate(() => window.__raf)) as number;
    await page.waitForTimeout(500);
    expect(await page.evaluate(() => window.__raf)).toBe(raf);
  });
});
