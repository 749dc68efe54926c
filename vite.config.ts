import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

// The browser client: index.html → src/ui/main.tsx, built into dist/client.
export default defineConfig({
  plugins: [react()],
  build: { outDir: 'dist/client', emptyOutDir: true, chunkSizeWarningLimit: 1200 },
  server: { host: '127.0.0.1', port: 5173 },
  preview: { host: '127.0.0.1', port: 8000, strictPort: true },
});
