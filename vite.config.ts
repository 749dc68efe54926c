import { defineConfig, type Plugin } from 'vite';
import type { OutputBundle } from 'rolldown';
import react from '@vitejs/plugin-react';
import { precompress } from './scripts/lib/precompress.ts';
import { prevalidatedRules } from './scripts/lib/prevalidated-rules.ts';

/** What a game at the table loads after the click on "Play as…": the local game, the table, the
 *  map's code (Pixi, its browser environment) and, below, the bots' worker and the map's data. */
const TABLE_MODULES = [
  '/src/ui/local/local-game.ts',
  '/src/ui/components/Table.tsx',
  '/src/render/index.ts',
  '/src/render/early.ts',
  '/pixi.js/lib/index.mjs',
  '/pixi.js/lib/environment-browser/browserAll.mjs',
];
const TABLE_FILES = /^assets\/(bot-worker|indo-pacific)-[\w-]+\.(js|json)$/;

/** The table's files, prefetched by the start page at the lowest priority: the click then waits
 *  for no download (on a slow machine the requests after the click took 150–300 ms). Prefetched
 *  files are kept in the HTTP cache; none of them runs before a game starts. */
function prefetchTable(): Plugin {
  const files = (bundle: OutputBundle, html: string): string[] => {
    const chunks = Object.values(bundle).flatMap((c) => (c.type === 'chunk' ? [c] : []));
    const byName = new Map(chunks.map((c) => [c.fileName, c]));
    const wanted = new Set<string>();
    const add = (fileName: string) => {
      if (wanted.has(fileName) || html.includes(`/${fileName}"`)) return;
      wanted.add(fileName);
      for (const dep of byName.get(fileName)?.imports ?? []) add(dep);
    };
    for (const c of chunks) if (TABLE_MODULES.some((m) => c.facadeModuleId?.endsWith(m))) add(c.fileName);
    for (const f of Object.keys(bundle)) if (TABLE_FILES.test(f)) wanted.add(f);
    return [...wanted].sort();
  };
  return {
    name: 'hub:prefetch-table',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler: (html, { bundle }) =>
        bundle ? files(bundle, html).map((f) => ({ tag: 'link', attrs: { rel: 'prefetch', href: `/${f}` }, injectTo: 'body' as const })) : [],
    },
  };
}

// The browser client: index.html → src/ui/main.tsx, built into dist/client, with a compressed
// copy of each text file beside it for the server to send.
const rules = prevalidatedRules();
export default defineConfig({
  plugins: [rules, react(), prefetchTable(), precompress()],
  // the bots' worker is bundled on its own, with these plugins
  worker: { plugins: () => [rules] },
  build: { outDir: 'dist/client', emptyOutDir: true, chunkSizeWarningLimit: 1200 },
  server: { host: '127.0.0.1', port: 5173 },
  preview: { host: '127.0.0.1', port: 8000, strictPort: true },
});
