import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { precompress } from './scripts/lib/precompress';

// The browser client: index.html → src/ui/main.tsx, built into dist/client, with a compressed
// copy of each text file beside it for the server to send.
export default defineConfig({
  plugins: [react(), precompress()],
  build: { outDir: 'dist/client', emptyOutDir: true, chunkSizeWarningLimit: 1200 },
  server: { host: '127.0.0.1', port: 5173 },
  preview: { host: '127.0.0.1', port: 8000, strictPort: true },
});
