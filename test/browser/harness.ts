// Browser-test harness: serves the repository with Vite's dev server on 127.0.0.1 (a free port)
// and launches Debian's Chromium headless through playwright-core with the flags measured in
// ../shared/design/BROWSER-NOTES.md. Nothing here builds or downloads anything.
import { mkdtemp, rm } from 'node:fs/promises';
import { createServer as createNetServer } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { createServer, type ViteDevServer } from 'vite';

export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
export const CHROMIUM_PATH = process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium';

/** Headless Chromium as root, software GL (SwiftShader): see BROWSER-NOTES "Launching Chromium". */
export const CHROMIUM_FLAGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--use-angle=swiftshader',
  '--enable-unsafe-swiftshader',
];

const cleanups: Array<() => Promise<void>> = [];

function freePort(): Promise<number> {
  return new Promise((ok, fail) => {
    const srv = createNetServer();
    srv.unref();
    srv.on('error', fail);
    srv.listen(0, '127.0.0.1', () => {
      const addr = srv.address();
      const port = typeof addr === 'object' && addr ? addr.port : 0;
      srv.close(() => ok(port));
    });
  });
}

export interface TestServer {
  url: string;
  vite: ViteDevServer;
  close(): Promise<void>;
}

/** Vite's dev server over the repository (the app's vite.config.ts), no HMR, no file watching. */
export async function startServer(): Promise<TestServer> {
  const port = await freePort();
  const vite = await createServer({
    root: ROOT,
    configFile: resolve(ROOT, 'vite.config.ts'),
    logLevel: 'warn',
    clearScreen: false,
    // its own cache, so a developer's `npm run dev` and the tests don't re-optimise each other's deps
    cacheDir: resolve(ROOT, 'node_modules/.vite-browser-tests'),
    server: { host: '127.0.0.1', port, strictPort: true, hmr: false, watch: null },
    // discover the test pages' dependencies up front: no "optimized dependencies changed, reloading" mid-test
    optimizeDeps: { entries: ['index.html', 'test/browser/pages/*.html'], include: ['pixi.js', 'pixi-viewport'] },
  });
  await vite.listen();
  let closed = false;
  const close = async () => {
    if (closed) return;
    closed = true;
    await vite.close();
  };
  cleanups.push(close);
  return { url: `http://127.0.0.1:${port}`, vite, close };
}

export interface TestBrowser {
  context: BrowserContext;
  /** the profile folder: every Chromium process of this browser names it on its command line */
  profileDir: string;
  /** the context's first page */
  page: Page;
  close(): Promise<void>;
}

/** A fresh Chromium profile in a temporary folder; 1280×800 at device scale 1 unless told. */
export async function launchBrowser(options: { width?: number; height?: number } = {}): Promise<TestBrowser> {
  const dir = await mkdtemp(join(tmpdir(), 'hs-chromium-'));
  const context = await chromium.launchPersistentContext(dir, {
    executablePath: CHROMIUM_PATH,
    headless: true,
    args: CHROMIUM_FLAGS,
    viewport: { width: options.width ?? 1280, height: options.height ?? 800 },
    deviceScaleFactor: 1,
  });
  const page = context.pages()[0] ?? (await context.newPage());
  let closed = false;
  const close = async () => {
    if (closed) return;
    closed = true;
    await context.close().catch(() => {});
    await rm(dir, { recursive: true, force: true });
  };
  cleanups.push(close);
  return { context, profileDir: dir, page, close };
}

/** Closes every server and browser this module started (in reverse order). */
export async function close(): Promise<void> {
  while (cleanups.length) await cleanups.pop()!().catch(() => {});
}
