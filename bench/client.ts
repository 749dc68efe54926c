// npm run bench:client — the browser client as a player gets it: the production build served by
// our own server, in headless Chromium (software GL, as in the browser tests). Prints:
//   sizes      initial JS, map data and what index.html prefetches for the table, gzip
//   first map  navigation → start page ready → "Play as…" clicked at once → first map frame
//              drawn, with its steps (src/render/marks.ts), and on screen (after the commit);
//              and click → on screen for a player who reads the start page for 2 s first
//   pan        frame intervals while dragging the map, CPU over the drag
//   heap       JS heap with the table open, before and after panning
//   idle       CPU of all Chromium processes over 5 s with nothing changing (your turn, no bots)
// Targets (issue 4): first frame ≤ 1.0 s; initial JS ≤ 350 KiB gzip; idle CPU near zero.
// A benchmark, not a test: figures only, no pass/fail. RUNS=N sets the cold-start repetitions;
// QUERY='?renderer=webgl' (for example) is added to the address of every page it opens.
import type { CDPSession, Page } from 'playwright-core';
import { FIRST_FRAME_MARK, FIRST_FRAME_SHOWN_MARK, RENDERER_READY_MARK, SCENE_BUILT_MARK, SCENE_START_MARK } from '../src/render/marks';
import { launchBrowser, serveClient } from '../scripts/lib/served-client';
import { chromiumCpuSeconds } from './client/chromium-cpu';
import { gzipBytes, gzipOfUrls, initialScripts, mapDataFiles, prefetchedFiles } from './client/sizes';

const RUNS = Number(process.env['RUNS'] ?? 5);
const QUERY = process.env['QUERY'] ?? '';
const IDLE_SECONDS = 5;
/** a player who looks at the start page this long before clicking */
const READING_MS = 2000;
const KiB = (n: number) => `${(n / 1024).toFixed(1)} KiB`;
const ms = (n: number) => `${Math.round(n)} ms`;
const quantile = (xs: number[], q: number) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor(q * s.length))] ?? NaN;
};
const sleep = (t: number) => new Promise((r) => setTimeout(r, t));

/** Times in ms from navigation: the start page, the click, the map's steps (src/render/marks.ts). */
interface ColdStart {
  startPage: number; click: number; sceneStart: number; rendererReady: number; sceneBuilt: number; firstFrame: number; shown: number;
  scripts: string[];
}

/** In the page from its first script: click "Play as…" `delay` ms after it shows (0: the moment
 *  it shows, as an eager player would), with no round trip to the benchmark in between. */
const clickAfter = (delay: number) => `(() => {
  const press = () => {
    const button = [...document.querySelectorAll('button')].find((b) => /^Play as /.test(b.textContent || ''));
    if (!button) return false;
    performance.mark('bench:start-page');
    setTimeout(() => { button.click(); performance.mark('bench:click'); }, ${delay});
    return true;
  };
  const watch = new MutationObserver(() => { if (press()) watch.disconnect(); });
  document.addEventListener('DOMContentLoaded', () => { if (!press()) watch.observe(document.body, { childList: true, subtree: true }); });
})()`;

/** Opens the start page, which clicks "Play as…" by itself; waits for the map's first frame. */
async function coldStart(page: Page, url: string, delay: number): Promise<ColdStart> {
  await page.addInitScript(clickAfter(delay));
  await page.goto(url);
  await page.waitForFunction((mark) => performance.getEntriesByName(mark).length > 0, FIRST_FRAME_SHOWN_MARK, { timeout: 60_000, polling: 10 });
  const at = (name: string) => page.evaluate((n) => performance.getEntriesByName(n)[0]?.startTime ?? NaN, name);
  return {
    startPage: await at('bench:start-page'),
    click: await at('bench:click'),
    sceneStart: await at(SCENE_START_MARK),
    rendererReady: await at(RENDERER_READY_MARK),
    sceneBuilt: await at(SCENE_BUILT_MARK),
    firstFrame: await at(FIRST_FRAME_MARK),
    shown: await at(FIRST_FRAME_SHOWN_MARK),
    // each file once: a file prefetched and then run has two entries
    scripts: await page.evaluate(() => [...new Set(performance.getEntriesByType('resource').map((e) => e.name).filter((n) => n.endsWith('.js')))]),
  };
}

/** Each start in a fresh browser (cold cache). */
async function coldStarts(url: string, delay: number): Promise<ColdStart[]> {
  const starts: ColdStart[] = [];
  for (let run = 0; run < RUNS; run++) {
    const browser = await launchBrowser();
    try {
      starts.push(await coldStart(browser.page, url, delay));
    } finally {
      await browser.close();
    }
  }
  return starts;
}

async function heapBytes(cdp: CDPSession): Promise<number> {
  await cdp.send('HeapProfiler.collectGarbage');
  const { metrics } = await cdp.send('Performance.getMetrics');
  return metrics.find((m) => m.name === 'JSHeapUsedSize')?.value ?? NaN;
}

/** Drags the map across in small steps, timing every animation frame in the page meanwhile. */
async function pan(page: Page, profileDir: string): Promise<{ intervals: number[]; cpuPerSecond: number; seconds: number }> {
  const box = (await page.locator('.map-canvas canvas').first().boundingBox())!;
  const cx = box.x + box.width / 2;
  const cy = box.y + box.height / 2;
  // a string, not a function: tsx would wrap a named inner function in a helper the page lacks
  await page.evaluate(`(() => {
    window.__frames = [];
    window.__stop = false;
    const tick = (t) => { window.__frames.push(t); if (!window.__stop) requestAnimationFrame(tick); };
    requestAnimationFrame(tick);
  })()`);
  const cpu0 = chromiumCpuSeconds(profileDir);
  const t0 = performance.now();
  await page.mouse.move(cx, cy);
  await page.mouse.down();
  for (let i = 1; i <= 120; i++) {
    const a = (i / 120) * Math.PI * 4;
    await page.mouse.move(cx + Math.sin(a) * box.width * 0.3, cy + Math.sin(a / 2) * box.height * 0.25);
  }
  await page.mouse.up();
  const seconds = (performance.now() - t0) / 1000;
  const cpu = chromiumCpuSeconds(profileDir) - cpu0;
  const frames = await page.evaluate(() => {
    const w = window as unknown as { __frames: number[]; __stop: boolean };
    w.__stop = true;
    return w.__frames;
  });
  return { intervals: frames.slice(1).map((t, i) => t - frames[i]!), cpuPerSecond: cpu / seconds, seconds };
}

async function main(): Promise<void> {
  const served = await serveClient();
  const { clientDir } = served;
  const url = new URL(QUERY, served.server.url).href;
  try {
    const initial = initialScripts(clientDir);
    const initialJs = initial.reduce((sum, f) => sum + gzipBytes(f), 0);
    const mapData = mapDataFiles(clientDir).reduce((sum, f) => sum + gzipBytes(f), 0);
    const prefetched = prefetchedFiles(clientDir);
    const prefetchedBytes = prefetched.reduce((sum, f) => sum + gzipBytes(f), 0);

    const starts = await coldStarts(url, 0);
    const readers = await coldStarts(url, READING_MS);
    const toMap = gzipOfUrls(clientDir, starts[0]!.scripts);

    // One more table, with bots at once, for pan, heap and idle.
    const browser = await launchBrowser();
    let panned, heapTable, heapAfterPan, heapAfterPans, idleCpu;
    try {
      const { page, profileDir } = browser;
      await page.goto(url);
      await page.getByLabel('Bot pace').selectOption({ label: 'Instant' });
      await page.getByRole('button', { name: /^Play as / }).click();
      await page.waitForFunction((mark) => performance.getEntriesByName(mark).length > 0, FIRST_FRAME_MARK, { timeout: 60_000 });
      // the person's turn: the bots wait, nothing on the page should move
      await page.waitForSelector('.prompt-bar.is-acting [data-action-key], .card-button', { timeout: 60_000 });
      await sleep(1500);
      const cdp = await page.context().newCDPSession(page);
      await cdp.send('Performance.enable');
      heapTable = await heapBytes(cdp);
      await sleep(500);
      const cpu0 = chromiumCpuSeconds(profileDir);
      await sleep(IDLE_SECONDS * 1000);
      idleCpu = (chromiumCpuSeconds(profileDir) - cpu0) / IDLE_SECONDS;
      panned = await pan(page, profileDir);
      await sleep(1000);
      heapAfterPan = await heapBytes(cdp);
      await pan(page, profileDir);
      await sleep(1000);
      heapAfterPans = await heapBytes(cdp);
    } finally {
      await browser.close();
    }

    const fromNav = starts.map((s) => s.shown);
    const fromClick = starts.map((s) => s.shown - s.click);
    const startPage = starts.map((s) => s.startPage);
    const line = (label: string, value: string, note = '') => console.log(`${label.padEnd(34)} ${value.padStart(22)}  ${note}`);
    console.log(`\nbench:client — production build served by src/server, headless Chromium (${RUNS} cold starts${QUERY ? `, ${QUERY}` : ''})\n`);
    line('initial JS (gzip)', KiB(initialJs), `${initial.length} files; target ≤ 350 KiB`);
    line('JS loaded up to first map frame', KiB(toMap), `${starts[0]!.scripts.length} files, gzip`);
    line('map data (gzip)', KiB(mapData), 'fetched as a static file');
    line('prefetched at start (gzip)', KiB(prefetchedBytes), `${prefetched.length} files, lowest priority: the table's code, bots' worker, map data`);
    line('navigation → start page ready', `${ms(quantile(startPage, 0.5))} (max ${ms(Math.max(...startPage))})`, 'median');
    line('click "Play as…" → map on screen', `${ms(quantile(fromClick, 0.5))} (max ${ms(Math.max(...fromClick))})`, 'median');
    const step = (label: string, from: (s: ColdStart) => number, to: (s: ColdStart) => number) =>
      line(`  ${label}`, ms(quantile(starts.map((s) => to(s) - from(s)), 0.5)), 'median');
    step('click → table asks for the map', (s) => s.click, (s) => s.sceneStart);
    step('→ renderer and map data ready', (s) => s.sceneStart, (s) => s.rendererReady);
    step('→ scene graph built', (s) => s.rendererReady, (s) => s.sceneBuilt);
    step('→ first frame drawn (Pixi render)', (s) => s.sceneBuilt, (s) => s.firstFrame);
    step('→ frame on screen (commit, 2 rAF)', (s) => s.firstFrame, (s) => s.shown);
    line('navigation → first map frame', `${ms(quantile(starts.map((s) => s.firstFrame), 0.5))}`, 'median; Pixi render returned');
    line('navigation → map on screen', `${ms(quantile(fromNav, 0.5))} (max ${ms(Math.max(...fromNav))})`, 'median; target ≤ 1.0 s');
    const afterReading = readers.map((s) => s.shown - s.click);
    line(`click after ${READING_MS / 1000} s on start page → shown`, `${ms(quantile(afterReading, 0.5))} (max ${ms(Math.max(...afterReading))})`, 'median; code and map data fetched meanwhile');
    line('pan: frame interval p50 / p95', `${panned.intervals.length ? `${ms(quantile(panned.intervals, 0.5))} / ${ms(quantile(panned.intervals, 0.95))}` : 'no frames'}`, `${panned.intervals.length} frames in ${panned.seconds.toFixed(1)} s (software GL)`);
    line('pan: Chromium CPU', `${(panned.cpuPerSecond * 100).toFixed(0)} % of a core`, 'all processes');
    const mib = (n: number) => (n / 2 ** 20).toFixed(1);
    line('JS heap: table / 1 pan / 2 pans', `${mib(heapTable)} / ${mib(heapAfterPan)} / ${mib(heapAfterPans)} MiB`, 'after GC');
    line(`idle CPU over ${IDLE_SECONDS} s`, `${(idleCpu * 100).toFixed(1)} % of a core`, 'all Chromium processes; target near 0');
  } finally {
    await served.close();
  }
}

main().catch((e: unknown) => {
  console.error(e);
  process.exit(1);
});
